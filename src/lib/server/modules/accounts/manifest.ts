import { m } from '$lib/paraglide/messages.js';
import type { ModuleManifest } from '../../platform/manifest';
import { loadDemoAccounts } from './demo';
import { eraseAccountData, exportAccountData } from './personal-data';
import type { Role } from '../../platform/roles';

const SIGNED_IN: readonly Role[] = ['member', 'consultant', 'staff', 'admin'];

export const manifest: ModuleManifest = {
	name: 'accounts',
	dependsOn: ['territory'],
	administration: [
		{ href: '/admin/utilisateurs', label: () => m.admin_users_title(), description: () => m.admin_entry_users_description(), permission: 'admin.users', order: 90 },
		{ href: '/admin/journal', label: () => m.admin_journal_title(), description: () => m.admin_entry_journal_description(), permission: 'admin.audit', order: 91 },
		{ href: '/admin/courriels', label: () => m.admin_mail_title(), description: () => m.admin_entry_mail_description(), permission: 'admin.mail', order: 92 }
	],
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
