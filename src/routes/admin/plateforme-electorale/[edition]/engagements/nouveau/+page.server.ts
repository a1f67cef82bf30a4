import { requirePermission } from '$lib/server/modules/accounts/guards';
import { loadEditionTerms } from '$lib/server/modules/electoral/editions';
import { platform } from '$lib/server/platform/runtime';
import { editionHeading, editionOf } from '../../../edition-param';
import { commitmentFormChoices, submitCommitment } from '../commitment-form';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ locals, url, params }) => {
	requirePermission(locals, url, 'electoral.manage');
	const edition = await editionOf(params.edition);
	const terms = await loadEditionTerms(platform().database.db, edition.id);
	return { edition: editionHeading(edition), ...(await commitmentFormChoices(terms, url)) };
};

export const actions: Actions = {
	default: async (event) => submitCommitment(event, await editionOf(event.params.edition), { create: true })
};
