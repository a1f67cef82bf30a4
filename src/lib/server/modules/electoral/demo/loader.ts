import type { Database } from '../../../db/types';
import { createEdition, getEditionBySlug, loadEditionTerms, type EditionTerms } from '../editions';
import { electoralCommitment, electoralCommitmentEvidence, electoralQuizQuestion, type ElectoralVocabulary } from '../schema';
import { findEvidence } from './evidence';

export const DEMO_EDITION = { slug: 'municipalites-2025', name: 'Municipalités 2025', electionDate: '2025-11-02', isOpen: true, isDemo: true } as const;

function termId(terms: EditionTerms, vocabulary: ElectoralVocabulary, slug: string): number {
	const term = terms.bySlug(vocabulary, slug);
	if (!term) throw new Error(`Terme inconnu dans le contenu de démonstration électoral : ${vocabulary}/${slug}`);
	return term.id;
}

/**
 * The demonstration edition « Municipalités 2025 »: its commitments, each linked to measures and
 * initiatives that the bank's search finds in the demonstration bank (loaded first, since this
 * module depends on the catalogue), and its quiz, written in one transaction. An existing edition
 * is left alone.
 */
export async function loadDemoElectoral(db: Database): Promise<void> {
	if (await getEditionBySlug(db, DEMO_EDITION.slug)) return;
	// Loaded on demand: the texts stay out of memory on installations without demonstration content.
	const [{ DEMO_COMMITMENTS }, { DEMO_QUIZ }] = await Promise.all([import('./commitments'), import('./quiz')]);
	// Searched first, so that the transaction below only writes.
	const evidence = await findEvidence(db, DEMO_COMMITMENTS.map((commitment) => commitment.evidence));
	await db.transaction(async (tx) => {
		if (await getEditionBySlug(tx, DEMO_EDITION.slug)) return;
		const edition = await createEdition(tx, DEMO_EDITION);
		const terms = await loadEditionTerms(tx, edition.id);
		const inserted = await tx
			.insert(electoralCommitment)
			.values(
				DEMO_COMMITMENTS.map((commitment, index) => ({
					editionId: edition.id,
					themeId: termId(terms, 'theme', commitment.theme),
					clienteleIds: commitment.clienteles.map((slug) => termId(terms, 'clientele', slug)),
					title: commitment.title,
					rationale: commitment.rationale,
					powers: commitment.powers,
					costLevel: commitment.cost,
					timeFrame: commitment.time,
					status: 'published' as const,
					// Unique, so that the inserted rows map back to the data below.
					sortOrder: index,
					isDemo: true
				}))
			)
			.returning({ id: electoralCommitment.id, sortOrder: electoralCommitment.sortOrder });
		const idAt = new Map(inserted.map((row) => [row.sortOrder, row.id]));
		const links = evidence.flatMap((itemIds, index) =>
			itemIds.map((catalogueItemId, position) => ({ commitmentId: idAt.get(index)!, catalogueItemId, position }))
		);
		if (links.length > 0) await tx.insert(electoralCommitmentEvidence).values(links);
		await tx.insert(electoralQuizQuestion).values(
			DEMO_QUIZ.map((question, index) => ({
				editionId: edition.id,
				position: index + 1,
				prompt: question.prompt,
				choices: [...question.choices],
				correctChoice: question.correct,
				explanation: question.explanation,
				sourceLabel: question.source.label,
				sourceUrl: question.source.url,
				status: 'published' as const,
				isDemo: true
			}))
		);
	});
}
