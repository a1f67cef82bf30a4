import { m } from '$lib/paraglide/messages.js';
import { localizeHref } from '$lib/paraglide/runtime';
import { modules } from '$lib/server/platform/modules';
import { platform } from '$lib/server/platform/runtime';
import { SITE_SEARCH_MAX, searchSite } from '$lib/server/platform/search';
import type { PageServerLoad } from './$types';

const kindLabels: Record<string, () => string> = {
	region: m.search_kind_region,
	territory: m.search_kind_territory,
	municipality: m.search_kind_municipality
};

export const load: PageServerLoad = async ({ url }) => {
	const text = (url.searchParams.get('q') ?? '').trim().slice(0, SITE_SEARCH_MAX);
	const hits = await searchSite(platform().database.db, modules, text);
	return {
		text,
		hits: hits.map((hit) => ({ ...hit, href: localizeHref(hit.href), kindLabel: kindLabels[hit.kind]?.() ?? hit.kind }))
	};
};
