import { redirect } from '@sveltejs/kit';
import { localizeHref } from '$lib/paraglide/runtime';
import { typedValues } from '$lib/server/forms';
import { orFormFailure } from '$lib/server/http';
import { requirePermission } from '$lib/server/modules/accounts/guards';
import { listEditionSummaries, updateEdition } from '$lib/server/modules/electoral/admin/editions';
import { platform } from '$lib/server/platform/runtime';
import { editionHeading, editionOf } from '../edition-param';
import { ADMIN_ROOT } from '../paths';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ locals, url, params }) => {
	const { actor } = requirePermission(locals, url, 'electoral.manage');
	const edition = await editionOf(params.edition);
	const summary = (await listEditionSummaries(platform().database.db, actor)).find((entry) => entry.id === edition.id)!;
	return {
		edition: editionHeading(edition),
		summary,
		values: { name: edition.name, electionDate: edition.electionDate, isOpen: String(edition.isOpen) },
		done: url.searchParams.get('fait')
	};
};

export const actions: Actions = {
	default: async ({ request, locals, url, params }) => {
		const { actor } = requirePermission(locals, url, 'electoral.manage');
		const edition = await editionOf(params.edition);
		const formData = await request.formData();
		const { failure } = await orFormFailure(formData, updateEdition(platform().database.db, actor, edition.id, typedValues(formData)));
		if (failure) return failure;
		redirect(303, `${localizeHref(`${ADMIN_ROOT}/${edition.slug}`)}?fait=enregistree`);
	}
};
