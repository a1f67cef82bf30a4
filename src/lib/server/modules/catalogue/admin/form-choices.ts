import type { FormVocabularies } from '$lib/components/catalogue/item-form';
import type { Database } from '../../../db/types';
import { listTerritoryNames } from '../../territory/service';
import { inputOf } from '../editing';
import type { catalogueItem } from '../schema';
import { loadTerms, type TermIndex } from '../terms';
import { municipalityFieldValue, municipalitySuggestions } from './place-field';

const formTerms = (terms: TermIndex, vocabulary: keyof FormVocabularies) =>
	terms.of(vocabulary).map((term) => ({ slug: term.slug, label: term.label, retired: term.retired }));

export function formVocabularies(terms: TermIndex): FormVocabularies {
	return { theme: formTerms(terms, 'theme'), clientele: formTerms(terms, 'clientele'), policy_type: formTerms(terms, 'policy_type'), tool_type: formTerms(terms, 'tool_type') };
}

/** What the item form offers: the vocabularies, the municipalities to suggest and the MRCs. */
export async function loadItemFormChoices(db: Database) {
	const [terms, suggestions, territories] = await Promise.all([loadTerms(db), municipalitySuggestions(db), listTerritoryNames(db)]);
	const choices = {
		vocabularies: formVocabularies(terms),
		municipalitySuggestions: suggestions,
		territories: territories.map((entry) => ({ code: entry.code, name: entry.name }))
	};
	return { terms, choices };
}

/** An item's values as its form shows them, the municipality as « Lévis (25213) ». */
export async function itemFormValues(db: Database, row: typeof catalogueItem.$inferSelect, terms: TermIndex): Promise<Record<string, string | string[]>> {
	return { ...inputOf(row, terms), municipalityCode: await municipalityFieldValue(db, row.municipalityCode) };
}
