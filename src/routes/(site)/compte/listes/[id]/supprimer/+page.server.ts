import { redirect } from '@sveltejs/kit';
import { localizeHref } from '$lib/paraglide/runtime';
import { orFormFailure, orHttpError } from '$lib/server/http';
import { requirePermission } from '$lib/server/modules/accounts/guards';
import { deleteList, getList } from '$lib/server/modules/catalogue/lists/service';
import { platform } from '$lib/server/platform/runtime';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ locals, url, params }) => {
	const { actor } = requirePermission(locals, url, 'catalogue.lists');
	const list = await orHttpError(getList(platform().database.db, actor, params.id));
	return { list: { id: list.id, name: list.name, itemCount: list.entries.length } };
};

export const actions: Actions = {
	default: async ({ request, locals, url, params }) => {
		const { actor } = requirePermission(locals, url, 'catalogue.lists');
		const { failure } = await orFormFailure(await request.formData(), deleteList(platform().database.db, actor, params.id));
		if (failure) return failure;
		redirect(303, `${localizeHref('/compte/listes')}?ok=supprimee`);
	}
};
