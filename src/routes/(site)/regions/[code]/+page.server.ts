import { localizeHref } from '$lib/paraglide/runtime';
import { orHttpError } from '$lib/server/http';
import { assertCan } from '$lib/server/platform/permissions';
import { platform } from '$lib/server/platform/runtime';
import { getRegion, regionMap } from '$lib/server/modules/territory/service';
import type { PageServerLoad } from './$types';

// Nothing here needs JavaScript: skipping hydration also spares the browser a second copy of the map's paths.
export const csr = false;

export const load: PageServerLoad = async ({ params, locals }) => {
	assertCan(locals.actor, 'territory.read');
	const db = platform().database.db;
	const region = await orHttpError(getRegion(db, params.code));
	const map = await regionMap(db, region.code);
	const directoryHref = (territoryCode: string) => localizeHref(`/municipalites?region=${region.code}&mrc=${territoryCode}`);
	return {
		region,
		territories: region.territoryList.map((territory) => ({
			...territory,
			directoryHref: directoryHref(territory.code),
			members: region.municipalityList.filter((entry) => entry.territoryCode === territory.code)
		})),
		map: {
			width: map.width,
			height: map.height,
			outline: map.outline,
			areas: map.areas.map((area) => ({ ...area, href: directoryHref(area.code) }))
		}
	};
};
