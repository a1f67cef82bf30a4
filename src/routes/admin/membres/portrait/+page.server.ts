import { addDays, quebecMidnight } from '$lib/fiscal-year';
import { requirePermission } from '$lib/server/modules/accounts/guards';
import { portraitTables } from '$lib/server/modules/membership/portrait/tables';
import { membershipFigures } from '$lib/server/modules/membership/stats';
import { platform } from '$lib/server/platform/runtime';
import { portraitsAsked } from './portrait-load';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ locals, url }) => {
	requirePermission(locals, url, 'membership.manage');
	const db = platform().database.db;
	const { typed, invalid, on, previousOn, current, previous } = await portraitsAsked(db, url);
	const movement = await membershipFigures(db, { start: quebecMidnight(addDays(previousOn, 1)), end: quebecMidnight(addDays(on, 1)) });
	return {
		typed,
		invalid,
		on,
		previousOn,
		total: { current: current.total, previous: previous.total },
		tables: portraitTables(current, previous),
		movement: { from: addDays(previousOn, 1), to: on, joined: movement.joined, renewed: movement.renewed, lapsed: movement.lapsed }
	};
};
