import { and, asc, desc, eq } from 'drizzle-orm';
import type { Database } from '../../db/types';
import { AppError } from '../../platform/errors';
import { ELECTORAL_VOCABULARIES, electoralEdition, electoralTerm, type ElectoralVocabulary } from './schema';
import { DEFAULT_ELECTORAL_TERMS } from './taxonomy';

export type Edition = typeof electoralEdition.$inferSelect;
export type ElectoralTerm = { id: number; vocabulary: ElectoralVocabulary; slug: string; label: string };

export type EditionTerms = {
	themes: ElectoralTerm[];
	clienteles: ElectoralTerm[];
	byId: Map<number, ElectoralTerm>;
	bySlug: (vocabulary: ElectoralVocabulary, slug: string) => ElectoralTerm | undefined;
};

export type NewEdition = { slug: string; name: string; electionDate: string; isOpen?: boolean; isDemo?: boolean };

/** Creates an edition with a copy of the default themes and clientèles, in one transaction. */
export async function createEdition(db: Database, input: NewEdition): Promise<Edition> {
	return db.transaction(async (tx) => {
		const [existing] = await tx.select({ id: electoralEdition.id }).from(electoralEdition).where(eq(electoralEdition.slug, input.slug));
		if (existing) throw new AppError('conflict', 'Une édition porte déjà cet identifiant.', { slug: 'Cet identifiant est déjà pris par une autre édition.' });
		const [edition] = await tx.insert(electoralEdition).values(input).returning();
		await tx.insert(electoralTerm).values(
			ELECTORAL_VOCABULARIES.flatMap((vocabulary) =>
				DEFAULT_ELECTORAL_TERMS[vocabulary].map((term, index) => ({ editionId: edition.id, vocabulary, slug: term.slug, label: term.label, sortOrder: index }))
			)
		);
		return edition;
	});
}

/** Every edition, the next election first. */
export async function listEditions(db: Database): Promise<Edition[]> {
	return db.select().from(electoralEdition).orderBy(desc(electoralEdition.electionDate), desc(electoralEdition.id));
}

export async function getEditionBySlug(db: Database, slug: string): Promise<Edition | null> {
	const [edition] = await db.select().from(electoralEdition).where(eq(electoralEdition.slug, slug));
	return edition ?? null;
}

export async function getEdition(db: Database, id: number): Promise<Edition | null> {
	const [edition] = await db.select().from(electoralEdition).where(eq(electoralEdition.id, id));
	return edition ?? null;
}

/** The edition the public pages show: the open one with the latest election date, else the latest one. */
export async function currentEdition(db: Database): Promise<Edition | null> {
	const [open] = await db.select().from(electoralEdition).where(eq(electoralEdition.isOpen, true)).orderBy(desc(electoralEdition.electionDate)).limit(1);
	if (open) return open;
	const [latest] = await db.select().from(electoralEdition).orderBy(desc(electoralEdition.electionDate)).limit(1);
	return latest ?? null;
}

export async function loadEditionTerms(db: Database, editionId: number): Promise<EditionTerms> {
	const rows = await db
		.select({ id: electoralTerm.id, vocabulary: electoralTerm.vocabulary, slug: electoralTerm.slug, label: electoralTerm.label })
		.from(electoralTerm)
		.where(and(eq(electoralTerm.editionId, editionId)))
		.orderBy(asc(electoralTerm.sortOrder), asc(electoralTerm.label));
	const byId = new Map(rows.map((term) => [term.id, term]));
	const bySlug = new Map(rows.map((term) => [`${term.vocabulary}:${term.slug}`, term]));
	return {
		themes: rows.filter((term) => term.vocabulary === 'theme'),
		clienteles: rows.filter((term) => term.vocabulary === 'clientele'),
		byId,
		bySlug: (vocabulary, slug) => bySlug.get(`${vocabulary}:${slug}`)
	};
}
