import { m } from '$lib/paraglide/messages.js';
import { orHttpError } from '$lib/server/http';
import { requirePermission } from '$lib/server/modules/accounts/guards';
import { getCommitteeMember, updateCommitteeMember } from '$lib/server/modules/membership/governance/committees';
import { GOVERNANCE_PERMISSION } from '$lib/server/modules/membership/governance/records';
import { platform } from '$lib/server/platform/runtime';
import { governanceAction } from '../../../../actions';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ locals, url, params }) => {
	const { actor } = requirePermission(locals, url, GOVERNANCE_PERMISSION);
	return orHttpError(getCommitteeMember(platform().database.db, actor, params.id, params.memberId));
};

export const actions: Actions = {
	enregistrer: (event) =>
		governanceAction(event, 'edit', async ({ db, actor, fields }) =>
			m.gov_admin_member_saved({ name: (await updateCommitteeMember(db, actor, event.params.id, event.params.memberId, fields)).personName })
		)
};
