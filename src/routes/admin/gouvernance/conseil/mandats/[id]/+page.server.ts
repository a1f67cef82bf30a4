import { quebecToday } from '$lib/fiscal-year';
import { formatDate } from '$lib/format';
import { m } from '$lib/paraglide/messages.js';
import { orHttpError } from '$lib/server/http';
import { requirePermission } from '$lib/server/modules/accounts/guards';
import { deleteMandate, endMandate, getMandate, updateMandate } from '$lib/server/modules/membership/governance/board';
import { GOVERNANCE_PERMISSION } from '$lib/server/modules/membership/governance/records';
import { platform } from '$lib/server/platform/runtime';
import { recordActions } from '../../../actions';
import { governancePaths } from '../../../paths';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ locals, url, params }) => {
	const { actor } = requirePermission(locals, url, GOVERNANCE_PERMISSION);
	return { ...(await orHttpError(getMandate(platform().database.db, actor, params.id))), today: quebecToday() };
};

export const actions: Actions = recordActions(
	{ update: updateMandate, end: endMandate, remove: deleteMandate },
	{
		saved: () => m.gov_admin_mandate_saved(),
		ended: (mandate) => m.gov_admin_mandate_ended({ name: mandate.personName, date: formatDate(mandate.endOn!) })
	},
	(mandate) => governancePaths.seat(mandate.seatId)
);
