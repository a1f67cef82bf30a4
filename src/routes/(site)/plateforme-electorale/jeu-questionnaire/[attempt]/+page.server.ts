import { redirect } from '@sveltejs/kit';
import { localizeHref } from '$lib/paraglide/runtime';
import { getEdition } from '$lib/server/modules/electoral/editions';
import { platform } from '$lib/server/platform/runtime';
import { answeredQuestion, attemptOr404, nextOpenNumber, quizPath } from '../attempt-view';
import type { PageServerLoad } from './$types';

/** While the attempt is under way, its next question; once done, the score and every answer with its explanation. */
export const load: PageServerLoad = async ({ params }) => {
	const attempt = await attemptOr404(params.attempt);
	const next = nextOpenNumber(attempt);
	if (!attempt.completed && next !== null) redirect(303, quizPath(attempt.id, `/${next}`));
	const edition = await getEdition(platform().database.db, attempt.editionId);
	const total = attempt.questions.length;
	const score = attempt.score ?? 0;
	return {
		score,
		total,
		percent: total ? Math.round((score * 100) / total) : 0,
		answers: attempt.questions.map(answeredQuestion).filter((answer) => answer !== null),
		resultHref: localizeHref(`/plateforme-electorale/jeu-questionnaire/resultat/${attempt.id}`),
		replayAction: `${localizeHref('/plateforme-electorale/jeu-questionnaire')}?/commencer`,
		quizEdition: edition && { slug: edition.slug, name: edition.name }
	};
};
