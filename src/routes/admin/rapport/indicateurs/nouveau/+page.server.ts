import { fiscalYearLabel } from '$lib/fiscal-year';
import { orHttpError } from '$lib/server/http';
import { requirePermission } from '$lib/server/modules/accounts/guards';
import { getActivityForEditing } from '$lib/server/modules/report/activities';
import { platform } from '$lib/server/platform/runtime';
import { workingYear } from '../../year';
import { areaChoices, statChoices, submitIndicator } from '../indicator-form';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ locals, url }) => {
	const { actor } = requirePermission(locals, url, 'report.manage');
	const fiscalYear = workingYear(url);
	const activityId = url.searchParams.get('activite');
	const owner = activityId ? (await orHttpError(getActivityForEditing(platform().database.db, actor, activityId))).row : null;
	return {
		year: fiscalYearLabel(fiscalYear),
		activityTitle: owner?.title ?? null,
		values: { fiscalYear: fiscalYearLabel(fiscalYear), activityId: owner?.id ?? '', origin: 'manual' },
		stats: await statChoices(fiscalYear),
		areas: await areaChoices()
	};
};

export const actions: Actions = {
	default: (event) => submitIndicator(event, null)
};
