import { requirePermission } from '$lib/server/modules/accounts/guards';
import { listEditionSummaries } from '$lib/server/modules/electoral/admin/editions';
import { platform } from '$lib/server/platform/runtime';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ locals, url }) => {
	const { actor } = requirePermission(locals, url, 'electoral.manage');
	return { editions: await listEditionSummaries(platform().database.db, actor) };
};
