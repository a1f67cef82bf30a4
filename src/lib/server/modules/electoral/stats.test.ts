import { expect, test } from 'vitest';
import { describeOnEachDatabase } from '../../db/test-databases';
import { countEvent, recordVisit } from '../../platform/analytics/service';
import { createEdition } from './editions';
import { electoralPlatform, electoralQuizAnswer, electoralQuizAttempt, electoralQuizQuestion } from './schema';
import { ELECTORAL_AUDIENCE_SCOPE, PLATFORM_EXPORT_EVENT, electoralFigures, electoralStatFigures } from './stats';

const at = (iso: string) => new Date(iso);
const fiscalYear = { start: at('2025-04-01T04:00:00Z'), end: at('2026-04-01T04:00:00Z') };

describeOnEachDatabase('electoral figures for the activity report', (context) => {
	let tokens = 0;
	const platform = (editionId: number, createdAt: string, firstExportedAt: string | null, exportCount: number) => ({
		editionId,
		tokenHash: `hash-${++tokens}`,
		municipalityCode: '37210',
		createdAt: at(createdAt),
		firstExportedAt: firstExportedAt ? at(firstExportedAt) : null,
		exportCount
	});

	async function quiz(editionId: number, prompts: string[]) {
		const rows = await context.db
			.insert(electoralQuizQuestion)
			.values(prompts.map((prompt, position) => ({ editionId, position, prompt, choices: ['A', 'B'], correctChoice: 0 })))
			.returning({ id: electoralQuizQuestion.id });
		return rows.map((row) => row.id);
	}

	/** An attempt answered at `when`; `right` tells which questions were answered correctly, completed when all are. */
	async function attempt(editionId: number, questionIds: number[], right: boolean[], when: string) {
		const completed = right.length === questionIds.length;
		const [row] = await context.db
			.insert(electoralQuizAttempt)
			.values({ editionId, questionIds, startedAt: at(when), completedAt: completed ? at(when) : null, score: completed ? right.filter(Boolean).length : null })
			.returning({ id: electoralQuizAttempt.id });
		await context.db
			.insert(electoralQuizAnswer)
			.values(right.map((correct, index) => ({ attemptId: row.id, questionId: questionIds[index], choice: correct ? 0 : 1, correct, answeredAt: at(when) })));
	}

	test('counts visitor-days, platforms started and exported, downloads, quiz completions, average score and success per question, by edition', async () => {
		const current = await createEdition(context.db, { slug: 'stats-2025', name: 'Municipalités 2025', electionDate: '2025-11-02' });
		const next = await createEdition(context.db, { slug: 'stats-2029', name: 'Municipalités 2029', electionDate: '2029-11-04' });
		await createEdition(context.db, { slug: 'stats-inactive', name: 'Sans activité', electionDate: '2021-11-07' });

		await context.db.insert(electoralPlatform).values([
			platform(current.id, '2025-03-15T12:00:00Z', '2025-05-01T12:00:00Z', 4), // started before, exported during
			platform(current.id, '2025-06-01T12:00:00Z', '2025-06-02T12:00:00Z', 2),
			platform(current.id, '2025-06-03T12:00:00Z', null, 0),
			platform(current.id, '2026-05-01T12:00:00Z', '2026-05-01T12:00:00Z', 9), // after the year
			platform(next.id, '2025-12-01T12:00:00Z', null, 0)
		]);

		const [q1, q2] = await quiz(current.id, ['Qui adopte le budget ?', 'Combien de thèmes ?']);
		await attempt(current.id, [q1, q2], [true, true], '2025-07-01T12:00:00Z'); // 100 %
		await attempt(current.id, [q1, q2], [true, false], '2025-07-02T12:00:00Z'); // 50 %
		await attempt(current.id, [q1, q2], [false], '2025-07-03T12:00:00Z'); // under way: answers count, no completion
		await attempt(current.id, [q1, q2], [false, false], '2024-07-01T12:00:00Z'); // the year before
		const [n1] = await quiz(next.id, ['Quand a lieu l’élection ?']);
		await attempt(next.id, [n1], [false], '2026-01-10T12:00:00Z'); // 0 %

		await recordVisit(context.db, ELECTORAL_AUDIENCE_SCOPE, { address: '192.0.2.1', userAgent: 'x', at: at('2025-06-01T12:00:00Z') });
		await recordVisit(context.db, ELECTORAL_AUDIENCE_SCOPE, { address: '192.0.2.1', userAgent: 'x', at: at('2025-06-01T15:00:00Z') });
		await recordVisit(context.db, ELECTORAL_AUDIENCE_SCOPE, { address: '192.0.2.1', userAgent: 'x', at: at('2025-06-02T12:00:00Z') });
		await recordVisit(context.db, ELECTORAL_AUDIENCE_SCOPE, { address: '192.0.2.2', userAgent: 'x', at: at('2025-06-02T12:00:00Z') });
		await recordVisit(context.db, 'catalogue', { address: '192.0.2.3', userAgent: 'x', at: at('2025-06-02T12:00:00Z') });

		const figures = await electoralFigures(context.db, fiscalYear);
		expect(figures).toMatchObject({ visitorDays: 3, platformsStarted: 3, platformsExported: 2, downloads: 6, quizCompletions: 3, averageScorePercent: 50 });
		expect(figures.editions.map((edition) => edition.slug)).toEqual(['stats-2025', 'stats-2029']);
		expect(figures.editions[0]).toMatchObject({ platformsStarted: 2, platformsExported: 2, downloads: 6, quizCompletions: 2, averageScorePercent: 75 });
		expect(figures.editions[0].questions).toEqual([
			{ id: q1, prompt: 'Qui adopte le budget ?', answers: 3, successPercent: 66.7 },
			{ id: q2, prompt: 'Combien de thèmes ?', answers: 2, successPercent: 50 }
		]);
		expect(figures.editions[1]).toMatchObject({ platformsStarted: 1, platformsExported: 0, downloads: 0, quizCompletions: 1, averageScorePercent: 0 });
		expect(figures.editions[1].questions).toEqual([{ id: n1, prompt: 'Quand a lieu l’élection ?', answers: 1, successPercent: 0 }]);

		// Two editions in the period: totals, then each edition's own lines, then one line per question.
		const lines = new Map((await electoralStatFigures(context.db, fiscalYear)).map((figure) => [figure.key, figure]));
		expect(lines.get('electoral.visitorDays')?.value).toBe(3);
		expect(lines.get('electoral.platforms.started')?.value).toBe(3);
		expect(lines.get('electoral.quiz.averageScore')?.value).toBe(50);
		expect(lines.get('electoral.edition.stats-2025.quiz.averageScore')?.value).toBe(75);
		expect(lines.get('electoral.edition.stats-2029.platforms.started')?.value).toBe(1);
		expect(lines.get('electoral.edition.stats-2025.platforms.started')?.label()).toContain('Municipalités 2025');
		expect(lines.get(`electoral.quiz.question.${q1}`)?.value).toBe(66.7);
		expect(lines.get(`electoral.quiz.question.${q1}`)?.label()).toContain('Qui adopte le budget ?');
		expect(lines.has('electoral.edition.stats-inactive.platforms.started')).toBe(false);

		// One edition in the period: no per-edition lines; counted downloads win over the export counts.
		const spring = { start: at('2025-04-01T04:00:00Z'), end: at('2025-09-01T04:00:00Z') };
		await countEvent(context.db, ELECTORAL_AUDIENCE_SCOPE, PLATFORM_EXPORT_EVENT, '2025-06-02');
		const springLines = await electoralStatFigures(context.db, spring);
		expect(springLines.some((figure) => figure.key.startsWith('electoral.edition.'))).toBe(false);
		expect(springLines.find((figure) => figure.key === 'electoral.platforms.downloads')?.value).toBe(1);
		expect(springLines.find((figure) => figure.key === 'electoral.quiz.averageScore')?.value).toBe(75);
	});

	test('a period without activity gives zeros and no average', async () => {
		const figures = await electoralFigures(context.db, { start: at('2010-01-01T00:00:00Z'), end: at('2011-01-01T00:00:00Z') });
		expect(figures).toEqual({ visitorDays: 0, downloads: 0, platformsStarted: 0, platformsExported: 0, quizCompletions: 0, averageScorePercent: null, editions: [] });
		const lines = await electoralStatFigures(context.db, { start: at('2010-01-01T00:00:00Z'), end: at('2011-01-01T00:00:00Z') });
		expect(lines.map((figure) => figure.key)).toEqual(['electoral.visitorDays', 'electoral.platforms.started', 'electoral.platforms.exported', 'electoral.platforms.downloads', 'electoral.quiz.completions']);
	});
});
