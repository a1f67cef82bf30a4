import { quebecToday } from '$lib/fiscal-year';
import { m } from '$lib/paraglide/messages.js';
import { requirePermission } from '$lib/server/modules/accounts/guards';
import { createSeat, listSeats, moveSeat } from '$lib/server/modules/membership/governance/board';
import { GOVERNANCE_PERMISSION } from '$lib/server/modules/membership/governance/records';
import { listPopulationClasses } from '$lib/server/modules/territory/service';
import { platform } from '$lib/server/platform/runtime';
import { governanceAction } from '../actions';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ locals, url }) => {
	const { actor } = requirePermission(locals, url, GOVERNANCE_PERMISSION);
	const db = platform().database.db;
	const [seats, populationClasses] = await Promise.all([listSeats(db, actor, quebecToday()), listPopulationClasses(db)]);
	return { seats, populationClasses, deleted: url.searchParams.has('supprime') };
};

export const actions: Actions = {
	ajouter: (event) => governanceAction(event, 'add', async ({ db, actor, fields }) => m.gov_admin_seat_added({ label: (await createSeat(db, actor, fields)).label })),
	deplacer: (event) =>
		governanceAction(event, 'move', async ({ db, actor, fields }) => {
			await moveSeat(db, actor, fields.id, fields.direction);
			return m.gov_admin_moved();
		})
};
