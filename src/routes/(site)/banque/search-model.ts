import { itemPath, programmeWindow, type ItemKind } from '$lib/catalogue';
import { redirect } from '@sveltejs/kit';
import { formatNumber, populationClassLabel } from '$lib/format';
import { m } from '$lib/paraglide/messages.js';
import { localizeHref } from '$lib/paraglide/runtime';
import type { Database } from '$lib/server/db/types';
import { kindLabel } from '$lib/server/modules/catalogue/labels';
import {
	CATALOGUE_FACETS,
	CATALOGUE_SORTS,
	PARAMETERS,
	catalogueQueryString,
	parseCatalogueQuery,
	toggleFacetValue,
	type CatalogueFacet,
	type CatalogueQuery,
	type CatalogueSort
} from '$lib/server/modules/catalogue/query';
import { loadSearchContext, searchCatalogue, type CatalogueSearchResult, type SearchContext } from '$lib/server/modules/catalogue/search';
import { municipalitiesNamed } from '$lib/server/modules/territory/service';
import { catalogueProblemMessage } from './problem-messages';

export const facetLabels: Record<CatalogueFacet, () => string> = {
	kinds: m.catalogue_facet_kinds,
	themes: m.catalogue_facet_themes,
	clienteles: m.catalogue_facet_clienteles,
	policyTypes: m.catalogue_facet_policy_types,
	regions: m.catalogue_facet_regions,
	populationClasses: m.catalogue_facet_population_classes,
	years: m.catalogue_facet_years
};

const sortLabels: Record<CatalogueSort, () => string> = {
	pertinence: m.catalogue_sort_pertinence,
	recent: m.catalogue_sort_recent,
	titre: m.catalogue_sort_titre
};

export const capitalised = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

/** The label of a facet value as people read it: a term's label, a region's name, a size range, a year. */
export function valueLabel(facet: CatalogueFacet, value: string, context: SearchContext): string {
	switch (facet) {
		case 'kinds':
			return capitalised(kindLabel(value as ItemKind, 'plural'));
		case 'themes':
			return context.terms.bySlug('theme', value)?.label ?? value;
		case 'clienteles':
			return context.terms.bySlug('clientele', value)?.label ?? value;
		case 'policyTypes':
			return context.terms.bySlug('policy_type', value)?.label ?? value;
		case 'regions':
			return context.regions.find((entry) => entry.code === value)?.name ?? value;
		case 'populationClasses': {
			const found = context.classes.find((entry) => String(entry.id) === value);
			return found ? populationClassLabel(found) : value;
		}
		default:
			return value;
	}
}

export type ResultCard = {
	id: number;
	href: string;
	kind: ItemKind;
	kindLabel: string;
	title: string;
	excerpt: string;
	place: string | null;
	year: number | null;
	tags: string[];
	window: { state: string; label: string } | null;
	award: string | null;
	isDemo: boolean;
};

export function windowLabel(opensOn: string | null, closesOn: string | null, today = new Date()): { state: string; label: string } {
	const window = programmeWindow(opensOn, closesOn, today);
	switch (window.state) {
		case 'upcoming':
			return { state: window.state, label: m.programme_upcoming({ count: window.days!, days: formatNumber(window.days!) }) };
		case 'closing':
			return { state: window.state, label: window.days === 0 ? m.programme_closes_today() : m.programme_closing({ count: window.days!, days: formatNumber(window.days!) }) };
		case 'closed':
			return { state: window.state, label: m.programme_closed() };
		case 'continuous':
			return { state: window.state, label: m.programme_continuous() };
		default:
			return { state: window.state, label: m.programme_open() };
	}
}

function toCards(result: CatalogueSearchResult, context: SearchContext): ResultCard[] {
	return result.items.map((item) => ({
		id: item.id,
		href: localizeHref(itemPath(item.kind, item.id)),
		kind: item.kind,
		kindLabel: kindLabel(item.kind),
		title: item.title,
		excerpt: item.excerpt,
		place: [item.placeName, item.regionName].filter(Boolean).join(', ') || item.funder,
		year: item.year,
		tags: [...item.themeIds, ...item.clienteleIds].map((id) => context.terms.byId.get(id)?.label).filter((label): label is string => Boolean(label)),
		window: item.kind === 'programme' ? windowLabel(item.opensOn, item.closesOn) : null,
		award: item.awardCategory ? m.catalogue_award({ category: item.awardCategory, year: String(item.awardYear ?? '') }) : null,
		isDemo: item.isDemo
	}));
}

/** The form's free-text field for « comme la mienne »; the URL then holds the municipality's code. */
export const LIKE_NAME_PARAMETER = 'ma-municipalite';

type Chip = { label: string; href: string; facet: CatalogueFacet | 'text' | 'like' };

/**
 * Everything the search page shows, from the URL. `fixedKind` is set on a type page
 * (/banque/mesures), whose kind is part of the path rather than of the query.
 */
export async function loadSearchPage(db: Database, url: URL, fixedKind: ItemKind | null) {
	const basePath = fixedKind ? url.pathname.replace(/\/$/, '') : localizeHref('/banque');
	const parsed = parseCatalogueQuery(url.searchParams, fixedKind);
	const likeName = url.searchParams.get(LIKE_NAME_PARAMETER)?.trim().slice(0, 100) ?? '';
	let likeChoices: { name: string; detail: string; href: string }[] = [];
	let likeError: string | null = null;
	if (likeName) {
		const { items: found } = await municipalitiesNamed(db, likeName);
		const nextQuery = { ...parsed.query, page: 1 };
		if (found.length === 1) redirect(303, basePath + catalogueQueryString({ ...nextQuery, like: found[0].code }, {}, fixedKind));
		if (found.length === 0) likeError = m.catalogue_like_not_found({ name: likeName });
		likeChoices = found.map((entry) => ({
			name: entry.name,
			detail: `${entry.territoryName}, ${entry.regionName}`,
			href: basePath + catalogueQueryString({ ...nextQuery, like: entry.code }, {}, fixedKind)
		}));
		parsed.query.like = null;
	}
	const context = await loadSearchContext(db);
	const result = await searchCatalogue(db, parsed.query, { context });
	const { query } = result;
	const hrefWith = (changes: Partial<CatalogueQuery>) => basePath + catalogueQueryString(query, { page: 1, ...changes }, fixedKind);

	const chips: Chip[] = [];
	if (query.text) chips.push({ facet: 'text', label: m.catalogue_chip_text({ text: query.text }), href: hrefWith({ text: '' }) });
	for (const facet of CATALOGUE_FACETS) {
		if (facet === 'kinds' && fixedKind) continue;
		for (const value of query[facet] as (string | number)[]) {
			chips.push({ facet, label: valueLabel(facet, String(value), context), href: hrefWith(toggleFacetValue(query, facet, value)) });
		}
	}
	if (result.like) chips.push({ facet: 'like', label: m.catalogue_chip_like({ name: result.like.name }), href: hrefWith({ like: null }) });

	// When nothing matches, say what each filter would give back if removed.
	const recovery =
		result.total === 0 && chips.length > 0
			? await Promise.all(
					chips.filter((chip) => chip.facet !== 'like').map(async (chip) => {
						const without = parseCatalogueQuery(new URL(chip.href, url).searchParams, fixedKind).query;
						const { total } = await searchCatalogue(db, without, { context, pageSize: 1 });
						return { ...chip, total };
					})
				)
			: [];

	const facets = CATALOGUE_FACETS.filter((facet) => !(facet === 'kinds' && fixedKind)).map((facet) => ({
		facet,
		name: PARAMETERS[facet],
		label: facetLabels[facet](),
		selectedCount: (query[facet] as unknown[]).length,
		values: result.facets[facet].map((entry) => ({ ...entry, label: valueLabel(facet, entry.value, context) }))
	}));

	const exportQuery = catalogueQueryString(query, { page: 1 }, null);
	return {
		query,
		fixedKind,
		basePath,
		total: result.total,
		pageCount: result.pageCount,
		items: toCards(result, context),
		facets,
		chips,
		recovery,
		corrections: result.corrections,
		relaxed: result.relaxed,
		like: result.like,
		problems: [...parsed.problems, ...result.problems].map(catalogueProblemMessage),
		likeName: likeName || (result.like?.name ?? ''),
		likeChoices,
		likeError,
		// The first choice is the default order (by relevance, or newest first when there is no text), so that
		// typing a query after browsing does not keep « newest » as if it had been chosen.
		sorts: [{ value: '', label: sortLabels.pertinence() }, ...CATALOGUE_SORTS.filter((value) => value !== 'pertinence').map((value) => ({ value, label: sortLabels[value]() }))],
		sortChosen: url.searchParams.has(PARAMETERS.sort) && query.sort !== 'pertinence',
		canonicalHref: hrefWith({ page: query.page }),
		clearHref: basePath,
		searchCountHref: localizeHref('/banque/recherches'),
		exportHrefs: {
			xlsx: localizeHref('/banque/export.xlsx') + exportQuery,
			csv: localizeHref('/banque/export.csv') + exportQuery
		},
		kindTabs: [
			{ href: localizeHref('/banque') + catalogueQueryString(query, { page: 1, kinds: [] }, null), label: m.catalogue_tab_all(), current: fixedKind === null },
			...(['mesure', 'initiative', 'programme', 'outil'] as const).map((kind) => ({
				href: localizeHref(itemPath(kind, 0).replace(/\/0$/, '')) + catalogueQueryString(query, { page: 1 }, kind),
				label: capitalised(kindLabel(kind, 'plural')),
				current: fixedKind === kind
			}))
		]
	};
}

export type SearchPageData = Awaited<ReturnType<typeof loadSearchPage>>;
