import { platformRoleLabels } from '$lib/labels';
import { m } from '$lib/paraglide/messages.js';
import { orFormFailure } from '$lib/server/http';
import { ACCOUNT_ROLES, deactivateUser, listUsers, parseUserQuery, reactivateUser, setUserRole } from '$lib/server/modules/accounts/admin';
import { requirePermission } from '$lib/server/modules/accounts/guards';
import { platform } from '$lib/server/platform/runtime';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ locals, url }) => {
	const { actor } = requirePermission(locals, url, 'admin.users');
	const query = parseUserQuery(url.searchParams);
	const result = await listUsers(platform().database.db, actor, query);
	return {
		query,
		...result,
		users: result.users.map((user) => ({ ...user, deactivatedAt: user.deactivatedAt?.toISOString() ?? null, createdAt: user.createdAt.toISOString() })),
		roles: ACCOUNT_ROLES.map((role) => ({ value: role, label: platformRoleLabels[role]() })),
		me: actor.userId
	};
};

export const actions: Actions = {
	role: async ({ request, locals, url }) => {
		const { actor } = requirePermission(locals, url, 'admin.users');
		const formData = await request.formData();
		const { value, failure } = await orFormFailure(
			formData,
			setUserRole(platform().database.db, actor, String(formData.get('userId') ?? ''), String(formData.get('role') ?? ''))
		);
		if (failure) return failure;
		return { done: m.admin_users_role_saved({ email: value.email, role: platformRoleLabels[value.role]() }) };
	},
	desactiver: async ({ request, locals, url }) => {
		const { actor } = requirePermission(locals, url, 'admin.users');
		const formData = await request.formData();
		const { value, failure } = await orFormFailure(formData, deactivateUser(platform().database.db, actor, String(formData.get('userId') ?? '')));
		if (failure) return failure;
		return { done: m.admin_users_deactivated({ email: value.email }) };
	},
	reactiver: async ({ request, locals, url }) => {
		const { actor } = requirePermission(locals, url, 'admin.users');
		const formData = await request.formData();
		const { value, failure } = await orFormFailure(formData, reactivateUser(platform().database.db, actor, String(formData.get('userId') ?? '')));
		if (failure) return failure;
		return { done: m.admin_users_reactivated({ email: value.email }) };
	}
};
