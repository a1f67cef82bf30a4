import { z } from 'zod';
import { CATALOGUE_KINDS, type CatalogueKind } from './schema';

export const CATALOGUE_SORTS = ['pertinence', 'recent', 'titre'] as const;
export type CatalogueSort = (typeof CATALOGUE_SORTS)[number];

export const CATALOGUE_TEXT_MAX = 120;
export const CATALOGUE_PAGE_SIZE = 20;
export const CATALOGUE_API_PAGE_SIZE_MAX = 100;
/** More values in one facet than anybody ticks by hand: a guard against URLs built to make the query slow. */
const VALUES_PER_FACET_MAX = 30;

/** The whole state of a search, as the URL holds it. Facet values are slugs, codes and numbers, never ids of rows. */
export type CatalogueQuery = {
	text: string;
	kinds: CatalogueKind[];
	themes: string[];
	clienteles: string[];
	policyTypes: string[];
	regions: string[];
	populationClasses: number[];
	years: number[];
	/** « Pour une municipalité comme la mienne »: the municipality whose peers rank first. */
	like: string | null;
	sort: CatalogueSort;
	page: number;
};

export type CatalogueFacet = 'kinds' | 'themes' | 'clienteles' | 'policyTypes' | 'regions' | 'populationClasses' | 'years';
export const CATALOGUE_FACETS: readonly CatalogueFacet[] = ['kinds', 'themes', 'clienteles', 'policyTypes', 'regions', 'populationClasses', 'years'];

/** URL parameter of each part of the state: French, short and stable, since people share these links. */
export const PARAMETERS = {
	text: 'q',
	kinds: 'type',
	themes: 'theme',
	clienteles: 'clientele',
	policyTypes: 'politique',
	regions: 'region',
	populationClasses: 'population',
	years: 'annee',
	like: 'comme',
	sort: 'tri',
	page: 'page'
} as const satisfies Record<keyof CatalogueQuery, string>;
export type CatalogueParameter = (typeof PARAMETERS)[keyof typeof PARAMETERS];

export type CatalogueProblem = {
	field: CatalogueParameter;
	code: 'too_long' | 'invalid' | 'unknown' | 'too_many' | 'past_last_page';
	value: string;
};

const slug = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/).max(60);
const valueSchemas = {
	kinds: z.enum(CATALOGUE_KINDS),
	themes: slug,
	clienteles: slug,
	policyTypes: slug,
	regions: z.string().regex(/^\d{2}$/),
	populationClasses: z.coerce.number().int().min(1).max(1_000),
	years: z.coerce.number().int().min(1950).max(2100)
} satisfies Record<CatalogueFacet, z.ZodType>;

export const emptyCatalogueQuery = (changes: Partial<CatalogueQuery> = {}): CatalogueQuery => ({
	text: '',
	kinds: [],
	themes: [],
	clienteles: [],
	policyTypes: [],
	regions: [],
	populationClasses: [],
	years: [],
	like: null,
	sort: 'pertinence',
	page: 1,
	...changes
});

const defaultSort = (query: Pick<CatalogueQuery, 'text' | 'like'>): CatalogueSort => (query.text || query.like ? 'pertinence' : 'recent');

/**
 * Reads a search from URL parameters. Each value is checked on its own, so one bad value never
 * spoils the rest; problems are returned for the page to explain and for the API to refuse.
 * Facet values may repeat (`theme=a&theme=b`) or be comma-separated (`theme=a,b`).
 */
export function parseCatalogueQuery(params: URLSearchParams, fixedKind: CatalogueKind | null = null): { query: CatalogueQuery; problems: CatalogueProblem[] } {
	const problems: CatalogueProblem[] = [];
	const query = emptyCatalogueQuery();

	let text = (params.get(PARAMETERS.text) ?? '').trim().replace(/\s+/g, ' ');
	if (text.length > CATALOGUE_TEXT_MAX) {
		problems.push({ field: PARAMETERS.text, code: 'too_long', value: text.slice(0, 20) + '…' });
		text = text.slice(0, CATALOGUE_TEXT_MAX);
	}
	query.text = text;

	for (const facet of CATALOGUE_FACETS) {
		const field = PARAMETERS[facet];
		const raw = params
			.getAll(field)
			.flatMap((value) => value.split(','))
			.map((value) => value.trim())
			.filter(Boolean);
		const accepted = new Set<string | number>();
		for (const value of raw) {
			const parsed = valueSchemas[facet].safeParse(value);
			if (parsed.success) accepted.add(parsed.data);
			else problems.push({ field, code: 'invalid', value: value.slice(0, 40) });
		}
		if (accepted.size > VALUES_PER_FACET_MAX) problems.push({ field, code: 'too_many', value: String(accepted.size) });
		(query[facet] as (string | number)[]) = [...accepted].slice(0, VALUES_PER_FACET_MAX);
	}
	if (fixedKind) query.kinds = [fixedKind];

	const like = params.get(PARAMETERS.like)?.trim();
	if (like) {
		if (/^\d{5}$/.test(like)) query.like = like;
		else problems.push({ field: PARAMETERS.like, code: 'invalid', value: like.slice(0, 40) });
	}

	const sort = params.get(PARAMETERS.sort)?.trim();
	const parsedSort = z.enum(CATALOGUE_SORTS).safeParse(sort);
	if (sort && !parsedSort.success) problems.push({ field: PARAMETERS.sort, code: 'invalid', value: sort.slice(0, 40) });
	query.sort = parsedSort.success ? parsedSort.data : defaultSort(query);

	const page = params.get(PARAMETERS.page)?.trim();
	const parsedPage = z.coerce.number().int().min(1).max(100_000).safeParse(page);
	if (page && !parsedPage.success) problems.push({ field: PARAMETERS.page, code: 'invalid', value: page.slice(0, 40) });
	query.page = page && parsedPage.success ? parsedPage.data : 1;

	return { query, problems };
}

/** The URL parameters of a search; defaults are left out so that shared links stay short. */
export function catalogueSearchParams(query: CatalogueQuery, changes: Partial<CatalogueQuery> = {}, fixedKind: CatalogueKind | null = null): URLSearchParams {
	const next = { ...query, ...changes };
	const params = new URLSearchParams();
	if (next.text) params.set(PARAMETERS.text, next.text);
	for (const facet of CATALOGUE_FACETS) {
		if (facet === 'kinds' && fixedKind) continue;
		for (const value of next[facet]) params.append(PARAMETERS[facet], String(value));
	}
	if (next.like) params.set(PARAMETERS.like, next.like);
	if (next.sort !== defaultSort(next)) params.set(PARAMETERS.sort, next.sort);
	if (next.page > 1) params.set(PARAMETERS.page, String(next.page));
	return params;
}

export function catalogueQueryString(query: CatalogueQuery, changes: Partial<CatalogueQuery> = {}, fixedKind: CatalogueKind | null = null): string {
	const search = catalogueSearchParams(query, changes, fixedKind).toString();
	return search ? `?${search}` : '';
}

/** The same query with one facet value added or removed, back on page 1. */
export function toggleFacetValue(query: CatalogueQuery, facet: CatalogueFacet, value: string | number): Partial<CatalogueQuery> {
	const current = query[facet] as (string | number)[];
	const next = current.includes(value) ? current.filter((entry) => entry !== value) : [...current, value];
	return { [facet]: next, page: 1 } as Partial<CatalogueQuery>;
}
