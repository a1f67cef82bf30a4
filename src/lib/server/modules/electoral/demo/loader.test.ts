import { sql } from 'drizzle-orm';
import { expect, test } from 'vitest';
import { describeOnEachDatabase } from '../../../db/test-databases';
import { selectRows } from '../../../db/types';
import { classOf, listPopulationClasses } from '../../territory/service';
import { listCommitments, type Commitment } from '../commitments';
import { getEditionBySlug, loadEditionTerms } from '../editions';
import { DEMO_COMMITMENTS } from './commitments';
import { mentionsEvery, pickAcrossSizes } from './evidence';
import { DEMO_EDITION, loadDemoElectoral } from './loader';
import { DEMO_QUIZ } from './quiz';

const searchesOf = new Map(DEMO_COMMITMENTS.map((commitment) => [commitment.title, commitment.evidence]));

/** What the demonstration content of Ma Plateforme électorale holds, loaded by the platform's seed as on a demonstration site. */
describeOnEachDatabase(
	'electoral demonstration content',
	(context) => {
		const demoEdition = async () => {
			const edition = await getEditionBySlug(context.db, DEMO_EDITION.slug);
			expect(edition).not.toBeNull();
			return edition!;
		};

		test('« Municipalités 2025 » is an open demonstration edition of the 2 November 2025 election', async () => {
			expect(await demoEdition()).toMatchObject({ name: 'Municipalités 2025', electionDate: '2025-11-02', isOpen: true, isDemo: true });
		});

		test('at least 90 published demonstration commitments cover every theme and every clientèle', async () => {
			const edition = await demoEdition();
			const [commitments, terms] = await Promise.all([listCommitments(context.db, edition.id), loadEditionTerms(context.db, edition.id)]);
			expect(commitments.length).toBeGreaterThanOrEqual(90);
			expect(commitments.length).toBe(DEMO_COMMITMENTS.length);
			for (const commitment of commitments) {
				expect(commitment).toMatchObject({ status: 'published', isDemo: true });
				expect(commitment.rationale.length, commitment.title).toBeGreaterThan(40);
				expect(commitment.powers, commitment.title).not.toBe('');
				expect(commitment.clienteleIds.length, commitment.title).toBeGreaterThanOrEqual(1);
				expect(commitment.clienteleIds.length, commitment.title).toBeLessThanOrEqual(3);
			}
			for (const theme of terms.themes) {
				expect(commitments.filter((commitment) => commitment.themeId === theme.id).length, theme.label).toBeGreaterThanOrEqual(9);
			}
			for (const clientele of terms.clienteles) {
				expect(commitments.filter((commitment) => commitment.clienteleIds.includes(clientele.id)).length, clientele.label).toBeGreaterThanOrEqual(15);
			}
			const titles = commitments.map((commitment) => commitment.title.toLowerCase());
			expect(new Set(titles).size).toBe(titles.length);
		});

		test('every commitment has one to three published measures or initiatives of the bank that say what it commits to', async () => {
			const edition = await demoEdition();
			const commitments = await listCommitments(context.db, edition.id);
			const withoutEvidence = commitments.filter((commitment) => commitment.evidence.length === 0).map((commitment) => commitment.title);
			expect(withoutEvidence).toEqual([]);
			for (const commitment of commitments) {
				expect(commitment.evidence.length).toBeLessThanOrEqual(3);
				for (const item of commitment.evidence) expect(item).toMatchObject({ isDemo: true, kind: expect.stringMatching(/^(mesure|initiative)$/) });
				// Read by PostgreSQL's French full text, independently of the loader: each item's own
				// title and description hold every word of one of the commitment's searches.
				const searches = searchesOf.get(commitment.title)!;
				const unrelated = await selectRows<{ title: string }>(
					context.db,
					sql`select i.title from catalogue_item i
						where i.id = any(${sql.raw(`'{${commitment.evidence.map((item) => item.id).join(',')}}'::int[]`)})
						and not exists (
							select 1 from unnest(array[${sql.join(searches.map((search) => sql`${search}`), sql`, `)}]::text[]) as search
							where to_tsvector('fr_unaccent', i.title || ' ' || i.description) @@ plainto_tsquery('fr_unaccent', search)
						)`
				);
				expect(unrelated.map((row) => row.title), commitment.title).toEqual([]);
			}
		});

		test('evidence comes from municipalities of several sizes whenever the bank has them', async () => {
			const edition = await demoEdition();
			const [commitments, classes] = await Promise.all([listCommitments(context.db, edition.id), listPopulationClasses(context.db)]);
			const sizes = (commitment: Commitment) => new Set(commitment.evidence.map((item) => classOf(item.population ?? 0, classes)?.id));
			const spread = commitments.filter((commitment) => sizes(commitment).size >= 2);
			expect(spread.length / commitments.length).toBeGreaterThan(0.8);
		});

		test('15 published demonstration quiz questions, each with one right answer among its choices, an explanation and an https source', async () => {
			const edition = await demoEdition();
			const questions = await selectRows<{ position: number; prompt: string; choices: string[] | string; correct_choice: number; explanation: string; source_label: string; source_url: string; status: string; is_demo: boolean }>(
				context.db,
				sql`select position, prompt, choices, correct_choice, explanation, source_label, source_url, status, is_demo
					from electoral_quiz_question where edition_id = ${edition.id} order by position`
			);
			expect(questions.map((question) => question.position)).toEqual(Array.from({ length: 15 }, (_, index) => index + 1));
			for (const question of questions) {
				const choices = typeof question.choices === 'string' ? (JSON.parse(question.choices) as string[]) : question.choices;
				expect(choices.length, question.prompt).toBeGreaterThanOrEqual(3);
				expect(choices.length, question.prompt).toBeLessThanOrEqual(4);
				expect(new Set(choices).size).toBe(choices.length);
				expect(question.correct_choice).toBeGreaterThanOrEqual(0);
				expect(question.correct_choice).toBeLessThan(choices.length);
				expect(question.explanation.length, question.prompt).toBeGreaterThan(60);
				expect(question.source_label).not.toBe('');
				expect(new URL(question.source_url).protocol).toBe('https:');
				expect(question).toMatchObject({ status: 'published', is_demo: true });
			}
			// The right answer is not always at the same place.
			expect(new Set(DEMO_QUIZ.map((question) => question.correct)).size).toBeGreaterThan(1);
		});

		test('loading the demonstration again changes nothing', async () => {
			const snapshot = () =>
				selectRows<{ editions: number; commitments: number; evidence: number; questions: number; fingerprint: string }>(
					context.db,
					sql`select (select count(*)::int from electoral_edition) as editions,
						(select count(*)::int from electoral_commitment) as commitments,
						(select count(*)::int from electoral_commitment_evidence) as evidence,
						(select count(*)::int from electoral_quiz_question) as questions,
						(select md5(coalesce(string_agg(commitment_id || ':' || catalogue_item_id || ':' || position, ',' order by commitment_id, position), ''))
							from electoral_commitment_evidence) as fingerprint`
				);
			const before = await snapshot();
			await loadDemoElectoral(context.db);
			expect(await snapshot()).toEqual(before);
			expect(before[0].editions).toBe(1);
		});
	},
	{ demoContent: true }
);

test('evidence is chosen best first, an initiative leading, then across municipality sizes and titles', () => {
	const candidate = (id: number, kind: 'mesure' | 'initiative', title: string, sizeClass: number) => ({ id, kind, title, sizeClass });
	const picked = pickAcrossSizes([
		candidate(1, 'mesure', 'Corridors scolaires', 1),
		candidate(2, 'mesure', 'Corridors scolaires', 1),
		candidate(3, 'mesure', 'Corridors scolaires', 2),
		candidate(4, 'initiative', 'Des corridors scolaires à Rimouski', 3),
		candidate(5, 'mesure', 'Corridors scolaires', 3)
	]);
	expect(picked).toEqual([4, 1, 3]);
	expect(pickAcrossSizes([candidate(1, 'mesure', 'Bancs', 1), candidate(2, 'mesure', 'Bancs', 1)])).toEqual([1]);
	expect(pickAcrossSizes([])).toEqual([]);
});

test('evidence must mention every word of the search that found it, whatever the accents and endings', () => {
	expect(mentionsEvery('Aménager des corridors scolaires sécuritaires près des écoles', 'corridor scolaire')).toBe(true);
	expect(mentionsEvery('Installer des bancs de repos pour les aînés', 'bancs de repos aines')).toBe(true);
	expect(mentionsEvery('Installer des bancs de repos', 'bancs de repos aînés')).toBe(false);
});
