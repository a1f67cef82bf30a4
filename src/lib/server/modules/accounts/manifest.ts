import type { ModuleManifest } from '../../platform/manifest';
import { loadDemoAccounts } from './demo';
import { eraseAccountData, exportAccountData } from './personal-data';
import type { Role } from '../../platform/roles';

const SIGNED_IN: readonly Role[] = ['member', 'consultant', 'staff', 'admin'];

export const manifest: ModuleManifest = {
	name: 'accounts',
	dependsOn: ['territory'],
	permissions: {
		'account.own': SIGNED_IN,
		'organisation.create': SIGNED_IN,
		'admin.users': ['admin'],
		'admin.audit': ['admin'],
		'admin.mail': ['admin']
	},
	personalData: { export: exportAccountData, erase: eraseAccountData },
	seed: {
		demo: ({ db }) => loadDemoAccounts(db)
	}
};
