import { orHttpError } from '$lib/server/http';
import { requirePermission } from '$lib/server/modules/accounts/guards';
import { getQuizQuestion, questionValues } from '$lib/server/modules/electoral/admin/quiz';
import { platform } from '$lib/server/platform/runtime';
import { editionHeading, editionOf, recordId } from '../../../edition-param';
import { submitQuestion } from '../question-form';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ locals, url, params }) => {
	const { actor } = requirePermission(locals, url, 'electoral.manage');
	const edition = await editionOf(params.edition);
	const question = await orHttpError(getQuizQuestion(platform().database.db, actor, edition.id, recordId(params.id)));
	return { edition: editionHeading(edition), question: { id: question.id, position: question.position }, values: questionValues(question) };
};

export const actions: Actions = {
	default: async (event) => submitQuestion(event, await editionOf(event.params.edition), { create: false, id: recordId(event.params.id) })
};
