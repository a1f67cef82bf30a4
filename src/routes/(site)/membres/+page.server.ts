import { quebecToday } from '$lib/fiscal-year';
import { memberMap, memberPortraits } from '$lib/server/modules/membership/portrait/portrait';
import { portraitTables } from '$lib/server/modules/membership/portrait/tables';
import { assertCan } from '$lib/server/platform/permissions';
import { platform } from '$lib/server/platform/runtime';
import type { PageServerLoad } from './$types';

// Tables and a drawn map: nothing to hydrate.
export const csr = false;

export const load: PageServerLoad = async ({ locals }) => {
	assertCan(locals.actor, 'membership.read');
	const db = platform().database.db;
	const on = quebecToday();
	const [portrait] = await memberPortraits(db, [on]);
	return { on, total: portrait.total, byGroup: portrait.byGroup, tables: portraitTables(portrait), map: await memberMap(db, portrait.municipalityCodes) };
};
