import { m } from '$lib/paraglide/messages.js';
import { orHttpError } from '$lib/server/http';
import { requirePermission } from '$lib/server/modules/accounts/guards';
import { createMandate, deleteSeat, getSeat, updateSeat } from '$lib/server/modules/membership/governance/board';
import { GOVERNANCE_PERMISSION } from '$lib/server/modules/membership/governance/records';
import { listPopulationClasses } from '$lib/server/modules/territory/service';
import { platform } from '$lib/server/platform/runtime';
import { deletion, governanceAction } from '../../../actions';
import { governancePaths } from '../../../paths';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ locals, url, params }) => {
	const { actor } = requirePermission(locals, url, GOVERNANCE_PERMISSION);
	const db = platform().database.db;
	const [{ seat, mandates }, populationClasses] = await Promise.all([orHttpError(getSeat(db, actor, params.id)), listPopulationClasses(db)]);
	return { seat, mandates, populationClasses, deleted: url.searchParams.has('supprime') };
};

export const actions: Actions = {
	enregistrer: (event) =>
		governanceAction(event, 'edit', async ({ db, actor, fields }) => {
			await updateSeat(db, actor, event.params.id, fields);
			return m.gov_admin_seat_saved();
		}),
	mandat: (event) =>
		governanceAction(event, 'mandate', async ({ db, actor, fields }) =>
			m.gov_admin_mandate_added({ name: (await createMandate(db, actor, event.params.id, fields)).personName })
		),
	supprimer: (event) => deletion(event, (db, actor) => deleteSeat(db, actor, event.params.id), governancePaths.board)
};
