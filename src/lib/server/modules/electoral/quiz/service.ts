import { and, asc, eq, inArray, sql } from 'drizzle-orm';
import type { Database } from '../../../db/types';
import { AppError } from '../../../platform/errors';
import { electoralQuizAnswer, electoralQuizAttempt, electoralQuizQuestion } from '../schema';

export type QuizQuestion = {
	id: number;
	prompt: string;
	choices: string[];
	correctChoice: number;
	explanation: string;
	sourceLabel: string;
	sourceUrl: string;
};

export type RecordedAnswer = { choice: number; correct: boolean };

/** An attempt as its player sees it: the questions in the order asked, each with its answer once given. */
export type Attempt = {
	id: string;
	editionId: number;
	completed: boolean;
	score: number | null;
	questions: (QuizQuestion & { answer: RecordedAnswer | null })[];
};

/** What the shareable result page may show: the score and which questions were right, nothing about who or when. */
export type QuizResult = {
	editionId: number;
	score: number;
	total: number;
	questions: { prompt: string; correct: boolean }[];
};

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const NOT_FOUND = 'Cette partie du jeu-questionnaire est introuvable.';

const publishedQuestionsOf = (editionId: number) => and(eq(electoralQuizQuestion.editionId, editionId), eq(electoralQuizQuestion.status, 'published'));

export async function publishedQuestionCount(db: Database, editionId: number): Promise<number> {
	const [row] = await db.select({ total: sql<number>`count(*)::int` }).from(electoralQuizQuestion).where(publishedQuestionsOf(editionId));
	return row.total;
}

/** Starts an attempt on the edition's published questions, in staff's order; the questions stay fixed even if staff edit the quiz later. */
export async function startAttempt(db: Database, editionId: number): Promise<string> {
	const questions = await db
		.select({ id: electoralQuizQuestion.id })
		.from(electoralQuizQuestion)
		.where(publishedQuestionsOf(editionId))
		.orderBy(asc(electoralQuizQuestion.position), asc(electoralQuizQuestion.id));
	if (questions.length === 0) throw new AppError('not_found', 'Ce jeu-questionnaire n’a pas encore de questions.');
	const [attempt] = await db
		.insert(electoralQuizAttempt)
		.values({ editionId, questionIds: questions.map((question) => question.id) })
		.returning({ id: electoralQuizAttempt.id });
	return attempt.id;
}

/**
 * Records the answer to one question of an attempt and, with the last one, completes the attempt
 * and its score, in one transaction. A question answered already keeps its first answer, so sending
 * the form twice changes nothing; the attempt row is locked so that two last answers cannot both
 * miss the completion.
 */
export async function answerQuestion(db: Database, attemptId: string, questionId: number, choice: number): Promise<RecordedAnswer & { completed: boolean }> {
	if (!UUID.test(attemptId)) throw new AppError('not_found', NOT_FOUND);
	return db.transaction(async (tx) => {
		const [attempt] = await tx.select().from(electoralQuizAttempt).where(eq(electoralQuizAttempt.id, attemptId)).for('update');
		if (!attempt || !attempt.questionIds.includes(questionId)) throw new AppError('not_found', NOT_FOUND);
		const [given] = await tx
			.select({ choice: electoralQuizAnswer.choice, correct: electoralQuizAnswer.correct })
			.from(electoralQuizAnswer)
			.where(and(eq(electoralQuizAnswer.attemptId, attemptId), eq(electoralQuizAnswer.questionId, questionId)));
		if (given) return { ...given, completed: attempt.completedAt !== null };
		if (attempt.completedAt) throw new AppError('conflict', 'Cette partie est terminée : ses réponses ne peuvent plus changer.');

		const [question] = await tx
			.select({ choices: electoralQuizQuestion.choices, correctChoice: electoralQuizQuestion.correctChoice })
			.from(electoralQuizQuestion)
			.where(eq(electoralQuizQuestion.id, questionId));
		if (!question) throw new AppError('not_found', NOT_FOUND);
		if (!Number.isSafeInteger(choice) || choice < 0 || choice >= question.choices.length) {
			throw new AppError('invalid_input', 'Choisissez une des réponses proposées.', { choice: 'Choisissez une des réponses proposées.' });
		}
		const correct = choice === question.correctChoice;
		await tx.insert(electoralQuizAnswer).values({ attemptId, questionId, choice, correct });

		// Questions deleted since the start no longer count: the attempt completes with those that remain.
		const [progress] = await tx
			.select({
				remaining: sql<number>`count(*) filter (where ${electoralQuizAnswer.questionId} is null)::int`,
				score: sql<number>`count(*) filter (where ${electoralQuizAnswer.correct})::int`
			})
			.from(electoralQuizQuestion)
			.leftJoin(electoralQuizAnswer, and(eq(electoralQuizAnswer.attemptId, attemptId), eq(electoralQuizAnswer.questionId, electoralQuizQuestion.id)))
			.where(inArray(electoralQuizQuestion.id, attempt.questionIds));
		const completed = progress.remaining === 0;
		if (completed) await tx.update(electoralQuizAttempt).set({ completedAt: new Date(), score: progress.score }).where(eq(electoralQuizAttempt.id, attemptId));
		return { choice, correct, completed };
	});
}

/** The attempt with its questions and answers, or null for an unknown or malformed id. */
export async function getAttempt(db: Database, attemptId: string): Promise<Attempt | null> {
	if (!UUID.test(attemptId)) return null;
	const [attempt] = await db.select().from(electoralQuizAttempt).where(eq(electoralQuizAttempt.id, attemptId));
	if (!attempt) return null;
	const [questions, answers] = await Promise.all([
		db
			.select({
				id: electoralQuizQuestion.id,
				prompt: electoralQuizQuestion.prompt,
				choices: electoralQuizQuestion.choices,
				correctChoice: electoralQuizQuestion.correctChoice,
				explanation: electoralQuizQuestion.explanation,
				sourceLabel: electoralQuizQuestion.sourceLabel,
				sourceUrl: electoralQuizQuestion.sourceUrl
			})
			.from(electoralQuizQuestion)
			.where(inArray(electoralQuizQuestion.id, attempt.questionIds)),
		db
			.select({ questionId: electoralQuizAnswer.questionId, choice: electoralQuizAnswer.choice, correct: electoralQuizAnswer.correct })
			.from(electoralQuizAnswer)
			.where(eq(electoralQuizAnswer.attemptId, attemptId))
	]);
	const questionById = new Map(questions.map((question) => [question.id, question]));
	const answerOf = new Map(answers.map(({ questionId, ...answer }) => [questionId, answer]));
	return {
		id: attempt.id,
		editionId: attempt.editionId,
		completed: attempt.completedAt !== null,
		score: attempt.score,
		questions: attempt.questionIds
			.map((id) => questionById.get(id))
			.filter((question) => question !== undefined)
			.map((question) => ({ ...question, answer: answerOf.get(question.id) ?? null }))
	};
}

/** A completed attempt's shareable result, or null while it is under way or for an unknown id. */
export async function quizResult(db: Database, attemptId: string): Promise<QuizResult | null> {
	const attempt = await getAttempt(db, attemptId);
	if (!attempt?.completed) return null;
	return {
		editionId: attempt.editionId,
		score: attempt.score ?? 0,
		total: attempt.questions.length,
		questions: attempt.questions.map((question) => ({ prompt: question.prompt, correct: question.answer?.correct ?? false }))
	};
}
