import { fail } from '@sveltejs/kit';
import { itemPath } from '$lib/catalogue';
import type { ItemFormValues } from '$lib/components/catalogue/item-form';
import { localizeHref } from '$lib/paraglide/runtime';
import type { Database } from '$lib/server/db/types';
import { itemFormValues } from '$lib/server/modules/catalogue/admin/form-choices';
import type { SaveOutcome } from '$lib/server/modules/catalogue/admin/saving';
import { formToInput } from '$lib/server/modules/catalogue/editing';
import { loadTerms } from '$lib/server/modules/catalogue/terms';

/** What an item form gets back when nothing was saved: always the values as typed, and why. */
export type ItemFormFailure = {
	values: ItemFormValues;
	errors: Record<string, string>;
	message?: string;
	duplicates?: { id: number; kind: 'mesure' | 'initiative' | 'programme' | 'outil'; title: string; status: 'draft' | 'published' | 'unpublished'; href: string }[];
	/** Goes back in the hidden field that lets the person save anyway. */
	seen?: string;
	/** What the item says now, after someone else saved it. */
	current?: { values: ItemFormValues; version: number };
};

export async function itemFormFailure(db: Database, formData: FormData, outcome: Exclude<SaveOutcome, { outcome: 'saved' }>) {
	const values = formToInput(formData) as ItemFormValues;
	switch (outcome.outcome) {
		case 'invalid':
			return fail(400, { values, errors: outcome.errors, message: outcome.message } satisfies ItemFormFailure);
		case 'duplicates':
			return fail(409, {
				values,
				errors: {},
				duplicates: outcome.duplicates.map((entry) => ({ id: entry.id, kind: entry.kind, title: entry.title, status: entry.status, href: localizeHref(itemPath(entry.kind, entry.id)) })),
				seen: outcome.seen
			} satisfies ItemFormFailure);
		case 'conflict': {
			const current = { values: await itemFormValues(db, outcome.current, await loadTerms(db)), version: outcome.current.version };
			return fail(409, { values, errors: {}, message: outcome.message, current } satisfies ItemFormFailure);
		}
	}
}
