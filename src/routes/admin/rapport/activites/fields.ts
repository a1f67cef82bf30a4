import { m } from '$lib/paraglide/messages.js';

/** The activity form's field names as people read them, for the error summary and the conflict notice. */
export const activityLabels = (): Record<string, string> => ({
	title: m.report_admin_field_title(),
	kind: m.report_admin_field_kind(),
	strategyAreaCode: m.report_admin_field_area(),
	impactLevels: m.report_levels(),
	periodStart: m.report_admin_field_start(),
	periodEnd: m.report_admin_field_end(),
	objectives: m.report_objectives(),
	achievements: m.report_achievements(),
	results: m.report_results(),
	links: m.report_links(),
	sortOrder: m.report_admin_field_order()
});
