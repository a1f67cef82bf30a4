import { redirect } from '@sveltejs/kit';
import { localizeHref } from '$lib/paraglide/runtime';
import { typedValues } from '$lib/server/forms';
import { orFormFailure } from '$lib/server/http';
import { requirePermission } from '$lib/server/modules/accounts/guards';
import { addEdition } from '$lib/server/modules/electoral/admin/editions';
import { platform } from '$lib/server/platform/runtime';
import { ADMIN_ROOT } from '../paths';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ locals, url }) => {
	requirePermission(locals, url, 'electoral.manage');
	return {};
};

export const actions: Actions = {
	default: async ({ request, locals, url }) => {
		const { actor } = requirePermission(locals, url, 'electoral.manage');
		const formData = await request.formData();
		const { value, failure } = await orFormFailure(formData, addEdition(platform().database.db, actor, typedValues(formData)));
		if (failure) return failure;
		redirect(303, `${localizeHref(`${ADMIN_ROOT}/${value.slug}`)}?fait=creee`);
	}
};
