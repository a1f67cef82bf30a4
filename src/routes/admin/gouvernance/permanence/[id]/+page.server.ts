import { quebecToday } from '$lib/fiscal-year';
import { formatDate } from '$lib/format';
import { m } from '$lib/paraglide/messages.js';
import { orHttpError } from '$lib/server/http';
import { requirePermission } from '$lib/server/modules/accounts/guards';
import { GOVERNANCE_PERMISSION } from '$lib/server/modules/membership/governance/records';
import { deleteStaffMember, endStaffMember, getStaffMember, updateStaffMember } from '$lib/server/modules/membership/governance/staff';
import { platform } from '$lib/server/platform/runtime';
import { recordActions } from '../../actions';
import { governancePaths } from '../../paths';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ locals, url, params }) => {
	const { actor } = requirePermission(locals, url, GOVERNANCE_PERMISSION);
	return { person: await orHttpError(getStaffMember(platform().database.db, actor, params.id)), today: quebecToday() };
};

export const actions: Actions = recordActions(
	{ update: updateStaffMember, end: endStaffMember, remove: deleteStaffMember },
	{
		saved: (person) => m.gov_admin_staff_saved({ name: person.name }),
		ended: (person) => m.gov_admin_staff_ended({ name: person.name, date: formatDate(person.endOn!) })
	},
	governancePaths.staff
);
