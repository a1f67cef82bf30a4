import { redirect } from '@sveltejs/kit';
import { localizeHref } from '$lib/paraglide/runtime';
import { orFormFailure } from '$lib/server/http';
import { requirePermission } from '$lib/server/modules/accounts/guards';
import { LIST_LIMITS, createList, listMyLists } from '$lib/server/modules/catalogue/lists/service';
import { isoDay } from '$lib/server/platform/exports/table';
import { platform } from '$lib/server/platform/runtime';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ locals, url }) => {
	const { actor } = requirePermission(locals, url, 'catalogue.lists');
	const lists = await listMyLists(platform().database.db, actor);
	return {
		lists: lists.map((list) => ({ id: list.id, name: list.name, description: list.description, itemCount: list.itemCount, updatedOn: isoDay(list.updatedAt) })),
		maxLists: LIST_LIMITS.listsPerPerson,
		deleted: url.searchParams.get('ok') === 'supprimee'
	};
};

export const actions: Actions = {
	creer: async ({ request, locals, url }) => {
		const { actor } = requirePermission(locals, url, 'catalogue.lists');
		const formData = await request.formData();
		const { value: created, failure } = await orFormFailure(
			formData,
			createList(platform().database.db, actor, { name: String(formData.get('name') ?? ''), description: String(formData.get('description') ?? '') })
		);
		if (failure) return failure;
		redirect(303, `${localizeHref(`/compte/listes/${created.id}`)}?ok=creee`);
	}
};
