import { populationClassLabel } from '$lib/format';
import { m } from '$lib/paraglide/messages.js';
import { localizeHref } from '$lib/paraglide/runtime';
import { assertCan } from '$lib/server/platform/permissions';
import { platform } from '$lib/server/platform/runtime';
import {
	listPopulationClasses,
	listRegionNames,
	listTerritoryNames,
	searchMunicipalities
} from '$lib/server/modules/territory/service';
import { MUNICIPALITY_SORTS, municipalityQueryString, parseMunicipalityQuery, type MunicipalitySort } from '$lib/server/modules/territory/validation';
import type { PageServerLoad } from './$types';
import { problemMessage } from './problem-messages';

const sortLabels: Record<MunicipalitySort, () => string> = {
	pertinence: m.sort_pertinence,
	nom: m.sort_nom,
	'population-decroissante': m.sort_population_decroissante,
	'population-croissante': m.sort_population_croissante,
	'superficie-decroissante': m.sort_superficie_decroissante
};

export const load: PageServerLoad = async ({ url, locals }) => {
	assertCan(locals.actor, 'territory.read');
	const db = platform().database.db;
	const parsed = parseMunicipalityQuery(url.searchParams);
	const [result, regions, classes] = await Promise.all([
		searchMunicipalities(db, parsed.query),
		listRegionNames(db),
		listPopulationClasses(db)
	]);
	const { query } = result;
	const territories = await listTerritoryNames(db, query.regionCode);
	const hrefWith = (changes: Parameters<typeof municipalityQueryString>[1]) =>
		localizeHref('/municipalites') + municipalityQueryString(query, { page: 1, ...changes });

	const chips = [
		query.text && { label: m.directory_chip_text({ text: query.text }), href: hrefWith({ text: '' }) },
		query.regionCode && {
			label: regions.find((entry) => entry.code === query.regionCode)?.name ?? query.regionCode,
			href: hrefWith({ regionCode: null, territoryCode: null })
		},
		query.territoryCode && {
			label: territories.find((entry) => entry.code === query.territoryCode)?.name ?? query.territoryCode,
			href: hrefWith({ territoryCode: null })
		},
		query.populationClassId && {
			label: populationClassLabel(classes.find((entry) => entry.id === query.populationClassId)!),
			href: hrefWith({ populationClassId: null })
		}
	].filter((chip): chip is { label: string; href: string } => Boolean(chip));

	return {
		query,
		items: result.items,
		total: result.total,
		pageCount: result.pageCount,
		problems: [...parsed.problems, ...result.problems].map(problemMessage),
		regions,
		territories,
		classes: classes.map((entry) => ({ id: entry.id, label: populationClassLabel(entry) })),
		chips,
		sorts: MUNICIPALITY_SORTS.map((value) => ({ value, label: sortLabels[value]() })),
		/** The corrected state of the URL, from which the page builds its pagination links. */
		canonicalHref: hrefWith({})
	};
};
