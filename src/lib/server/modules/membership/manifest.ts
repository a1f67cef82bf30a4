import type { ModuleManifest } from '../../platform/manifest';
import { STAFF_ONLY } from '../../platform/roles';

export const manifest: ModuleManifest = {
	name: 'membership',
	dependsOn: ['territory', 'accounts'],
	permissions: {
		// Members, applications, dues, invoices and payments, the seal campaign, governance and team.
		'membership.manage': STAFF_ONLY
	}
};
