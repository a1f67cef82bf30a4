import { m } from '$lib/paraglide/messages.js';
import { orFormFailure } from '$lib/server/http';
import { requirePermission } from '$lib/server/modules/accounts/guards';
import { updateGraceDays } from '$lib/server/modules/membership/admin/member-actions';
import { listMembers, parseMemberQuery } from '$lib/server/modules/membership/admin/member-list';
import { readGraceDays } from '$lib/server/modules/membership/members';
import { platform } from '$lib/server/platform/runtime';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ locals, url }) => {
	const { actor } = requirePermission(locals, url, 'membership.manage');
	const db = platform().database.db;
	const { query, problems } = parseMemberQuery(url.searchParams);
	const [list, graceDays] = await Promise.all([listMembers(db, actor, query), readGraceDays(db)]);
	return { ...list, query, problems, graceDays };
};

export const actions: Actions = {
	grace: async ({ request, locals, url }) => {
		const { actor } = requirePermission(locals, url, 'membership.manage');
		const formData = await request.formData();
		const { value: days, failure } = await orFormFailure(formData, updateGraceDays(platform().database.db, actor, Object.fromEntries(formData)));
		if (failure) return failure;
		return { done: m.member_admin_grace_saved({ days }) };
	}
};
