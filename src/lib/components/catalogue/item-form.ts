import { KIND_PATHS, type ItemKind } from '$lib/catalogue';

/** A term as a form offers it: a retired term is shown only on an item that already carries it. */
export type FormTerm = { slug: string; label: string; retired: boolean };
export type FormVocabularies = { theme: FormTerm[]; clientele: FormTerm[]; policy_type: FormTerm[]; tool_type: FormTerm[] };
export type FormPlace = { code: string; name: string };

/** What the form shows: text fields as strings, checkbox groups (themes, clientèles) as lists. */
export type ItemFormValues = Record<string, string | string[] | undefined>;

export const ITEM_KINDS = Object.keys(KIND_PATHS) as ItemKind[];

export const COMMON_FIELDS = ['kind', 'title', 'description', 'municipalityCode', 'territoryCode', 'themes', 'clienteles', 'policyType', 'year', 'links'] as const;

/** Fields only one kind of item has, in the order the form shows them. */
export const KIND_FIELDS: Record<ItemKind, readonly string[]> = {
	mesure: ['policyTitle', 'adoptionYear', 'planStartYear', 'planEndYear', 'progress'],
	initiative: ['partners', 'results', 'awardCategory', 'awardYear'],
	programme: ['funder', 'objectives', 'eligibleApplicants', 'amounts', 'opensOn', 'closesOn', 'guideUrl', 'formUrl'],
	outil: ['toolType', 'processStep', 'fileUrl']
};

export const fieldsOfKind = (kind: ItemKind): string[] => [...COMMON_FIELDS, ...KIND_FIELDS[kind]];

export const isItemKind = (value: unknown): value is ItemKind => typeof value === 'string' && value in KIND_PATHS;

export const valueList = (value: string | string[] | undefined): string[] => (value === undefined ? [] : Array.isArray(value) ? value : [value]);
export const valueText = (value: string | string[] | undefined): string => (Array.isArray(value) ? value.join(', ') : (value ?? ''));
