import { fiscalYearLabel } from '$lib/fiscal-year';
import { requirePermission } from '$lib/server/modules/accounts/guards';
import { listActivities } from '$lib/server/modules/report/activities';
import { activityKindLabel } from '$lib/server/modules/report/labels';
import { loadChangeModel } from '$lib/server/modules/report/model';
import { platform } from '$lib/server/platform/runtime';
import { workingYear, yearChoices } from '../year';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ locals, url }) => {
	const { actor } = requirePermission(locals, url, 'report.manage');
	const db = platform().database.db;
	const fiscalYear = workingYear(url);
	const [activities, model] = await Promise.all([listActivities(db, actor, fiscalYear), loadChangeModel(db)]);
	const areaName = new Map(model.areas.map((area) => [area.code, area.name]));
	return {
		year: fiscalYearLabel(fiscalYear),
		years: yearChoices(fiscalYear),
		activities: activities.map((entry) => ({ ...entry, kindLabel: activityKindLabel(entry.kind), areaName: areaName.get(entry.strategyAreaCode) ?? entry.strategyAreaCode }))
	};
};
