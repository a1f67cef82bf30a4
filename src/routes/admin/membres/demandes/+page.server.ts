import { requirePermission } from '$lib/server/modules/accounts/guards';
import { listApplications } from '$lib/server/modules/membership/applications/service';
import { platform } from '$lib/server/platform/runtime';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ locals, url }) => {
	const { actor } = requirePermission(locals, url, 'membership.manage');
	const page = Math.max(1, Number.parseInt(url.searchParams.get('page') ?? '1', 10) || 1);
	const list = await listApplications(platform().database.db, actor, page);
	return { ...list, items: list.items.map((item) => ({ ...item, createdAt: item.createdAt.toISOString() })) };
};
