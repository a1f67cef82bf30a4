import { eq } from 'drizzle-orm';
import { expect, test } from 'vitest';
import { describeOnEachDatabase } from '../../../db/test-databases';
import { createEdition } from '../editions';
import { electoralQuizAnswer, electoralQuizAttempt, electoralQuizQuestion } from '../schema';
import { answerQuestion, getAttempt, publishedQuestionCount, quizResult, startAttempt } from './service';

describeOnEachDatabase('electoral quiz: attempts and answers', (context) => {
	async function quizEdition(slug: string) {
		const edition = await createEdition(context.db, { slug, name: `Édition ${slug}`, electionDate: '2029-11-04' });
		const questions = await context.db
			.insert(electoralQuizQuestion)
			.values([
				{ editionId: edition.id, position: 2, prompt: 'Deuxième question', choices: ['A', 'B', 'C'], correctChoice: 2, explanation: 'C, parce que.', sourceLabel: 'Rapport', sourceUrl: 'https://exemple.ca/rapport' },
				{ editionId: edition.id, position: 1, prompt: 'Première question', choices: ['Oui', 'Non'], correctChoice: 0, explanation: 'Oui.' },
				{ editionId: edition.id, position: 0, prompt: 'Brouillon', choices: ['X', 'Y'], correctChoice: 0, status: 'draft' },
				{ editionId: edition.id, position: 3, prompt: 'Troisième question', choices: ['1', '2'], correctChoice: 1 }
			])
			.returning({ id: electoralQuizQuestion.id, prompt: electoralQuizQuestion.prompt });
		const idOf = (prompt: string) => questions.find((question) => question.prompt === prompt)!.id;
		return { edition, first: idOf('Première question'), second: idOf('Deuxième question'), draft: idOf('Brouillon'), third: idOf('Troisième question') };
	}

	test('an attempt asks the published questions in staff’s order, records each answer once and completes with its score', async () => {
		const { edition, first, second, third, draft } = await quizEdition('quiz-a');
		expect(await publishedQuestionCount(context.db, edition.id)).toBe(3);
		const attemptId = await startAttempt(context.db, edition.id);
		expect(attemptId).toMatch(/^[0-9a-f-]{36}$/);

		const started = await getAttempt(context.db, attemptId);
		expect(started?.questions.map((question) => question.id)).toEqual([first, second, third]);
		expect(started?.questions.every((question) => question.answer === null)).toBe(true);
		await expect(answerQuestion(context.db, attemptId, draft, 0)).rejects.toMatchObject({ code: 'not_found' });

		expect(await answerQuestion(context.db, attemptId, first, 0)).toEqual({ choice: 0, correct: true, completed: false });
		// The same question sent again, even with another choice, keeps its first answer.
		expect(await answerQuestion(context.db, attemptId, first, 1)).toEqual({ choice: 0, correct: true, completed: false });
		await expect(answerQuestion(context.db, attemptId, second, 3)).rejects.toMatchObject({ code: 'invalid_input', fields: { choice: expect.any(String) } });
		await expect(answerQuestion(context.db, attemptId, second, -1)).rejects.toMatchObject({ code: 'invalid_input' });
		expect(await answerQuestion(context.db, attemptId, second, 0)).toEqual({ choice: 0, correct: false, completed: false });
		expect(await quizResult(context.db, attemptId)).toBeNull();
		expect(await answerQuestion(context.db, attemptId, third, 1)).toEqual({ choice: 1, correct: true, completed: true });

		const done = await getAttempt(context.db, attemptId);
		expect(done).toMatchObject({ completed: true, score: 2 });
		expect(done?.questions.map((question) => question.answer)).toEqual([
			{ choice: 0, correct: true },
			{ choice: 0, correct: false },
			{ choice: 1, correct: true }
		]);
		expect(done?.questions[1]).toMatchObject({ explanation: 'C, parce que.', sourceUrl: 'https://exemple.ca/rapport', correctChoice: 2 });

		// A completed attempt cannot change, and its result names no one and no time.
		expect(await answerQuestion(context.db, attemptId, second, 2)).toMatchObject({ correct: false, completed: true });
		const answers = await context.db.select().from(electoralQuizAnswer).where(eq(electoralQuizAnswer.attemptId, attemptId));
		expect(answers).toHaveLength(3);
		const result = await quizResult(context.db, attemptId);
		expect(result).toEqual({
			editionId: edition.id,
			score: 2,
			total: 3,
			questions: [
				{ prompt: 'Première question', correct: true },
				{ prompt: 'Deuxième question', correct: false },
				{ prompt: 'Troisième question', correct: true }
			]
		});

		// Replaying is a new attempt; the first one stays as it was.
		const replay = await startAttempt(context.db, edition.id);
		expect(replay).not.toBe(attemptId);
		expect((await getAttempt(context.db, replay))?.completed).toBe(false);
		expect((await quizResult(context.db, attemptId))?.score).toBe(2);
	});

	test('unknown or malformed attempts are not found, and an edition without questions cannot start', async () => {
		const empty = await createEdition(context.db, { slug: 'quiz-vide', name: 'Sans questions', electionDate: '2029-11-04' });
		await expect(startAttempt(context.db, empty.id)).rejects.toMatchObject({ code: 'not_found' });
		expect(await getAttempt(context.db, 'pas-un-uuid')).toBeNull();
		expect(await getAttempt(context.db, '00000000-0000-4000-8000-000000000000')).toBeNull();
		expect(await quizResult(context.db, "x' or 1=1")).toBeNull();
		await expect(answerQuestion(context.db, '00000000-0000-4000-8000-000000000000', 1, 0)).rejects.toMatchObject({ code: 'not_found' });
	});

	test('the last two answers sent at once complete the attempt exactly once, with the right score', async () => {
		const { edition, first, second, third } = await quizEdition('quiz-b');
		const attemptId = await startAttempt(context.db, edition.id);
		await answerQuestion(context.db, attemptId, first, 0);
		const outcomes = await Promise.all([answerQuestion(context.db, attemptId, second, 2), answerQuestion(context.db, attemptId, third, 1)]);
		expect(outcomes.filter((outcome) => outcome.completed)).toHaveLength(1);
		const [row] = await context.db.select().from(electoralQuizAttempt).where(eq(electoralQuizAttempt.id, attemptId));
		expect(row.score).toBe(3);
		expect(row.completedAt).not.toBeNull();
	});

	test('a question deleted during an attempt no longer counts towards its completion', async () => {
		const { edition, first, second, third } = await quizEdition('quiz-c');
		const attemptId = await startAttempt(context.db, edition.id);
		await answerQuestion(context.db, attemptId, first, 0);
		await context.db.delete(electoralQuizQuestion).where(eq(electoralQuizQuestion.id, third));
		expect(await answerQuestion(context.db, attemptId, second, 2)).toMatchObject({ completed: true });
		expect(await quizResult(context.db, attemptId)).toMatchObject({ score: 2, total: 2 });
	});
});
