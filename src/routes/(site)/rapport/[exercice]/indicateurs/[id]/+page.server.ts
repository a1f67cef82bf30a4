import { error } from '@sveltejs/kit';
import { m } from '$lib/paraglide/messages.js';
import { activityTitles } from '$lib/server/modules/report/activities';
import { getIndicator } from '$lib/server/modules/report/indicators';
import { platform } from '$lib/server/platform/runtime';
import { shownReportOr404 } from '../../../report-load';
import type { PageServerLoad } from './$types';

/** One figure of the report and where it comes from; seen by whoever may see its year's report. */
export const load: PageServerLoad = async ({ locals, url, params }) => {
	const { report, isStaff } = await shownReportOr404(locals, url, params.exercice);
	const db = platform().database.db;
	const row = await getIndicator(db, params.id);
	if (!row || row.fiscalYear !== report.fiscalYear) error(404, m.report_not_published());
	const figure = report.sections.flatMap((section) => [...section.figures, ...section.activities.flatMap((entry) => entry.figures)]).find((candidate) => candidate.indicatorId === row.id);
	// The public sees the figures the report shows; a retired or later one is for staff.
	if (!figure && !isStaff) error(404, m.report_not_published());
	const titles = await activityTitles(db, row.activityId ? [row.activityId] : []);
	return {
		year: report.label,
		indicator: {
			label: row.label,
			value: figure?.value ?? row.value,
			unit: row.unit ?? figure?.unit ?? null,
			measuredOn: row.measuredOn,
			sourceNote: row.sourceNote,
			statKey: row.statKey,
			computed: row.value === null,
			retiredAt: row.retiredAt?.toISOString().slice(0, 10) ?? null,
			activity: row.activityId ? (titles.get(row.activityId) ?? null) : null,
			moduleSource: figure && figure.origin === 'computed' && !figure.source.includes('/indicateurs/') ? figure.source : null
		}
	};
};
