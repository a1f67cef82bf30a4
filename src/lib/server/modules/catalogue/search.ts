import { sql, type SQL } from 'drizzle-orm';
import { HIGHLIGHT_END, HIGHLIGHT_START } from '$lib/catalogue';
import { selectRows, type Database } from '../../db/types';
import { pageWindow } from '../../platform/pagination';
import { listPopulationClasses, listRegionNames, type PopulationClass } from '../territory/service';
import { CATALOGUE_FACETS, CATALOGUE_PAGE_SIZE, PARAMETERS, type CatalogueFacet, type CatalogueProblem, type CatalogueQuery } from './query';
import { CATALOGUE_KINDS, type CatalogueKind } from './schema';
import { loadTerms, type TermIndex } from './terms';
import { interpretText, type Correction } from './text-query';
import { currentFacetSnapshot, type FacetSnapshot } from './facet-index';
import { matchText, ranksOf } from './text-match';
import { firstInOrder, populationClassesOf, tallyFacets, type FacetSelection } from './result-set';
import type { Vocabulary } from './taxonomy-seed';

export type FacetCount = { value: string; count: number; selected: boolean };

export type CatalogueCard = {
	id: number;
	kind: CatalogueKind;
	title: string;
	/** With HIGHLIGHT_START / HIGHLIGHT_END around matched words when the search has text. */
	excerpt: string;
	placeName: string | null;
	regionCode: string | null;
	regionName: string | null;
	year: number | null;
	themeIds: number[];
	clienteleIds: number[];
	policyTypeId: number | null;
	opensOn: string | null;
	closesOn: string | null;
	awardCategory: string | null;
	awardYear: number | null;
	funder: string | null;
	isDemo: boolean;
};

/** The municipality a « comme la mienne » search ranks around. */
export type LikeMunicipality = { code: string; name: string; regionCode: string; regionName: string; populationClassId: number | null };

export type CatalogueSearchResult = {
	query: CatalogueQuery;
	problems: CatalogueProblem[];
	items: CatalogueCard[];
	total: number;
	pageCount: number;
	facets: Record<CatalogueFacet, FacetCount[]>;
	corrections: Correction[];
	/** No item held every word, so items holding any of them are shown. */
	relaxed: boolean;
	like: LikeMunicipality | null;
};

export type SearchContext = {
	terms: TermIndex;
	regions: { code: string; name: string }[];
	classes: PopulationClass[];
	/** The bank's items as this context was read with: a search given the context needs no second version check. */
	snapshot: FacetSnapshot;
};

const contexts = new WeakMap<FacetSnapshot, Promise<SearchContext>>();

/**
 * The vocabularies, regions and population classes a search reads, kept with the bank's snapshot:
 * a change to any of them bumps the bank's version (triggers, migrations 0006 and 0008).
 */
export async function loadSearchContext(db: Database): Promise<SearchContext> {
	const snapshot = await currentFacetSnapshot(db);
	let context = contexts.get(snapshot);
	if (!context) {
		context = Promise.all([loadTerms(db), listRegionNames(db), listPopulationClasses(db)]).then(([terms, regions, classes]) => ({ terms, regions, classes, snapshot }));
		contexts.set(snapshot, context);
		context.catch(() => contexts.delete(snapshot));
	}
	return context;
}

const FACET_VOCABULARY: Partial<Record<CatalogueFacet, Vocabulary>> = { themes: 'theme', clienteles: 'clientele', policyTypes: 'policy_type' };

/** Drops facet values that name nothing known, each reported once. */
function resolveQuery(requested: CatalogueQuery, context: SearchContext): { query: CatalogueQuery; problems: CatalogueProblem[] } {
	const query: CatalogueQuery = { ...requested };
	const problems: CatalogueProblem[] = [];
	const keep = <T>(facet: CatalogueFacet, values: T[], known: (value: T) => boolean): T[] =>
		values.filter((value) => {
			if (known(value)) return true;
			problems.push({ field: PARAMETERS[facet], code: 'unknown', value: String(value) });
			return false;
		});
	for (const [facet, vocabulary] of Object.entries(FACET_VOCABULARY) as [CatalogueFacet, Vocabulary][]) {
		(query[facet] as string[]) = keep(facet, query[facet] as string[], (slug) => Boolean(context.terms.bySlug(vocabulary, slug)));
	}
	query.regions = keep('regions', query.regions, (code) => context.regions.some((entry) => entry.code === code));
	query.populationClasses = keep('populationClasses', query.populationClasses, (id) => context.classes.some((entry) => entry.id === id));
	return { query, problems };
}

/** The query's facet values in the snapshot's terms: term ids, kind and region indexes. */
function selectionOf(query: CatalogueQuery, context: SearchContext, snapshot: FacetSnapshot): FacetSelection {
	const chosen = (values: number[]) => (values.length ? new Set(values) : null);
	const ids = (vocabulary: Vocabulary, slugs: string[]) => slugs.map((slug) => context.terms.bySlug(vocabulary, slug)!.id);
	return {
		kinds: chosen(query.kinds.map((kind) => CATALOGUE_KINDS.indexOf(kind))),
		themes: chosen(ids('theme', query.themes)),
		clienteles: chosen(ids('clientele', query.clienteles)),
		policyTypes: chosen(ids('policy_type', query.policyTypes)),
		// A region no published item is in matches nothing: index -2 is never stored.
		regions: chosen(query.regions.map((code) => (snapshot.regionCodes.includes(code) ? snapshot.regionCodes.indexOf(code) : -2))),
		populationClasses: chosen(query.populationClasses),
		years: chosen(query.years)
	};
}

const idArray = (values: readonly number[]) => sql.raw(`'{${values.map((value) => Math.trunc(Number(value))).join(',')}}'::int[]`);

/**
 * The query's facets as one SQL condition on catalogue_item, so that only items that will be
 * shown are ranked: ranking reads each item's search vector, and a broad word matches most of the bank.
 */
function facetCondition(query: CatalogueQuery, context: SearchContext): SQL {
	const ids = (vocabulary: Vocabulary, slugs: string[]) => slugs.map((slug) => context.terms.bySlug(vocabulary, slug)!.id);
	const conditions: SQL[] = [];
	const texts = (values: readonly string[]) => sql.join(values.map((value) => sql`${value}`), sql`, `);
	if (query.kinds.length) conditions.push(sql`kind in (${texts(query.kinds)})`);
	if (query.themes.length) conditions.push(sql`theme_ids && ${idArray(ids('theme', query.themes))}`);
	if (query.clienteles.length) conditions.push(sql`clientele_ids && ${idArray(ids('clientele', query.clienteles))}`);
	if (query.policyTypes.length) conditions.push(sql`policy_type_id = any(${idArray(ids('policy_type', query.policyTypes))})`);
	if (query.regions.length) conditions.push(sql`region_code in (${texts(query.regions)})`);
	if (query.years.length) conditions.push(sql`year = any(${idArray(query.years)})`);
	if (query.populationClasses.length) {
		const ranges = context.classes
			.filter((entry) => query.populationClasses.includes(entry.id))
			.map((entry) => (entry.maxPopulation === null ? sql`population >= ${entry.minPopulation}` : sql`population between ${entry.minPopulation} and ${entry.maxPopulation}`));
		conditions.push(sql`(${sql.join(ranges, sql` or `)})`);
	}
	return conditions.length ? sql.join(conditions, sql` and `) : sql`true`;
}

/** The order of results: « comme la mienne » first when asked, then the chosen sort, then the newest id. */
function comparator(query: CatalogueQuery, snapshot: FacetSnapshot, classIds: Int32Array, rank: Float64Array | null, like: LikeMunicipality | null): (a: number, b: number) => number {
	const { ids, year, recency, alphabetical, region } = snapshot;
	const likeRegion = like ? snapshot.regionCodes.indexOf(like.regionCode) : -2;
	const likeClass = like?.populationClassId ?? -2;
	const likeness = (position: number) => {
		const sameClass = classIds[position] === likeClass;
		const sameRegion = likeRegion >= 0 && region[position] === likeRegion;
		return (sameClass && sameRegion ? 4 : 0) + (sameClass ? 2 : 0) + (sameRegion ? 1 : 0);
	};
	let order: (a: number, b: number) => number;
	if (query.sort === 'titre') order = (a, b) => alphabetical[a] - alphabetical[b];
	else if (query.sort === 'recent' || !rank) order = (a, b) => recency[a] - recency[b];
	else order = (a, b) => rank[b] - rank[a] || year[b] - year[a] || ids[b] - ids[a];
	return like ? (a, b) => likeness(b) - likeness(a) || order(a, b) : order;
}

const HEADLINE_OPTIONS = `StartSel=${HIGHLIGHT_START}, StopSel=${HIGHLIGHT_END}, MaxWords=40, MinWords=20, ShortWord=2, MaxFragments=1`;

/** The cards of the given items, in the given order, with matched words highlighted unless `plain`. */
async function loadCards(db: Database, ids: readonly number[], tsquery: string | null, plain: boolean): Promise<CatalogueCard[]> {
	if (ids.length === 0) return [];
	const excerpt = tsquery && !plain ? sql`ts_headline('fr_unaccent', i.description, to_tsquery('fr_unaccent', ${tsquery}), ${HEADLINE_OPTIONS})` : sql`i.description`;
	const rows = await selectRows<Record<string, unknown>>(
		db,
		sql`select i.id, i.kind, i.title, ${excerpt} as excerpt,
				coalesce((select name from municipality where code = i.municipality_code), (select name from territory where code = i.territory_code)) as place_name,
				i.region_code, (select name from region where code = i.region_code) as region_name,
				i.year, i.theme_ids, i.clientele_ids, i.policy_type_id, i.opens_on::text, i.closes_on::text,
				i.award_category, i.award_year, i.funder, i.is_demo
			from catalogue_item i where i.id = any(${sql.raw(`'{${ids.map(Number).join(',')}}'::int[]`)}) and i.status = 'published'`
	);
	const byId = new Map(rows.map((row) => [row.id as number, row]));
	return ids.flatMap((id) => {
		const row = byId.get(id);
		if (!row) return [];
		return [
			{
				id,
				kind: row.kind as CatalogueKind,
				title: row.title as string,
				excerpt: plain ? (row.excerpt as string) : shorten(row.excerpt as string, 320),
				placeName: row.place_name as string | null,
				regionCode: row.region_code as string | null,
				regionName: row.region_name as string | null,
				year: row.year as number | null,
				themeIds: row.theme_ids as number[],
				clienteleIds: row.clientele_ids as number[],
				policyTypeId: row.policy_type_id as number | null,
				opensOn: row.opens_on as string | null,
				closesOn: row.closes_on as string | null,
				awardCategory: row.award_category as string | null,
				awardYear: row.award_year as number | null,
				funder: row.funder as string | null,
				isDemo: row.is_demo as boolean
			}
		];
	});
}

function shorten(text: string, max: number): string {
	if (text.length <= max) return text;
	const cut = text.lastIndexOf(' ', max);
	return `${text.slice(0, cut > max / 2 ? cut : max)}…`;
}

async function findLikeMunicipality(db: Database, code: string, context: SearchContext): Promise<LikeMunicipality | null> {
	const [row] = await selectRows<{ code: string; name: string; region_code: string; population: number }>(
		db,
		sql`select code, name, region_code, population from municipality where code = ${code}`
	);
	if (!row) return null;
	const populationClass = context.classes.find(
		(entry) => row.population >= entry.minPopulation && (entry.maxPopulation === null || row.population <= entry.maxPopulation)
	);
	return {
		code: row.code,
		name: row.name,
		regionCode: row.region_code,
		regionName: context.regions.find((entry) => entry.code === row.region_code)?.name ?? row.region_code,
		populationClassId: populationClass?.id ?? null
	};
}

function facetValues(facet: CatalogueFacet, counts: Map<string, number>, query: CatalogueQuery, context: SearchContext): FacetCount[] {
	const selected = new Set((query[facet] as (string | number)[]).map(String));
	const vocabulary = FACET_VOCABULARY[facet];
	let order: string[];
	let toValue = (key: string) => key;
	if (vocabulary) {
		// A retired term stays on the items that carry it but is no longer offered, unless already chosen.
		const terms = context.terms.of(vocabulary).filter((term) => !term.retired || selected.has(term.slug));
		order = terms.map((term) => String(term.id));
		toValue = (key) => context.terms.byId.get(Number(key))?.slug ?? key;
	} else if (facet === 'kinds') order = [...CATALOGUE_KINDS];
	else if (facet === 'regions') order = context.regions.map((entry) => entry.code);
	else if (facet === 'populationClasses') order = context.classes.map((entry) => String(entry.id));
	else order = [...counts.keys(), ...selected].sort((a, b) => Number(b) - Number(a));
	return [...new Set(order)]
		.map((key) => ({ value: toValue(key), count: counts.get(key) ?? 0 }))
		.map((entry) => ({ ...entry, selected: selected.has(entry.value) }))
		.filter((entry) => entry.count > 0 || entry.selected);
}

const NO_FACETS = Object.fromEntries(CATALOGUE_FACETS.map((facet) => [facet, []])) as unknown as Record<CatalogueFacet, FacetCount[]>;

/**
 * Searches the bank: French full text with stemming, accents and typos forgiven, facets with
 * counts, sort and pagination. PostgreSQL matches the text; the facets, counts and order come
 * from the bank's facet snapshot. Unknown facet values and a page past the end are reported and
 * corrected, so the caller always gets a usable result.
 */
export async function searchCatalogue(
	db: Database,
	requested: CatalogueQuery,
	options: {
		pageSize?: number;
		context?: SearchContext;
		/** False when only the items are wanted (the site-wide search box, exports). */
		facets?: boolean;
		/** Whole descriptions, without highlighting (the API, exports). */
		plain?: boolean;
	} = {}
): Promise<CatalogueSearchResult> {
	const pageSize = options.pageSize ?? CATALOGUE_PAGE_SIZE;
	const [context, text] = await Promise.all([options.context ?? loadSearchContext(db), interpretText(db, requested.text)]);
	const { snapshot } = context;
	const { query, problems } = resolveQuery(requested, context);

	let like: LikeMunicipality | null = null;
	if (query.like) {
		like = await findLikeMunicipality(db, query.like, context);
		if (!like) {
			problems.push({ field: PARAMETERS.like, code: 'unknown', value: query.like });
			query.like = null;
		}
	}

	const selection = selectionOf(query, context, snapshot);
	const classIds = populationClassesOf(snapshot, context.classes);
	const rankedWhen = query.sort === 'pertinence' ? facetCondition(query, context) : null;
	let tsquery = text.all;
	let match = tsquery ? await matchText(db, snapshot, tsquery, query.text, rankedWhen) : null;
	let tally = tallyFacets(snapshot, match?.positions ?? null, selection, classIds);
	let relaxed = false;
	if (tally.matching.length === 0 && text.words.length > 1 && text.any) {
		const looseMatch = await matchText(db, snapshot, text.any, query.text, rankedWhen);
		const loose = tallyFacets(snapshot, looseMatch.positions, selection, classIds);
		if (loose.matching.length > 0) {
			tsquery = text.any;
			match = looseMatch;
			tally = loose;
			relaxed = true;
		}
	}

	const total = tally.matching.length;
	const window = pageWindow(total, query.page, pageSize);
	if (window.page !== query.page) {
		problems.push({ field: PARAMETERS.page, code: 'past_last_page', value: String(query.page) });
		query.page = window.page;
	}
	const ranks = match && tsquery && rankedWhen ? await ranksOf(db, snapshot, match, tsquery, query.text, tally.matching) : null;
	const ordered = firstInOrder(tally.matching, window.offset + window.limit, comparator(query, snapshot, classIds, ranks, like));
	const pageIds = ordered.slice(window.offset).map((position) => snapshot.ids[position]);
	const items = await loadCards(db, pageIds, tsquery, options.plain ?? false);
	const facets =
		options.facets === false
			? NO_FACETS
			: (Object.fromEntries(CATALOGUE_FACETS.map((facet) => [facet, facetValues(facet, tally.counts[facet], query, context)])) as Record<CatalogueFacet, FacetCount[]>);
	return { query, problems, items, total, pageCount: window.pageCount, facets, corrections: text.corrections, relaxed, like };
}
