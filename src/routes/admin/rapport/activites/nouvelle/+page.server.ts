import { fiscalYearLabel } from '$lib/fiscal-year';
import { requirePermission } from '$lib/server/modules/accounts/guards';
import { workingYear } from '../../year';
import { activityChoices, blankActivity, submitActivity } from '../activity-form';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ locals, url }) => {
	requirePermission(locals, url, 'report.manage');
	const fiscalYear = workingYear(url);
	return { year: fiscalYearLabel(fiscalYear), values: blankActivity(fiscalYear), choices: await activityChoices() };
};

export const actions: Actions = {
	default: (event) => submitActivity(event, { create: true })
};
