import { error } from '@sveltejs/kit';
import type { AnsweredQuestion } from '$lib/components/electoral/PublicQuizAnswer.svelte';
import { m } from '$lib/paraglide/messages.js';
import { localizeHref } from '$lib/paraglide/runtime';
import { getAttempt, type Attempt } from '$lib/server/modules/electoral/quiz/service';
import { platform } from '$lib/server/platform/runtime';

export const quizPath = (attemptId: string, rest = '') => localizeHref(`/plateforme-electorale/jeu-questionnaire/${attemptId}${rest}`);

export async function attemptOr404(attemptId: string): Promise<Attempt> {
	const attempt = await getAttempt(platform().database.db, attemptId);
	if (!attempt) error(404, m.electoral_quiz_attempt_not_found());
	return attempt;
}

/** Only an answered question's right answer leaves the server: the page of an open question could otherwise give it away. */
export function answeredQuestion(question: Attempt['questions'][number], index: number): AnsweredQuestion | null {
	if (!question.answer) return null;
	return {
		number: index + 1,
		prompt: question.prompt,
		correct: question.answer.correct,
		yourAnswer: question.choices[question.answer.choice] ?? '',
		rightAnswer: question.choices[question.correctChoice] ?? '',
		explanation: question.explanation,
		source: /^https?:\/\//i.test(question.sourceUrl) ? { label: question.sourceLabel || question.sourceUrl, url: question.sourceUrl } : null
	};
}

/** The first question still without an answer (1-based), or null once all are answered. */
export function nextOpenNumber(attempt: Attempt): number | null {
	const index = attempt.questions.findIndex((question) => question.answer === null);
	return index === -1 ? null : index + 1;
}
