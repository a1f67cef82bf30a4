import { quebecToday } from '$lib/fiscal-year';
import { formatDate } from '$lib/format';
import { m } from '$lib/paraglide/messages.js';
import { orHttpError } from '$lib/server/http';
import { requirePermission } from '$lib/server/modules/accounts/guards';
import {
	deleteAccompanimentMember,
	endAccompanimentMember,
	getAccompanimentMember,
	updateAccompanimentMember
} from '$lib/server/modules/membership/governance/accompaniment';
import { GOVERNANCE_PERMISSION } from '$lib/server/modules/membership/governance/records';
import { listRegionNames } from '$lib/server/modules/territory/service';
import { platform } from '$lib/server/platform/runtime';
import { recordActions } from '../../actions';
import { governancePaths } from '../../paths';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ locals, url, params }) => {
	const { actor } = requirePermission(locals, url, GOVERNANCE_PERMISSION);
	const db = platform().database.db;
	const [person, regions] = await Promise.all([orHttpError(getAccompanimentMember(db, actor, params.id)), listRegionNames(db)]);
	return { person, regions, today: quebecToday() };
};

export const actions: Actions = recordActions(
	{ update: updateAccompanimentMember, end: endAccompanimentMember, remove: deleteAccompanimentMember },
	{
		saved: (person) => m.gov_admin_accompaniment_saved({ name: person.name }),
		ended: (person) => m.gov_admin_accompaniment_ended({ name: person.name, date: formatDate(person.endOn!) })
	},
	governancePaths.accompaniment
);
