import { error } from '@sveltejs/kit';
import { m } from '$lib/paraglide/messages.js';
import { localizeHref } from '$lib/paraglide/runtime';
import { getEdition } from '$lib/server/modules/electoral/editions';
import { quizResult } from '$lib/server/modules/electoral/quiz/service';
import { platform } from '$lib/server/platform/runtime';
import type { PageServerLoad } from './$types';

/** The shareable result: the score and which questions were right, nothing about who played or when. */
export const load: PageServerLoad = async ({ params }) => {
	const db = platform().database.db;
	const result = await quizResult(db, params.attempt);
	if (!result) error(404, m.electoral_quiz_result_not_found());
	const edition = await getEdition(db, result.editionId);
	return {
		score: result.score,
		total: result.total,
		percent: result.total ? Math.round((result.score * 100) / result.total) : 0,
		questions: result.questions,
		editionName: edition?.name ?? '',
		playHref: `${localizeHref('/plateforme-electorale/jeu-questionnaire')}${edition ? `?edition=${encodeURIComponent(edition.slug)}` : ''}`
	};
};
