import { error, fail, redirect } from '@sveltejs/kit';
import { m } from '$lib/paraglide/messages.js';
import { localizeHref } from '$lib/paraglide/runtime';
import { currentEdition, getEditionBySlug } from '$lib/server/modules/electoral/editions';
import { publishedQuestionCount, startAttempt } from '$lib/server/modules/electoral/quiz/service';
import { hitRateLimit } from '$lib/server/platform/rate-limit/service';
import { platform } from '$lib/server/platform/runtime';
import { shownEdition } from '../engagements/browse';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ parent }) => {
	const edition = await shownEdition(parent);
	if (!edition) return { questionCount: null };
	return { questionCount: await publishedQuestionCount(platform().database.db, edition.id) };
};

export const actions: Actions = {
	/** Starts a new attempt (replaying too) and sends the player to its first question. */
	commencer: async ({ request, getClientAddress }) => {
		const db = platform().database.db;
		const slug = String((await request.formData()).get('edition') ?? '');
		const edition = slug ? await getEditionBySlug(db, slug) : await currentEdition(db);
		if (!edition) error(404, m.electoral_public_edition_not_found());
		const { allowed } = await hitRateLimit(db, `electoral-quiz-start:${getClientAddress()}`, { max: 30, windowSeconds: 600 });
		if (!allowed) return fail(429, { message: m.electoral_quiz_too_many() });
		if ((await publishedQuestionCount(db, edition.id)) === 0) return fail(409, { message: m.electoral_quiz_no_questions() });
		const attemptId = await startAttempt(db, edition.id);
		redirect(303, localizeHref(`/plateforme-electorale/jeu-questionnaire/${attemptId}/1`));
	}
};
