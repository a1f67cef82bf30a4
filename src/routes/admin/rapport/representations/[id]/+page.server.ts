import { redirect } from '@sveltejs/kit';
import { orFormFailure, orHttpError } from '$lib/server/http';
import { requirePermission } from '$lib/server/modules/accounts/guards';
import { deleteRepresentation, getRepresentation, representationValues } from '$lib/server/modules/report/representations';
import { platform } from '$lib/server/platform/runtime';
import { submitRepresentation, typeChoices } from '../representation-form';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ locals, url, params }) => {
	const { actor } = requirePermission(locals, url, 'report.manage');
	const row = await orHttpError(getRepresentation(platform().database.db, actor, params.id));
	return { title: row.title, demo: row.demo, values: representationValues(row), types: typeChoices(), done: url.searchParams.get('fait') };
};

export const actions: Actions = {
	default: (event) => submitRepresentation(event, event.params.id),
	delete: async ({ request, locals, url, params }) => {
		const { actor } = requirePermission(locals, url, 'report.manage');
		const formData = await request.formData();
		const { failure } = await orFormFailure(formData, deleteRepresentation(platform().database.db, actor, params.id));
		if (failure) return failure;
		redirect(303, '/admin/rapport/representations');
	}
};
