import { asc, count } from 'drizzle-orm';
import type { Database } from '../../db/types';
import { catalogueTerm } from './schema';
import { SEED_VOCABULARIES, VOCABULARIES, type Vocabulary } from './taxonomy-seed';

export type Term = { id: number; vocabulary: Vocabulary; slug: string; label: string; retired: boolean };

export type TermIndex = {
	all: Term[];
	byId: Map<number, Term>;
	bySlug: (vocabulary: Vocabulary, slug: string) => Term | undefined;
	of: (vocabulary: Vocabulary) => Term[];
};

export async function loadTerms(db: Database): Promise<TermIndex> {
	const rows = await db
		.select({ id: catalogueTerm.id, vocabulary: catalogueTerm.vocabulary, slug: catalogueTerm.slug, label: catalogueTerm.label, retiredAt: catalogueTerm.retiredAt })
		.from(catalogueTerm)
		.orderBy(asc(catalogueTerm.vocabulary), asc(catalogueTerm.sortOrder), asc(catalogueTerm.label));
	const all = rows.map(({ retiredAt, ...term }) => ({ ...term, retired: retiredAt !== null }));
	const byId = new Map(all.map((term) => [term.id, term]));
	const bySlug = new Map(all.map((term) => [`${term.vocabulary}:${term.slug}`, term]));
	return {
		all,
		byId,
		bySlug: (vocabulary, slug) => bySlug.get(`${vocabulary}:${slug}`),
		of: (vocabulary) => all.filter((term) => term.vocabulary === vocabulary)
	};
}

/** Seeds the vocabularies once; a database whose vocabularies exist keeps its staff's edits. */
export async function seedTerms(db: Database): Promise<void> {
	const [{ existing }] = await db.select({ existing: count() }).from(catalogueTerm);
	if (existing > 0) return;
	await db.insert(catalogueTerm).values(
		VOCABULARIES.flatMap((vocabulary) =>
			SEED_VOCABULARIES[vocabulary].map((term, index) => ({ vocabulary, slug: term.slug, label: term.label, sortOrder: index }))
		)
	);
}
