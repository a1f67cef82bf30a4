import { m } from '$lib/paraglide/messages.js';
import { orFormFailure, orHttpError } from '$lib/server/http';
import { getUserDetail, setConsultantRegions } from '$lib/server/modules/accounts/admin';
import { requirePermission } from '$lib/server/modules/accounts/guards';
import { listRegionNames } from '$lib/server/modules/territory/service';
import { platform } from '$lib/server/platform/runtime';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ locals, url, params }) => {
	const { actor } = requirePermission(locals, url, 'admin.users');
	const db = platform().database.db;
	const [person, regions] = await Promise.all([orHttpError(getUserDetail(db, actor, params.id)), listRegionNames(db)]);
	return {
		person: { ...person, createdAt: person.createdAt.toISOString().slice(0, 10), deactivatedAt: person.deactivatedAt?.toISOString() ?? null },
		regions
	};
};

export const actions: Actions = {
	regions: async ({ request, locals, url, params }) => {
		const { actor } = requirePermission(locals, url, 'admin.users');
		const formData = await request.formData();
		const codes = formData.getAll('regions').filter((value): value is string => typeof value === 'string');
		const { failure } = await orFormFailure(formData, setConsultantRegions(platform().database.db, actor, params.id, codes));
		if (failure) return failure;
		return { done: m.admin_user_regions_saved() };
	}
};
