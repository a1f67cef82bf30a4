import { COMMITMENT_FIELD_LABELS, COMMITMENT_STATUS_LABELS, COST_LABELS, TIME_FRAME_LABELS } from '../../labels';

type Value = string | string[] | null | undefined;
type Term = { slug: string; label: string };

/** What turns recorded values into words: the edition's terms, and the titles of the bank's items by id. */
export type DisplayLookups = { themes: readonly Term[]; clienteles: readonly Term[]; evidenceTitles: Record<string, string> };

const list = (value: Value) => (value === null || value === undefined ? [] : Array.isArray(value) ? value : [value]);
const text = (value: Value) => list(value).join(', ');
const labelled = (labels: Record<string, () => string>, value: Value) => labels[text(value)]?.() ?? text(value);
const termLabel = (terms: readonly Term[], slug: string) => terms.find((term) => term.slug === slug)?.label ?? slug;

/** A field of a commitment as people read it: labels for terms and choices, titles for the linked items, one per line. */
export function displayField(field: string, value: Value, lookups: DisplayLookups): string {
	switch (field) {
		case 'theme':
			return text(value) ? termLabel(lookups.themes, text(value)) : '';
		case 'clienteles':
			return list(value)
				.map((slug) => termLabel(lookups.clienteles, slug))
				.join(', ');
		case 'evidence':
			return list(value)
				.map((id) => lookups.evidenceTitles[id] ?? `#${id}`)
				.join('\n');
		case 'costLevel':
			return labelled(COST_LABELS, value);
		case 'timeFrame':
			return labelled(TIME_FRAME_LABELS, value);
		case 'status':
			return labelled(COMMITMENT_STATUS_LABELS, value);
		default:
			return text(value).replace(/\r\n/g, '\n').trim();
	}
}

export const fieldLabel = (field: string) => COMMITMENT_FIELD_LABELS[field]?.() ?? field;

/** The fields of the form where two versions differ, in the order of the form. */
export function differingFields(left: Record<string, Value>, right: Record<string, Value>, lookups: DisplayLookups) {
	return Object.keys(COMMITMENT_FIELD_LABELS)
		.map((field) => ({ field, label: fieldLabel(field), left: displayField(field, left[field], lookups), right: displayField(field, right[field], lookups) }))
		.filter((row) => row.left !== row.right);
}
