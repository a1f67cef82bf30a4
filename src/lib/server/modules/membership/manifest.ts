import type { ModuleManifest } from '../../platform/manifest';
import { EVERYONE, STAFF_ONLY } from '../../platform/roles';
import { m } from '$lib/paraglide/messages.js';
import { eraseApplicationData, exportApplicationData } from './applications/personal-data';
import { loadDemoMembership } from './demo/loader';
import { loadDemoGovernance } from './governance/demo';
import { loadDemoSealCampaign } from './seal/demo';
import { membershipDaily } from './billing/reminders';
import { duesStatFigures } from './billing/stats';
import { sealStatFigures } from './seal/stats';
import { membershipStatFigures } from './stats';

export const manifest: ModuleManifest = {
	name: 'membership',
	dependsOn: ['territory', 'accounts'],
	navigation: [
		{ href: '/devenir-membre', label: () => m.member_nav_join(), description: () => m.member_nav_join_description(), order: 8 },
		{ href: '/qui-sommes-nous', label: () => m.gov_nav(), description: () => m.gov_nav_description(), order: 20 }
	],
	stats: async (db, period) => [
		...(await membershipStatFigures(db, period)),
		...(await duesStatFigures(db, period)),
		...(await sealStatFigures(db, period))
	],
	daily: membershipDaily,
	personalData: { export: exportApplicationData, erase: eraseApplicationData },
	administration: [
		{ href: '/admin/membres', label: () => m.admin_entry_members(), description: () => m.admin_entry_members_description(), permission: 'membership.manage', order: 30 },
		{ href: '/admin/membres/demandes', label: () => m.admin_entry_applications(), description: () => m.admin_entry_applications_description(), permission: 'membership.manage', order: 31 },
		{ href: '/admin/cotisations', label: () => m.admin_entry_dues(), description: () => m.admin_entry_dues_description(), permission: 'membership.manage', order: 32 },
		{ href: '/admin/membres/portrait', label: () => m.admin_entry_portrait(), description: () => m.admin_entry_portrait_description(), permission: 'membership.manage', order: 33 },
		{ href: '/admin/membres/import', label: () => m.admin_entry_member_import(), description: () => m.admin_entry_member_import_description(), permission: 'membership.manage', order: 34 },
		{ href: '/admin/fierement-membre', label: () => m.admin_entry_seal(), description: () => m.admin_entry_seal_description(), permission: 'membership.manage', order: 35 },
		{ href: '/admin/gouvernance/conseil', label: () => m.admin_entry_governance(), description: () => m.admin_entry_governance_description(), permission: 'membership.manage', order: 36 }
	],
	permissions: {
		// Members, applications, dues, invoices and payments, the seal campaign, governance and team.
		'membership.manage': STAFF_ONLY,
		// The public pages: « Qui sommes-nous ».
		'membership.read': EVERYONE
	},
	seed: {
		// The members first: the other demonstration loaders of the module pick among them.
		demo: async ({ db }) => {
			await loadDemoMembership(db);
			await loadDemoSealCampaign(db);
			await loadDemoGovernance(db);
		}
	}
};
