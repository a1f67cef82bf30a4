import { redirect } from '@sveltejs/kit';
import { fiscalYearLabel, fiscalYearOf } from '$lib/fiscal-year';
import { orFormFailure, orHttpError } from '$lib/server/http';
import { requirePermission } from '$lib/server/modules/accounts/guards';
import { activityValues, deleteActivity, getActivityForEditing } from '$lib/server/modules/report/activities';
import { listIndicators } from '$lib/server/modules/report/indicators';
import { platform } from '$lib/server/platform/runtime';
import { activityChoices, submitActivity } from '../activity-form';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ locals, url, params }) => {
	const { actor } = requirePermission(locals, url, 'report.manage');
	const db = platform().database.db;
	const { row, levels } = await orHttpError(getActivityForEditing(db, actor, params.id));
	const indicators = await listIndicators(db, actor, { activityId: row.id });
	return {
		year: fiscalYearLabel(fiscalYearOf(row.periodStart)),
		activity: { id: row.id, title: row.title, version: row.version, demo: row.demo },
		values: { ...activityValues(row, levels), version: String(row.version) },
		indicators: indicators.map((entry) => ({
			id: entry.id,
			label: entry.label,
			year: fiscalYearLabel(entry.fiscalYear),
			value: entry.value,
			unit: entry.unit,
			statKey: entry.statKey,
			retired: entry.retiredAt !== null
		})),
		choices: await activityChoices(),
		done: url.searchParams.get('fait')
	};
};

export const actions: Actions = {
	default: (event) => submitActivity(event, { create: false, id: event.params.id }),
	delete: async ({ request, locals, url, params }) => {
		const { actor } = requirePermission(locals, url, 'report.manage');
		const formData = await request.formData();
		const { failure } = await orFormFailure(formData, deleteActivity(platform().database.db, actor, params.id, Number(formData.get('version'))));
		if (failure) return failure;
		redirect(303, '/admin/rapport/activites?fait=supprimee');
	}
};
