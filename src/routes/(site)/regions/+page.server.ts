import { localizeHref } from '$lib/paraglide/runtime';
import { assertCan } from '$lib/server/platform/permissions';
import { platform } from '$lib/server/platform/runtime';
import { listRegions, quebecMap } from '$lib/server/modules/territory/service';
import type { PageServerLoad } from './$types';

// Nothing here needs JavaScript: skipping hydration also spares the browser a second copy of the map's paths.
export const csr = false;

export const load: PageServerLoad = async ({ locals }) => {
	assertCan(locals.actor, 'territory.read');
	const db = platform().database.db;
	const [regions, map] = await Promise.all([listRegions(db), quebecMap(db)]);
	return {
		regions,
		map: {
			width: map.width,
			height: map.height,
			outline: map.outline,
			areas: map.areas.map((area) => ({ ...area, href: localizeHref(`/regions/${area.code}`) }))
		}
	};
};
