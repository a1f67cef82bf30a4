import { error, redirect } from '@sveltejs/kit';
import { fiscalYearLabel } from '$lib/fiscal-year';
import { m } from '$lib/paraglide/messages.js';
import { orFormFailure } from '$lib/server/http';
import { requirePermission } from '$lib/server/modules/accounts/guards';
import { activityTitles } from '$lib/server/modules/report/activities';
import { deleteIndicator, getIndicator, indicatorValues } from '$lib/server/modules/report/indicators';
import { adminActivityPath, indicatorPath } from '$lib/server/modules/report/paths';
import { platform } from '$lib/server/platform/runtime';
import { areaChoices, statChoices, submitIndicator } from '../indicator-form';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ locals, url, params }) => {
	requirePermission(locals, url, 'report.manage');
	const db = platform().database.db;
	const row = await getIndicator(db, params.id);
	if (!row) error(404, m.report_admin_indicator_missing());
	const titles = await activityTitles(db, row.activityId ? [row.activityId] : []);
	return {
		year: fiscalYearLabel(row.fiscalYear),
		indicator: { id: row.id, label: row.label, retiredAt: row.retiredAt?.toISOString().slice(0, 10) ?? null, publicPath: indicatorPath(row.fiscalYear, row.id), reference: `indicator:${row.id}` },
		activityTitle: row.activityId ? (titles.get(row.activityId) ?? null) : null,
		values: indicatorValues(row),
		stats: await statChoices(row.fiscalYear),
		areas: await areaChoices(),
		done: url.searchParams.get('fait')
	};
};

export const actions: Actions = {
	default: (event) => submitIndicator(event, event.params.id),
	delete: async ({ request, locals, url, params }) => {
		const { actor } = requirePermission(locals, url, 'report.manage');
		const formData = await request.formData();
		const { value, failure } = await orFormFailure(formData, deleteIndicator(platform().database.db, actor, params.id));
		if (failure) return failure;
		redirect(303, value.activityId ? `${adminActivityPath(value.activityId)}?fait=enregistre` : `/admin/rapport/activites?exercice=${fiscalYearLabel(value.fiscalYear)}`);
	}
};
