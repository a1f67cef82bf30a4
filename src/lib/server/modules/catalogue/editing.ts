import { and, desc, eq, sql } from 'drizzle-orm';
import { z } from 'zod';
import { selectRows, type Database } from '../../db/types';
import { recordAudit } from '../../platform/audit/service';
import { AppError } from '../../platform/errors';
import { assertCan } from '../../platform/permissions';
import type { Actor } from '../../platform/roles';
import { fieldErrors } from '../../platform/validation';
import { MEASURE_PROGRESS } from './demo/types';
import { refreshDerived } from './derived';
import { CATALOGUE_KINDS, PUBLICATION_STATUSES, catalogueItem, catalogueRevision, type CatalogueKind, type PublicationStatus } from './schema';
import { loadTerms, type TermIndex } from './terms';
import type { Vocabulary } from './taxonomy-seed';

const optionalText = (max: number, message: string) =>
	z
		.string()
		.trim()
		.max(max, message)
		.transform((value) => (value === '' ? null : value))
		.nullable()
		.default(null);

/** An empty field is no value. (A union with `z.literal('')` would lose the French message: zod reports « Invalid input ».) */
const blankAsNull = (value: unknown) => (value === undefined || (typeof value === 'string' && value.trim() === '') ? null : value);

const optionalYear = z.preprocess(
	blankAsNull,
	z.coerce
		.number('L’année doit être un nombre.')
		.int('L’année doit être un nombre entier.')
		.min(1950, 'L’année doit être 1950 ou plus tard.')
		.max(2100, 'L’année doit être 2100 ou plus tôt.')
		.nullable()
);

const optionalDate = z
	.union([z.literal('').transform(() => null), z.iso.date('Écrivez la date sous la forme AAAA-MM-JJ.')])
	.nullable()
	.default(null);

const optionalUrl = z
	.union([z.literal('').transform(() => null), z.url({ protocol: /^https?$/, message: 'Écrivez une adresse complète qui commence par https://.' })])
	.nullable()
	.default(null);

const slugList = z.array(z.string().trim().min(1)).default([]);

/** « Libellé | https://adresse », one per line. */
const linkLines = z
	.string()
	.default('')
	.transform((text, context) => {
		const links: { label: string; url: string }[] = [];
		for (const [index, line] of text.split(/\r?\n/).entries()) {
			if (!line.trim()) continue;
			const [label, url] = line.includes('|') ? line.split('|').map((part) => part.trim()) : [line.trim(), line.trim()];
			if (!/^https?:\/\/\S+$/.test(url ?? '')) {
				context.addIssue({ code: 'custom', message: `Ligne ${index + 1} : écrivez « Libellé | https://adresse ».` });
				continue;
			}
			links.push({ label: label || url, url });
		}
		return links;
	});

/** What staff (and contributors) fill in for an item of any kind; fields of other kinds are ignored. */
export const itemInputSchema = z
	.object({
		kind: z.enum(CATALOGUE_KINDS, 'Choisissez le type de fiche.'),
		title: z.string().trim().min(5, 'Le titre doit compter au moins 5 caractères.').max(200, 'Le titre ne peut dépasser 200 caractères.'),
		description: z.string().trim().min(20, 'Décrivez la fiche en au moins 20 caractères.').max(5000, 'La description ne peut dépasser 5 000 caractères.'),
		municipalityCode: z
			.union([z.literal('').transform(() => null), z.string().regex(/^\d{5}$/, 'Choisissez une municipalité de la liste.')])
			.nullable()
			.default(null),
		territoryCode: z
			.union([z.literal('').transform(() => null), z.string().regex(/^\d{2,3}$/, 'Choisissez une MRC de la liste.')])
			.nullable()
			.default(null),
		themes: slugList,
		clienteles: slugList,
		policyType: optionalText(60, 'Type de politique inconnu.'),
		year: optionalYear,
		links: linkLines,
		policyTitle: optionalText(300, 'Le titre de la politique ne peut dépasser 300 caractères.'),
		adoptionYear: optionalYear,
		planStartYear: optionalYear,
		planEndYear: optionalYear,
		progress: z.preprocess(blankAsNull, z.enum(MEASURE_PROGRESS, 'État d’avancement inconnu.').nullable()),
		partners: optionalText(2000, 'Les partenaires ne peuvent dépasser 2 000 caractères.'),
		results: optionalText(3000, 'Les effets observés ne peuvent dépasser 3 000 caractères.'),
		awardCategory: optionalText(120, 'La catégorie du prix ne peut dépasser 120 caractères.'),
		awardYear: optionalYear,
		funder: optionalText(200, 'Le bailleur de fonds ne peut dépasser 200 caractères.'),
		objectives: optionalText(3000, 'Les objectifs ne peuvent dépasser 3 000 caractères.'),
		eligibleApplicants: optionalText(2000, 'Ce champ ne peut dépasser 2 000 caractères.'),
		amounts: optionalText(2000, 'Ce champ ne peut dépasser 2 000 caractères.'),
		opensOn: optionalDate,
		closesOn: optionalDate,
		guideUrl: optionalUrl,
		formUrl: optionalUrl,
		toolType: optionalText(60, 'Type d’outil inconnu.'),
		processStep: optionalText(200, 'L’étape ne peut dépasser 200 caractères.'),
		fileUrl: optionalUrl
	})
	.superRefine(
		(input, context) => {
			if (!Array.isArray(input.themes) || input.themes.length === 0) context.addIssue({ code: 'custom', path: ['themes'], message: 'Choisissez au moins un champ d’intervention.' });
			if (!Array.isArray(input.clienteles) || input.clienteles.length === 0) context.addIssue({ code: 'custom', path: ['clienteles'], message: 'Choisissez au moins une clientèle.' });
			if (input.kind === 'mesure' && !input.municipalityCode && !input.territoryCode) {
				context.addIssue({ code: 'custom', path: ['municipalityCode'], message: 'Une mesure vient du plan d’action d’une municipalité ou d’une MRC : choisissez-la.' });
			}
			if (input.planStartYear && input.planEndYear && input.planEndYear < input.planStartYear) {
				context.addIssue({ code: 'custom', path: ['planEndYear'], message: 'La fin du plan d’action doit suivre son début.' });
			}
			if (input.opensOn && input.closesOn && input.closesOn < input.opensOn) {
				context.addIssue({ code: 'custom', path: ['closesOn'], message: 'La date limite doit suivre l’ouverture de l’appel.' });
			}
			if (input.kind === 'programme' && !input.funder) context.addIssue({ code: 'custom', path: ['funder'], message: 'Nommez le bailleur de fonds.' });
			if (input.kind === 'outil' && !input.toolType) context.addIssue({ code: 'custom', path: ['toolType'], message: 'Choisissez le type d’outil.' });
		},
		// Also when another field is wrong, so that every message comes back at once rather than one round after another.
		{ when: (payload) => typeof payload.value === 'object' && payload.value !== null }
	);

export type ItemInput = z.infer<typeof itemInputSchema>;

/** Form fields that hold several values (checkboxes). */
const MULTI_VALUED = ['themes', 'clienteles'];

/** A submitted form as the object the schema reads: repeated checkboxes become lists. */
export function formToInput(formData: FormData): Record<string, unknown> {
	const raw: Record<string, unknown> = {};
	for (const [name, value] of formData) {
		if (typeof value !== 'string') continue;
		if (MULTI_VALUED.includes(name)) raw[name] = [...((raw[name] as string[]) ?? []), value];
		else raw[name] = value;
	}
	return raw;
}

/** The first French message for each field of an invalid input. */
export function validateItemInput(raw: unknown): ItemInput {
	const parsed = itemInputSchema.safeParse(raw);
	if (!parsed.success) throw new AppError('invalid_input', 'Certains champs sont à corriger.', fieldErrors(parsed.error));
	return parsed.data;
}

export type ItemColumns = Omit<typeof catalogueItem.$inferInsert, 'id'>;

/** A place code that names nothing would fail on its foreign key: it is a field error instead. */
async function unknownPlaces(db: Database, input: ItemInput): Promise<Record<string, string>> {
	if (!input.municipalityCode && !input.territoryCode) return {};
	const [known] = await selectRows<{ municipality: boolean; territory: boolean }>(
		db,
		sql`select exists(select 1 from municipality where code = ${input.municipalityCode ?? ''}) as municipality,
			exists(select 1 from territory where code = ${input.territoryCode ?? ''}) as territory`
	);
	if (input.municipalityCode && !known.municipality) return { municipalityCode: 'Choisissez une municipalité de la liste.' };
	if (!input.municipalityCode && input.territoryCode && !known.territory) return { territoryCode: 'Choisissez une MRC de la liste.' };
	return {};
}

/** The columns an input sets, with slugs turned into term ids; unknown slugs and places are field errors. */
export function itemColumns(input: ItemInput, terms: TermIndex, placeErrors: Record<string, string>): Partial<ItemColumns> {
	const errors: Record<string, string> = { ...placeErrors };
	const ids = (vocabulary: Vocabulary, field: string, slugs: string[]) =>
		slugs.map((slug) => {
			const term = terms.bySlug(vocabulary, slug);
			if (!term) errors[field] = `Valeur inconnue : ${slug}.`;
			return term?.id ?? 0;
		});
	const kind = input.kind;
	const only = <T>(kinds: CatalogueKind[], value: T): T | null => (kinds.includes(kind) ? value : null);
	const columns: Partial<ItemColumns> = {
		kind,
		title: input.title,
		description: input.description,
		municipalityCode: input.municipalityCode,
		territoryCode: input.municipalityCode ? null : input.territoryCode,
		regionCode: null,
		population: null,
		themeIds: ids('theme', 'themes', input.themes),
		clienteleIds: ids('clientele', 'clienteles', input.clienteles),
		policyTypeId: input.policyType ? ids('policy_type', 'policyType', [input.policyType])[0] : null,
		year: input.year ?? input.adoptionYear ?? input.awardYear ?? (input.opensOn ? Number(input.opensOn.slice(0, 4)) : null),
		links: input.links,
		policyTitle: only(['mesure'], input.policyTitle),
		adoptionYear: only(['mesure'], input.adoptionYear),
		planStartYear: only(['mesure'], input.planStartYear),
		planEndYear: only(['mesure'], input.planEndYear),
		progress: only(['mesure'], input.progress),
		partners: only(['initiative'], input.partners),
		results: only(['initiative'], input.results),
		awardCategory: only(['initiative'], input.awardCategory),
		awardYear: only(['initiative'], input.awardYear),
		funder: only(['programme'], input.funder),
		objectives: only(['programme'], input.objectives),
		eligibleApplicants: only(['programme'], input.eligibleApplicants),
		amounts: only(['programme'], input.amounts),
		opensOn: only(['programme'], input.opensOn),
		closesOn: only(['programme'], input.closesOn),
		guideUrl: only(['programme'], input.guideUrl),
		formUrl: only(['programme'], input.formUrl),
		toolTypeId: kind === 'outil' && input.toolType ? ids('tool_type', 'toolType', [input.toolType])[0] : null,
		processStep: only(['outil'], input.processStep),
		fileUrl: only(['outil'], input.fileUrl)
	};
	if (Object.keys(errors).length) throw new AppError('invalid_input', 'Certains champs sont à corriger.', errors);
	return columns;
}

/** Fields a revision compares; derived columns (region, facet text, search vector) are left out. */
const TRACKED_FIELDS = [
	'kind', 'status', 'title', 'description', 'municipalityCode', 'territoryCode', 'themeIds', 'clienteleIds', 'policyTypeId', 'year', 'links',
	'policyTitle', 'adoptionYear', 'planStartYear', 'planEndYear', 'progress', 'partners', 'results', 'awardCategory', 'awardYear', 'funder',
	'objectives', 'eligibleApplicants', 'amounts', 'amountTiers', 'opensOn', 'closesOn', 'guideUrl', 'formUrl', 'toolTypeId', 'processStep',
	'fileUrl', 'reviewStatus', 'reviewNote'
] as const;
type TrackedField = (typeof TRACKED_FIELDS)[number];
type Snapshot = Partial<Record<TrackedField, unknown>>;

const snapshotOf = (row: Record<string, unknown>): Snapshot => Object.fromEntries(TRACKED_FIELDS.map((field) => [field, row[field] ?? null]));
/** JSON with object keys sorted: PostgreSQL's jsonb reorders keys, which is no change. */
const canonical = (value: unknown) =>
	JSON.stringify(value ?? null, (_, inner) =>
		inner && typeof inner === 'object' && !Array.isArray(inner) ? Object.fromEntries(Object.entries(inner).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) : inner
	);
const changedBetween = (before: Snapshot, after: Snapshot) => TRACKED_FIELDS.filter((field) => canonical(before[field]) !== canonical(after[field]));

type ItemRow = typeof catalogueItem.$inferSelect;

async function lockedItem(tx: Database, id: number): Promise<ItemRow> {
	const [row] = await tx.select().from(catalogueItem).where(eq(catalogueItem.id, id)).for('update');
	if (!row) throw new AppError('not_found', 'Cette fiche n’existe pas.');
	return row;
}

/** The revision and audit rows that record a change (a creation when `before` is null). */
export function revisionRecords(actor: Actor, before: ItemRow | null, after: ItemRow, note: string | null, action: string) {
	const beforeSnapshot = before ? snapshotOf(before) : {};
	const afterSnapshot = snapshotOf(after);
	const changedFields = before ? changedBetween(beforeSnapshot, afterSnapshot) : [...TRACKED_FIELDS].filter((field) => afterSnapshot[field] !== null);
	return {
		revision: { itemId: after.id, version: after.version, actorId: actor.userId, changedFields, snapshot: afterSnapshot, note },
		audit: { actorId: actor.userId, action, entityType: 'catalogue_item', entityId: String(after.id), before: before ? beforeSnapshot : null, after: afterSnapshot }
	};
}

/** Records what changed as a new version, with who changed it, in the caller's transaction. */
async function recordRevision(tx: Database, actor: Actor, before: ItemRow | null, after: ItemRow, note: string | null, action: string) {
	const { revision, audit } = revisionRecords(actor, before, after, note, action);
	await tx.insert(catalogueRevision).values(revision);
	await recordAudit(tx, audit);
}

export type CreateOptions = {
	status?: PublicationStatus;
	contributor?: { organisationId: string; userId: string };
	note?: string | null;
};

/** Creates an item with its first revision, in one transaction: a failure leaves nothing behind. */
export async function createItem(db: Database, actor: Actor, raw: unknown, options: CreateOptions = {}): Promise<ItemRow> {
	if (!options.contributor) assertCan(actor, 'catalogue.manage');
	const input = validateItemInput(raw);
	const [terms, placeErrors] = await Promise.all([loadTerms(db), unknownPlaces(db, input)]);
	const columns = itemColumns(input, terms, placeErrors);
	const status = options.status ?? 'draft';
	return db.transaction(async (tx) => {
		const [inserted] = await tx
			.insert(catalogueItem)
			.values({
				...(columns as ItemColumns),
				status,
				publishedAt: status === 'published' ? new Date() : null,
				contributorOrganisationId: options.contributor?.organisationId ?? null,
				contributorUserId: options.contributor?.userId ?? null,
				reviewStatus: options.contributor ? 'pending' : null
			})
			.returning({ id: catalogueItem.id });
		await refreshDerived(tx, [inserted.id]);
		const [row] = await tx.select().from(catalogueItem).where(eq(catalogueItem.id, inserted.id));
		await recordRevision(tx, actor, null, row, options.note ?? null, options.contributor ? 'catalogue.contribute' : 'catalogue.create');
		return row;
	});
}

export const STALE_EDIT_MESSAGE =
	'Quelqu’un a modifié cette fiche pendant que vous la corrigiez. Vos changements sont gardés ci-dessous : comparez avec la version actuelle puis enregistrez de nouveau.';

/**
 * Saves an edit. `expectedVersion` is the version the editor started from: when someone saved in
 * between, the edit is refused as a conflict instead of silently overwriting their work.
 */
export async function updateItem(db: Database, actor: Actor, id: number, raw: unknown, expectedVersion: number, note: string | null = null): Promise<ItemRow> {
	assertCan(actor, 'catalogue.manage');
	const input = validateItemInput(raw);
	const [terms, placeErrors] = await Promise.all([loadTerms(db), unknownPlaces(db, input)]);
	const columns = itemColumns(input, terms, placeErrors);
	return db.transaction(async (tx) => {
		const before = await lockedItem(tx, id);
		if (before.version !== expectedVersion) {
			throw new AppError('conflict', STALE_EDIT_MESSAGE);
		}
		// Saving a form unchanged makes no new version: the history lists changes only.
		// The territory of an item placed in a municipality is derived from it, so the form sends none.
		const proposed = { ...before, ...columns, territoryCode: columns.municipalityCode ? before.territoryCode : columns.territoryCode };
		if (changedBetween(snapshotOf(before), snapshotOf(proposed)).length === 0 && !note) return before;
		await tx
			.update(catalogueItem)
			.set({ ...columns, version: before.version + 1, updatedAt: new Date() })
			.where(eq(catalogueItem.id, id));
		await refreshDerived(tx, [id]);
		const after = await lockedItem(tx, id);
		await recordRevision(tx, actor, before, after, note, 'catalogue.update');
		return after;
	});
}

/** Publishes, unpublishes or returns an item to draft, as a new version. */
export async function setItemStatus(db: Database, actor: Actor, id: number, status: PublicationStatus, note: string | null = null): Promise<ItemRow> {
	assertCan(actor, 'catalogue.manage');
	if (!PUBLICATION_STATUSES.includes(status)) throw new AppError('invalid_input', 'Statut inconnu.');
	return db.transaction(async (tx) => {
		const before = await lockedItem(tx, id);
		if (before.status === status) return before;
		const [after] = await tx
			.update(catalogueItem)
			.set({ status, version: before.version + 1, updatedAt: new Date(), publishedAt: status === 'published' ? (before.publishedAt ?? new Date()) : before.publishedAt })
			.where(eq(catalogueItem.id, id))
			.returning();
		await recordRevision(tx, actor, before, after, note, `catalogue.${status}`);
		return after;
	});
}

export type LikelyDuplicate = { id: number; kind: CatalogueKind; title: string; status: PublicationStatus; similarity: number };

/**
 * Items with a similar title from the same municipality (or MRC, or none): what staff should
 * look at before saving, since the same measure is often entered twice.
 */
export async function findLikelyDuplicates(
	db: Database,
	candidate: { title: string; municipalityCode: string | null; territoryCode?: string | null; excludeId?: number | null },
	threshold = 0.55
): Promise<LikelyDuplicate[]> {
	const samePlace = candidate.municipalityCode
		? sql`municipality_code = ${candidate.municipalityCode}`
		: candidate.territoryCode
			? sql`municipality_code is null and territory_code = ${candidate.territoryCode}`
			: sql`municipality_code is null and territory_code is null`;
	const rows = await selectRows<{ id: number; kind: CatalogueKind; title: string; status: PublicationStatus; similarity: number }>(
		db,
		sql`select id, kind, title, status, similarity(title_search, search_normalize(${candidate.title}))::float8 as similarity
			from catalogue_item
			where ${samePlace} and id <> ${candidate.excludeId ?? 0}
				and title_search % search_normalize(${candidate.title})
				and similarity(title_search, search_normalize(${candidate.title})) >= ${threshold}
			order by similarity desc, id limit 5`
	);
	return rows.map((row) => ({ ...row, similarity: Number(row.similarity) }));
}

export type BulkTagging = { addThemes?: string[]; addClienteles?: string[]; removeThemes?: string[]; removeClienteles?: string[] };

/** Adds or removes themes and clientèles on many items at once, each change a revision, all or nothing. */
export async function bulkTag(db: Database, actor: Actor, ids: readonly number[], change: BulkTagging): Promise<number> {
	assertCan(actor, 'catalogue.manage');
	if (ids.length === 0) throw new AppError('invalid_input', 'Cochez au moins une fiche.', { ids: 'Cochez au moins une fiche.' });
	if (ids.length > 1000) throw new AppError('invalid_input', 'Mille fiches au plus à la fois.', { ids: 'Mille fiches au plus à la fois.' });
	const terms = await loadTerms(db);
	const idsOf = (vocabulary: Vocabulary, slugs: string[] = []) =>
		slugs.map((slug) => {
			const term = terms.bySlug(vocabulary, slug);
			if (!term) throw new AppError('invalid_input', `Valeur inconnue : ${slug}.`);
			return term.id;
		});
	const add = { themes: idsOf('theme', change.addThemes), clienteles: idsOf('clientele', change.addClienteles) };
	const remove = { themes: idsOf('theme', change.removeThemes), clienteles: idsOf('clientele', change.removeClienteles) };
	if (![...add.themes, ...add.clienteles, ...remove.themes, ...remove.clienteles].length) {
		throw new AppError('invalid_input', 'Choisissez un champ d’intervention ou une clientèle à ajouter ou à retirer.', { change: 'Choisissez quoi ajouter ou retirer.' });
	}
	const apply = (current: number[], added: number[], removed: number[]) => [...new Set([...current.filter((id) => !removed.includes(id)), ...added])];
	return db.transaction(async (tx) => {
		let changed = 0;
		for (const id of [...new Set(ids)].sort((a, b) => a - b)) {
			const before = await lockedItem(tx, id);
			const themeIds = apply(before.themeIds, add.themes, remove.themes);
			const clienteleIds = apply(before.clienteleIds, add.clienteles, remove.clienteles);
			if (JSON.stringify(themeIds) === JSON.stringify(before.themeIds) && JSON.stringify(clienteleIds) === JSON.stringify(before.clienteleIds)) continue;
			const [after] = await tx
				.update(catalogueItem)
				.set({ themeIds, clienteleIds, version: before.version + 1, updatedAt: new Date() })
				.where(eq(catalogueItem.id, id))
				.returning();
			await recordRevision(tx, actor, before, after, 'Étiquetage en lot', 'catalogue.bulkTag');
			changed++;
		}
		await refreshDerived(tx, [...ids]);
		return changed;
	});
}

export type Revision = { version: number; actorId: string | null; actorName: string | null; changedFields: string[]; note: string | null; createdAt: Date; snapshot: Snapshot };

export async function listRevisions(db: Database, itemId: number): Promise<Revision[]> {
	const rows = await db
		.select({
			version: catalogueRevision.version,
			actorId: catalogueRevision.actorId,
			actorName: sql<string | null>`(select name from auth_user where id = ${catalogueRevision.actorId})`,
			changedFields: catalogueRevision.changedFields,
			note: catalogueRevision.note,
			createdAt: catalogueRevision.createdAt,
			snapshot: catalogueRevision.snapshot
		})
		.from(catalogueRevision)
		.where(eq(catalogueRevision.itemId, itemId))
		.orderBy(desc(catalogueRevision.version));
	return rows;
}

/** The form values of an existing item, for its edit page. */
export function inputOf(row: ItemRow, terms: TermIndex): Record<string, string | string[]> {
	const slug = (id: number | null) => (id === null ? '' : (terms.byId.get(id)?.slug ?? ''));
	const text = (value: string | number | null) => (value === null ? '' : String(value));
	return {
		kind: row.kind,
		title: row.title,
		description: row.description,
		municipalityCode: text(row.municipalityCode),
		territoryCode: row.municipalityCode ? '' : text(row.territoryCode),
		themes: row.themeIds.map(slug).filter(Boolean),
		clienteles: row.clienteleIds.map(slug).filter(Boolean),
		policyType: slug(row.policyTypeId),
		year: text(row.year),
		links: row.links.map((link) => `${link.label} | ${link.url}`).join('\n'),
		policyTitle: text(row.policyTitle),
		adoptionYear: text(row.adoptionYear),
		planStartYear: text(row.planStartYear),
		planEndYear: text(row.planEndYear),
		progress: text(row.progress),
		partners: text(row.partners),
		results: text(row.results),
		awardCategory: text(row.awardCategory),
		awardYear: text(row.awardYear),
		funder: text(row.funder),
		objectives: text(row.objectives),
		eligibleApplicants: text(row.eligibleApplicants),
		amounts: text(row.amounts),
		opensOn: text(row.opensOn),
		closesOn: text(row.closesOn),
		guideUrl: text(row.guideUrl),
		formUrl: text(row.formUrl),
		toolType: slug(row.toolTypeId),
		processStep: text(row.processStep),
		fileUrl: text(row.fileUrl)
	};
}

export async function getItemForEditing(db: Database, actor: Actor, id: number): Promise<ItemRow> {
	assertCan(actor, 'catalogue.manage');
	const [row] = await db.select().from(catalogueItem).where(and(eq(catalogueItem.id, id)));
	if (!row) throw new AppError('not_found', 'Cette fiche n’existe pas.');
	return row;
}
