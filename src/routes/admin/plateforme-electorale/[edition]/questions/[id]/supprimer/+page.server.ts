import { redirect } from '@sveltejs/kit';
import { orHttpError } from '$lib/server/http';
import { requirePermission } from '$lib/server/modules/accounts/guards';
import { deleteQuizQuestion, getQuizQuestion, listQuizQuestions } from '$lib/server/modules/electoral/admin/quiz';
import { platform } from '$lib/server/platform/runtime';
import { editionHeading, editionOf, recordId } from '../../../../edition-param';
import { editionPaths } from '../../../../paths';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ locals, url, params }) => {
	const { actor } = requirePermission(locals, url, 'electoral.manage');
	const db = platform().database.db;
	const edition = await editionOf(params.edition);
	const question = await orHttpError(getQuizQuestion(db, actor, edition.id, recordId(params.id)));
	const summary = (await listQuizQuestions(db, actor, edition.id)).find((entry) => entry.id === question.id);
	return { edition: editionHeading(edition), question: { id: question.id, prompt: question.prompt, answers: summary?.answers ?? 0 } };
};

export const actions: Actions = {
	default: async ({ locals, url, params }) => {
		const { actor } = requirePermission(locals, url, 'electoral.manage');
		const edition = await editionOf(params.edition);
		await orHttpError(deleteQuizQuestion(platform().database.db, actor, edition.id, recordId(params.id)));
		redirect(303, `${editionPaths(edition.slug).questions}?fait=supprimee`);
	}
};
