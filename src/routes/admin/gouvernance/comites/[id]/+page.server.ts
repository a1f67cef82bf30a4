import { quebecToday } from '$lib/fiscal-year';
import { formatDate } from '$lib/format';
import { m } from '$lib/paraglide/messages.js';
import { orHttpError } from '$lib/server/http';
import { requirePermission } from '$lib/server/modules/accounts/guards';
import {
	addCommitteeMember,
	deleteCommittee,
	endCommittee,
	getCommittee,
	moveCommitteeMember,
	removeCommitteeMember,
	updateCommittee
} from '$lib/server/modules/membership/governance/committees';
import { GOVERNANCE_PERMISSION } from '$lib/server/modules/membership/governance/records';
import { platform } from '$lib/server/platform/runtime';
import { governanceAction, recordActions } from '../../actions';
import { governancePaths } from '../../paths';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ locals, url, params }) => {
	const { actor } = requirePermission(locals, url, GOVERNANCE_PERMISSION);
	return { ...(await orHttpError(getCommittee(platform().database.db, actor, params.id))), today: quebecToday() };
};

export const actions: Actions = {
	...recordActions(
		{ update: updateCommittee, end: endCommittee, remove: deleteCommittee },
		{
			saved: () => m.gov_admin_committee_saved(),
			ended: (committee) => m.gov_admin_committee_ended({ date: formatDate(committee.endOn!) })
		},
		governancePaths.committees
	),
	membre: (event) =>
		governanceAction(event, 'member', async ({ db, actor, fields }) =>
			m.gov_admin_member_added({ name: (await addCommitteeMember(db, actor, event.params.id, fields)).personName })
		),
	deplacer: (event) =>
		governanceAction(event, 'move', async ({ db, actor, fields }) => {
			await moveCommitteeMember(db, actor, event.params.id, fields.id, fields.direction);
			return m.gov_admin_moved();
		}),
	retirer: (event) =>
		governanceAction(event, 'remove', async ({ db, actor, fields }) =>
			m.gov_admin_member_removed({ name: (await removeCommitteeMember(db, actor, event.params.id, fields.id)).personName })
		)
};
