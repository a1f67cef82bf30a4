import { m } from '$lib/paraglide/messages.js';
import { requirePermission } from '$lib/server/modules/accounts/guards';
import { createCommittee, listCommittees, moveCommittee } from '$lib/server/modules/membership/governance/committees';
import { GOVERNANCE_PERMISSION } from '$lib/server/modules/membership/governance/records';
import { platform } from '$lib/server/platform/runtime';
import { governanceAction } from '../actions';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ locals, url }) => {
	const { actor } = requirePermission(locals, url, GOVERNANCE_PERMISSION);
	return { committees: await listCommittees(platform().database.db, actor), deleted: url.searchParams.has('supprime') };
};

export const actions: Actions = {
	ajouter: (event) =>
		governanceAction(event, 'add', async ({ db, actor, fields }) => m.gov_admin_committee_added({ name: (await createCommittee(db, actor, fields)).name })),
	deplacer: (event) =>
		governanceAction(event, 'move', async ({ db, actor, fields }) => {
			await moveCommittee(db, actor, fields.id, fields.direction);
			return m.gov_admin_moved();
		})
};
