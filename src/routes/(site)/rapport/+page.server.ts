import { fiscalYearLabel, fiscalYearOf, quebecToday } from '$lib/fiscal-year';
import { reportYears } from '$lib/server/modules/report/publication';
import { can } from '$lib/server/platform/permissions';
import { platform } from '$lib/server/platform/runtime';
import type { PageServerLoad } from './$types';

/** The published reports, the latest first; staff also get the drafts, and the last fiscal year and this one. */
export const load: PageServerLoad = async ({ locals }) => {
	const years = await reportYears(platform().database.db);
	const published = years.filter((report) => report.status === 'published').map((report) => report.fiscalYear);
	const current = fiscalYearOf(quebecToday());
	const drafts = can(locals.actor, 'report.manage')
		? [...new Set([current, current - 1, ...years.map((report) => report.fiscalYear)])].filter((year) => !published.includes(year)).sort((a, b) => b - a)
		: [];
	return { published: published.map(fiscalYearLabel), drafts: drafts.map(fiscalYearLabel) };
};
