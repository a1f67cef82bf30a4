import { sql, type SQL } from 'drizzle-orm';
import { HIGHLIGHT_END, HIGHLIGHT_START } from '$lib/catalogue';
import { selectRows, type Database } from '../../db/types';
import { pageWindow } from '../../platform/pagination';
import { listPopulationClasses, listRegionNames, type PopulationClass } from '../territory/service';
import { CATALOGUE_FACETS, CATALOGUE_PAGE_SIZE, PARAMETERS, type CatalogueFacet, type CatalogueProblem, type CatalogueQuery } from './query';
import { CATALOGUE_KINDS, type CatalogueKind } from './schema';
import { loadTerms, type TermIndex } from './terms';
import { interpretText, type Correction, type TextInterpretation } from './text-query';
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

export type SearchContext = { terms: TermIndex; regions: { code: string; name: string }[]; classes: PopulationClass[] };

export async function loadSearchContext(db: Database): Promise<SearchContext> {
	const [terms, regions, classes] = await Promise.all([loadTerms(db), listRegionNames(db), listPopulationClasses(db)]);
	return { terms, regions, classes };
}

const intArray = (values: readonly number[]) => sql.raw(`'{${values.map((value) => Math.trunc(Number(value))).join(',')}}'::int[]`);
const textList = (values: readonly string[]) => sql.join(values.map((value) => sql`${value}`), sql`, `);

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

type Filters = Record<CatalogueFacet, SQL | null>;

/** One SQL condition per facet, over columns named as in the `base` relation; null when the facet has no selection. */
function facetConditions(query: CatalogueQuery, context: SearchContext): Filters {
	const ids = (vocabulary: Vocabulary, slugs: string[]) => slugs.map((slug) => context.terms.bySlug(vocabulary, slug)!.id);
	return {
		kinds: query.kinds.length ? sql`kind in (${textList(query.kinds)})` : null,
		themes: query.themes.length ? sql`theme_ids && ${intArray(ids('theme', query.themes))}` : null,
		clienteles: query.clienteles.length ? sql`clientele_ids && ${intArray(ids('clientele', query.clienteles))}` : null,
		policyTypes: query.policyTypes.length ? sql`policy_type_id = any(${intArray(ids('policy_type', query.policyTypes))})` : null,
		regions: query.regions.length ? sql`region_code in (${textList(query.regions)})` : null,
		populationClasses: query.populationClasses.length ? sql`class_id = any(${intArray(query.populationClasses)})` : null,
		years: query.years.length ? sql`year = any(${intArray(query.years)})` : null
	};
}

const allOf = (conditions: (SQL | null)[]): SQL => {
	const present = conditions.filter((condition): condition is SQL => condition !== null);
	return present.length ? sql.join(present, sql` and `) : sql`true`;
};

/**
 * The published items matching the text, with the population class each falls in. Only the
 * columns facets need are read by default: the counting pass materialises this relation, and
 * carrying descriptions and search vectors through it would cost more than the counting itself.
 */
function baseRelation(tsquery: string | null, classes: readonly PopulationClass[], pageColumns = false): SQL {
	const textCondition = tsquery ? sql`and i.search_vector @@ to_tsquery('fr_unaccent', ${tsquery})` : sql``;
	const extra = pageColumns
		? sql`, i.title, i.description, i.title_search, i.published_at, i.municipality_code, i.territory_code, i.opens_on, i.closes_on,
			i.award_category, i.award_year, i.funder, i.is_demo,
			${tsquery ? sql`ts_rank_cd(i.search_vector, to_tsquery('fr_unaccent', ${tsquery}), 1)` : sql`0`} as rank`
		: sql``;
	return sql`select i.id, i.kind, i.theme_ids, i.clientele_ids, i.policy_type_id, i.region_code, i.year, ${classOf(classes)} as class_id ${extra}
		from catalogue_item i
		where i.status = 'published' ${textCondition}`;
}

/** The population class of an item as an expression: seven comparisons per row cost less than a join. */
function classOf(classes: readonly PopulationClass[]): SQL {
	if (classes.length === 0) return sql`null::int`;
	const branches = classes.map(
		(entry) => sql`when i.population >= ${sql.raw(String(Math.trunc(entry.minPopulation)))}${entry.maxPopulation === null ? sql`` : sql` and i.population <= ${sql.raw(String(Math.trunc(entry.maxPopulation)))}`} then ${sql.raw(String(Math.trunc(entry.id)))}`
	);
	return sql`(case ${sql.join(branches, sql` `)} end)`;
}

const FACET_VALUE: Record<CatalogueFacet, SQL> = {
	kinds: sql`kind`,
	themes: sql`unnest(theme_ids)`,
	clienteles: sql`unnest(clientele_ids)`,
	policyTypes: sql`policy_type_id`,
	regions: sql`region_code`,
	populationClasses: sql`class_id`,
	years: sql`year`
};

/**
 * Counts per facet value in one pass: each facet is counted with every other facet's filter
 * applied but not its own, so ticking a value never hides the other values of the same facet
 * (OR inside a facet, AND across facets).
 */
async function countFacets(db: Database, tsquery: string | null, filters: Filters, classes: readonly PopulationClass[]): Promise<{ total: number; counts: Record<CatalogueFacet, Map<string, number>> }> {
	const branches = CATALOGUE_FACETS.map((facet) => {
		const others = CATALOGUE_FACETS.filter((other) => other !== facet).map((other) => filters[other]);
		return sql`select ${sql.raw(`'${facet}'`)} as facet, value::text, count(*)::int as n from (
				select ${FACET_VALUE[facet]} as value from base where ${allOf(others)}
			) counted where value is not null group by value`;
	});
	const rows = await selectRows<{ facet: CatalogueFacet | 'total'; value: string | null; n: number }>(
		db,
		sql`with base as materialized (${baseRelation(tsquery, classes)})
			${sql.join(branches, sql` union all `)}
			union all select 'total', null::text, count(*)::int from base where ${allOf(Object.values(filters))}`
	);
	const counts = Object.fromEntries(CATALOGUE_FACETS.map((facet) => [facet, new Map<string, number>()])) as Record<CatalogueFacet, Map<string, number>>;
	let total = 0;
	for (const row of rows) {
		if (row.facet === 'total') total = row.n;
		else counts[row.facet].set(row.value!, row.n);
	}
	return { total, counts };
}

function orderBy(query: CatalogueQuery, tsquery: string | null, like: LikeMunicipality | null): SQL {
	const parts: SQL[] = [];
	if (like) {
		const sameClass = like.populationClassId === null ? sql`false` : sql`class_id = ${like.populationClassId}`;
		// « is true » because null (an item with no place) would otherwise sort first in descending order.
		parts.push(sql`(${sameClass} and region_code = ${like.regionCode}) is true desc`, sql`(${sameClass}) is true desc`, sql`(region_code = ${like.regionCode}) is true desc`);
	}
	const relevance = tsquery
		? sql`rank + case when title_search like '%' || search_normalize(${query.text}) || '%' then 1 else 0 end desc`
		: null;
	if (query.sort === 'titre') parts.push(sql`title_search asc`);
	else if (query.sort === 'recent' || !relevance) parts.push(sql`year desc nulls last`, sql`published_at desc nulls last`);
	else parts.push(relevance, sql`year desc nulls last`);
	parts.push(sql`id desc`);
	return sql.join(parts, sql`, `);
}

async function pageOfItems(
	db: Database,
	query: CatalogueQuery,
	tsquery: string | null,
	filters: Filters,
	like: LikeMunicipality | null,
	classes: readonly PopulationClass[],
	offset: number,
	limit: number,
	plain = false
): Promise<CatalogueCard[]> {
	const excerpt = tsquery && !plain
		? sql`ts_headline('fr_unaccent', description, to_tsquery('fr_unaccent', ${tsquery}), ${`StartSel=${HIGHLIGHT_START}, StopSel=${HIGHLIGHT_END}, MaxWords=40, MinWords=20, ShortWord=2, MaxFragments=1`})`
		: sql`description`;
	const rows = await selectRows<Record<string, unknown>>(
		db,
		sql`with base as (${baseRelation(tsquery, classes, true)}),
			page as (select * from base where ${allOf(Object.values(filters))} order by ${orderBy(query, tsquery, like)} limit ${limit} offset ${offset})
			select page.id, page.kind, page.title, ${excerpt} as excerpt, coalesce((select name from municipality where code = page.municipality_code), (select name from territory where code = page.territory_code)) as place_name,
				page.region_code, (select name from region where code = page.region_code) as region_name,
				page.year, page.theme_ids, page.clientele_ids, page.policy_type_id, page.opens_on::text, page.closes_on::text,
				page.award_category, page.award_year, page.funder, page.is_demo
			from page order by ${orderBy(query, tsquery, like)}`
	);
	return rows.map((row) => ({
		id: row.id as number,
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
	}));
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

/**
 * Searches the bank: French full text with stemming, accents and typos forgiven, facets with
 * counts, sort and pagination. Unknown facet values and a page past the end are reported and
 * corrected, so the caller always gets a usable result.
 */
export async function searchCatalogue(
	db: Database,
	requested: CatalogueQuery,
	options: { pageSize?: number; context?: SearchContext; facets?: boolean; /** Whole descriptions, without highlighting (the API). */ plain?: boolean } = {}
): Promise<CatalogueSearchResult> {
	const pageSize = options.pageSize ?? CATALOGUE_PAGE_SIZE;
	const context = options.context ?? (await loadSearchContext(db));
	const resolved = resolveQuery(requested, context);
	const { query, problems } = resolved;

	let like: LikeMunicipality | null = null;
	if (query.like) {
		like = await findLikeMunicipality(db, query.like, context);
		if (!like) {
			problems.push({ field: PARAMETERS.like, code: 'unknown', value: query.like });
			query.like = null;
		}
	}

	const filters = facetConditions(query, context);
	const text = await interpretText(db, query.text);
	if (options.facets === false) return searchWithoutFacets(db, query, problems, filters, text, like, context.classes, pageSize, options.plain);
	let tsquery = text.all;
	let counted = await countFacets(db, tsquery, filters, context.classes);
	let relaxed = false;
	if (counted.total === 0 && text.words.length > 1 && text.any) {
		const loose = await countFacets(db, text.any, filters, context.classes);
		if (loose.total > 0) {
			tsquery = text.any;
			counted = loose;
			relaxed = true;
		}
	}

	const window = pageWindow(counted.total, query.page, pageSize);
	if (window.page !== query.page) {
		problems.push({ field: PARAMETERS.page, code: 'past_last_page', value: String(query.page) });
		query.page = window.page;
	}
	const items = counted.total === 0 ? [] : await pageOfItems(db, query, tsquery, filters, like, context.classes, window.offset, window.limit, options.plain);
	const facets = Object.fromEntries(
		CATALOGUE_FACETS.map((facet) => [facet, facetValues(facet, counted.counts[facet], query, context)])
	) as Record<CatalogueFacet, FacetCount[]>;
	return { query, problems, items, total: counted.total, pageCount: window.pageCount, facets, corrections: text.corrections, relaxed, like };
}

const NO_FACETS = Object.fromEntries(CATALOGUE_FACETS.map((facet) => [facet, []])) as unknown as Record<CatalogueFacet, FacetCount[]>;

/** The first page only, without counts: what the site-wide search box and exports need, at the cost of one query. */
async function searchWithoutFacets(
	db: Database,
	query: CatalogueQuery,
	problems: CatalogueProblem[],
	filters: Filters,
	text: TextInterpretation,
	like: LikeMunicipality | null,
	classes: readonly PopulationClass[],
	pageSize: number,
	plain = false
): Promise<CatalogueSearchResult> {
	let items = await pageOfItems(db, query, text.all, filters, like, classes, 0, pageSize, plain);
	let relaxed = false;
	if (items.length === 0 && text.words.length > 1 && text.any) {
		items = await pageOfItems(db, query, text.any, filters, like, classes, 0, pageSize, plain);
		relaxed = items.length > 0;
	}
	return { query: { ...query, page: 1 }, problems, items, total: items.length, pageCount: 1, facets: NO_FACETS, corrections: text.corrections, relaxed, like };
}
