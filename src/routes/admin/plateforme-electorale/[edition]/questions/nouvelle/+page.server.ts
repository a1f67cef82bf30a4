import { requirePermission } from '$lib/server/modules/accounts/guards';
import { editionHeading, editionOf } from '../../../edition-param';
import { submitQuestion } from '../question-form';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ locals, url, params }) => {
	requirePermission(locals, url, 'electoral.manage');
	return { edition: editionHeading(await editionOf(params.edition)) };
};

export const actions: Actions = {
	default: async (event) => submitQuestion(event, await editionOf(event.params.edition), { create: true })
};
