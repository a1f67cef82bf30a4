import { quebecToday } from '$lib/fiscal-year';
import { m } from '$lib/paraglide/messages.js';
import { requirePermission } from '$lib/server/modules/accounts/guards';
import {
	createAccompanimentMember,
	listAccompanimentByRegion,
	moveAccompanimentMember
} from '$lib/server/modules/membership/governance/accompaniment';
import { GOVERNANCE_PERMISSION } from '$lib/server/modules/membership/governance/records';
import { listRegionNames } from '$lib/server/modules/territory/service';
import { platform } from '$lib/server/platform/runtime';
import { governanceAction } from '../actions';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ locals, url }) => {
	const { actor } = requirePermission(locals, url, GOVERNANCE_PERMISSION);
	const db = platform().database.db;
	const [regions, listing] = await Promise.all([listRegionNames(db), listAccompanimentByRegion(db, actor, quebecToday())]);
	return { regions, listing, deleted: url.searchParams.has('supprime') };
};

export const actions: Actions = {
	ajouter: (event) =>
		governanceAction(event, 'add', async ({ db, actor, fields }) => {
			const added = await createAccompanimentMember(db, actor, fields);
			const regionName = (await listRegionNames(db)).find((region) => region.code === added.regionCode)?.name ?? added.regionCode;
			return m.gov_admin_accompaniment_added({ name: added.name, region: regionName });
		}),
	deplacer: (event) =>
		governanceAction(event, 'move', async ({ db, actor, fields }) => {
			await moveAccompanimentMember(db, actor, fields.id, fields.direction, quebecToday());
			return m.gov_admin_moved();
		})
};
