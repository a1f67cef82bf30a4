import { m } from '$lib/paraglide/messages.js';
import { orFormFailure } from '$lib/server/http';
import { requirePermission } from '$lib/server/modules/accounts/guards';
import { addBorough, listBoroughs, listMunicipalityNames } from '$lib/server/modules/territory/service';
import { platform } from '$lib/server/platform/runtime';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ locals, url }) => {
	requirePermission(locals, url, 'territory.manageBoroughs');
	const db = platform().database.db;
	const [boroughs, municipalities] = await Promise.all([listBoroughs(db), listMunicipalityNames(db)]);
	return { boroughs, cities: municipalities };
};

export const actions: Actions = {
	default: async ({ request, locals, url }) => {
		const { actor } = requirePermission(locals, url, 'territory.manageBoroughs');
		const formData = await request.formData();
		const { value, failure } = await orFormFailure(formData, addBorough(platform().database.db, actor, Object.fromEntries(formData)));
		if (failure) return failure;
		return { done: m.admin_boroughs_added({ name: value.name }) };
	}
};
