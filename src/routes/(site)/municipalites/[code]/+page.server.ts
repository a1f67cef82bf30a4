import { localizeHref } from '$lib/paraglide/runtime';
import { orHttpError } from '$lib/server/http';
import { municipalitySections } from '$lib/server/platform/sections';
import { assertCan } from '$lib/server/platform/permissions';
import { platform } from '$lib/server/platform/runtime';
import { getMunicipality, regionMap } from '$lib/server/modules/territory/service';
import type { PageServerLoad } from './$types';

// Nothing here needs JavaScript: skipping hydration also spares the browser a second copy of the map's paths.
export const csr = false;

export const load: PageServerLoad = async ({ params, locals }) => {
	assertCan(locals.actor, 'territory.read');
	const db = platform().database.db;
	const sheet = await orHttpError(getMunicipality(db, params.code));
	const [map, sections] = await Promise.all([regionMap(db, sheet.regionCode), municipalitySections(db, sheet.code)]);
	const point = sheet.longitude !== null && sheet.latitude !== null ? map.locate(sheet.longitude, sheet.latitude) : null;
	return {
		sheet,
		sections: sections.map((section) => ({
			...section,
			items: section.items.map((item) => ({ ...item, href: item.href && localizeHref(item.href) }))
		})),
		map: {
			width: map.width,
			height: map.height,
			outline: map.outline,
			areas: map.areas.map((area) => ({ ...area, highlighted: area.code === sheet.territoryCode })),
			point: point && { ...point, label: sheet.name }
		}
	};
};
