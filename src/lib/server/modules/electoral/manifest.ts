import { m } from '$lib/paraglide/messages.js';
import type { ModuleManifest } from '../../platform/manifest';
import { STAFF_ONLY } from '../../platform/roles';

export const manifest: ModuleManifest = {
	name: 'electoral',
	dependsOn: ['territory', 'accounts', 'catalogue'],
	navigation: [{ href: '/plateforme-electorale', label: () => m.nav_electoral(), description: () => m.nav_electoral_description(), order: 2 }],
	permissions: {
		// Editions, commitments and the quiz; candidates need no permission, their private link is the key.
		'electoral.manage': STAFF_ONLY
	}
};
