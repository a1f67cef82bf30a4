import { kindOfPath } from '$lib/catalogue';
import { assertCan } from '$lib/server/platform/permissions';
import { platform } from '$lib/server/platform/runtime';
import type { PageServerLoad } from './$types';
import { countCatalogueVisit } from '../audience';
import { loadSearchPage } from '../search-model';

export const load: PageServerLoad = async (event) => {
	assertCan(event.locals.actor, 'catalogue.read');
	const page = await loadSearchPage(platform().database.db, event.url, kindOfPath(event.params.type));
	await countCatalogueVisit(event, { active: page.chips.length > 0, total: page.total });
	return page;
};
