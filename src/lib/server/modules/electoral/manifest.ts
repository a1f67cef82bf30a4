import { m } from '$lib/paraglide/messages.js';
import type { ModuleManifest } from '../../platform/manifest';
import { STAFF_ONLY } from '../../platform/roles';
import { erasePlatformData, exportPlatformData } from './platforms/personal-data';
import { loadDemoElectoral } from './demo/loader';
import { electoralStatFigures } from './stats';

export const manifest: ModuleManifest = {
	name: 'electoral',
	dependsOn: ['territory', 'accounts', 'catalogue'],
	navigation: [{ href: '/plateforme-electorale', label: () => m.nav_electoral(), description: () => m.nav_electoral_description(), order: 2 }],
	administration: [
		{ href: '/admin/plateforme-electorale', label: () => m.admin_entry_electoral(), description: () => m.admin_entry_electoral_description(), permission: 'electoral.manage', order: 20 }
	],
	permissions: {
		// Editions, commitments and the quiz; candidates need no permission, their private link is the key.
		'electoral.manage': STAFF_ONLY
	},
	stats: electoralStatFigures,
	personalData: { export: exportPlatformData, erase: erasePlatformData },
	seed: { demo: ({ db }) => loadDemoElectoral(db) }
};
