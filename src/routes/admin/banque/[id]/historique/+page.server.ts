import { orHttpError } from '$lib/server/http';
import { localizeHref } from '$lib/paraglide/runtime';
import { requirePermission } from '$lib/server/modules/accounts/guards';
import { loadItemHistory } from '$lib/server/modules/catalogue/admin/history';
import { platform } from '$lib/server/platform/runtime';
import { itemId } from '../../item-id';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ locals, url, params }) => {
	const { actor } = requirePermission(locals, url, 'catalogue.manage');
	const { item, versions } = await orHttpError(loadItemHistory(platform().database.db, actor, itemId(params.id)));
	return {
		item: { id: item.id, title: item.title, editHref: localizeHref(`/admin/banque/${item.id}`) },
		versions: versions.map((entry) => ({ ...entry, createdAt: entry.createdAt.toISOString() }))
	};
};
