import { m } from '$lib/paraglide/messages.js';
import type { ModuleManifest } from '../../platform/manifest';
import { STAFF_ONLY } from '../../platform/roles';
import { loadDemoReport } from './demo/loader';
import { seedChangeModel } from './model';
import { retireDailyForReports } from './retirement-job';
import { reportStatFigures } from './stats';

export const manifest: ModuleManifest = {
	name: 'report',
	// Its demonstration report shows these modules' figures, so their demonstration content loads first.
	dependsOn: ['catalogue', 'electoral', 'membership'],
	navigation: [{ href: '/rapport', label: () => m.nav_report(), description: () => m.nav_report_description(), order: 8 }],
	administration: [
		{ href: '/admin/rapport', label: () => m.admin_entry_report(), description: () => m.admin_entry_report_description(), permission: 'report.manage', order: 40 }
	],
	permissions: {
		// The change model, activities, indicators, representation entries, drafts and publication.
		'report.manage': STAFF_ONLY
	},
	stats: reportStatFigures,
	daily: async ({ db, today }) => {
		// Imported when the job runs: the list of modules imports this manifest.
		const { modules } = await import('../../platform/modules');
		await retireDailyForReports(db, today, modules);
	},
	seed: {
		reference: ({ db }) => seedChangeModel(db),
		demo: ({ db }) => loadDemoReport(db)
	}
};
