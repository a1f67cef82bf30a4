import { quebecToday } from '$lib/fiscal-year';
import { loadGovernanceOverview } from '$lib/server/modules/membership/governance/overview';
import { assertCan } from '$lib/server/platform/permissions';
import { platform } from '$lib/server/platform/runtime';
import type { PageServerLoad } from './$types';

// A page to read: nothing in it needs JavaScript.
export const csr = false;

export const load: PageServerLoad = async ({ locals }) => {
	assertCan(locals.actor, 'membership.read');
	return { overview: await loadGovernanceOverview(platform().database.db, quebecToday()) };
};
