import { error, fail, redirect } from '@sveltejs/kit';
import { m } from '$lib/paraglide/messages.js';
import { answerQuestion } from '$lib/server/modules/electoral/quiz/service';
import { AppError } from '$lib/server/platform/errors';
import { platform } from '$lib/server/platform/runtime';
import { answeredQuestion, attemptOr404, nextOpenNumber, quizPath } from '../../attempt-view';
import type { Actions, PageServerLoad } from './$types';

async function questionOf(params: { attempt: string; number: string }) {
	const attempt = await attemptOr404(params.attempt);
	const number = /^\d+$/.test(params.number) ? Number(params.number) : 0;
	const question = attempt.questions[number - 1];
	if (!question) error(404, m.electoral_quiz_attempt_not_found());
	return { attempt, number, question };
}

/** One question per screen: the question to answer, or, once answered, whether it was right and why. */
export const load: PageServerLoad = async ({ params }) => {
	const { attempt, number, question } = await questionOf(params);
	const next = nextOpenNumber(attempt);
	// Questions come in order: a later one opens only once the earlier ones are answered.
	if (!question.answer && next !== null && next < number) redirect(303, quizPath(attempt.id, `/${next}`));
	const total = attempt.questions.length;
	return {
		number,
		total,
		question: { prompt: question.prompt, choices: question.choices },
		feedback: answeredQuestion(question, number - 1),
		nextHref: number < total ? quizPath(attempt.id, `/${number + 1}`) : quizPath(attempt.id),
		isLast: number === total,
		completed: attempt.completed,
		recapHref: quizPath(attempt.id)
	};
};

export const actions: Actions = {
	default: async ({ params, request }) => {
		const { attempt, number, question } = await questionOf(params);
		const raw = (await request.formData()).get('choix');
		const choice = typeof raw === 'string' && /^\d+$/.test(raw) ? Number(raw) : -1;
		const invalid = () => fail(400, { values: { choix: typeof raw === 'string' ? raw : '' }, errors: { choix: m.electoral_quiz_choose() } });
		if (choice < 0) return invalid();
		try {
			await answerQuestion(platform().database.db, attempt.id, question.id, choice);
		} catch (cause) {
			if (cause instanceof AppError && cause.code === 'invalid_input') return invalid();
			// A finished attempt keeps its answers: the question's page shows the one it has.
			if (!(cause instanceof AppError && cause.code === 'conflict')) throw cause;
		}
		redirect(303, quizPath(attempt.id, `/${number}`));
	}
};
