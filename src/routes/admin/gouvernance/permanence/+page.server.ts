import { quebecToday } from '$lib/fiscal-year';
import { m } from '$lib/paraglide/messages.js';
import { requirePermission } from '$lib/server/modules/accounts/guards';
import { GOVERNANCE_PERMISSION } from '$lib/server/modules/membership/governance/records';
import { createStaffMember, listStaffByTeam, moveStaffMember } from '$lib/server/modules/membership/governance/staff';
import { platform } from '$lib/server/platform/runtime';
import { governanceAction } from '../actions';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ locals, url }) => {
	const { actor } = requirePermission(locals, url, GOVERNANCE_PERMISSION);
	const today = quebecToday();
	return { teams: await listStaffByTeam(platform().database.db, actor, today), today, deleted: url.searchParams.has('supprime') };
};

export const actions: Actions = {
	ajouter: (event) =>
		governanceAction(event, 'add', async ({ db, actor, fields }) => m.gov_admin_staff_added({ name: (await createStaffMember(db, actor, fields)).name })),
	deplacer: (event) =>
		governanceAction(event, 'move', async ({ db, actor, fields }) => {
			await moveStaffMember(db, actor, fields.id, fields.direction, quebecToday());
			return m.gov_admin_moved();
		})
};
