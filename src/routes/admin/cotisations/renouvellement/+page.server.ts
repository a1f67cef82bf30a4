import { fiscalYearLabel, fiscalYearOf, quebecToday } from '$lib/fiscal-year';
import { m } from '$lib/paraglide/messages.js';
import { requirePermission } from '$lib/server/modules/accounts/guards';
import { renewalOverview, renewMemberships } from '$lib/server/modules/membership/billing/renewal';
import { platform } from '$lib/server/platform/runtime';
import type { Actions, PageServerLoad } from './$types';

const nextYear = () => fiscalYearOf(quebecToday()) + 1;

export const load: PageServerLoad = async ({ locals, url }) => {
	requirePermission(locals, url, 'membership.manage');
	const fiscalYear = nextYear();
	return { label: fiscalYearLabel(fiscalYear), ...(await renewalOverview(platform().database.db, fiscalYear, quebecToday())) };
};

export const actions: Actions = {
	default: async ({ locals, url }) => {
		const { actor } = requirePermission(locals, url, 'membership.manage');
		const report = await renewMemberships(platform().database.db, actor, { fiscalYear: nextYear(), today: quebecToday() });
		const year = fiscalYearLabel(report.fiscalYear);
		return {
			done: m.dues_renewal_done({ year, created: report.created, existing: report.alreadyBilled, exempt: report.exempt }),
			noRate: report.noRate
		};
	}
};
