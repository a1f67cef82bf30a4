// The reference: the same published items in an in-memory MiniSearch index, with French-ish text
// processing (lower case, accents stripped, common short words dropped), fuzzy and prefix matching,
// and the bank's facet filters applied in JavaScript (OR inside a facet, AND across facets).
import { join } from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { pg_trgm } from '@electric-sql/pglite/contrib/pg_trgm';
import { unaccent } from '@electric-sql/pglite/contrib/unaccent';
import MiniSearch from 'minisearch';
import postgres from 'postgres';
import { valuesOf, type BenchQuery } from './search-queries.ts';

export type ReferenceItem = {
	id: number;
	kind: string;
	title: string;
	facets: string;
	body: string;
	themes: string[];
	clienteles: string[];
	policy: string | null;
	region: string | null;
	classId: number | null;
	year: number | null;
	publishedAt: number;
};

type Place = { code: string; region: string; classId: number | null };

export type ReferenceData = { items: ReferenceItem[]; places: Map<string, Place> };

export type DatabaseSource = { kind: 'pglite'; dataDir: string } | { kind: 'postgres'; url: string };

const CLASS_OF = (population: string) => `(select pc.id from population_class pc
	where ${population} >= pc.min_population and (pc.max_population is null or ${population} <= pc.max_population)
	order by pc.sort_order limit 1)`;

const ITEMS_SQL = `select i.id, i.kind, i.title, i.facet_text as facets,
		concat_ws(' ', i.description, i.policy_title, i.partners, i.funder, i.award_category, i.results, i.objectives, i.eligible_applicants, i.process_step) as body,
		coalesce((select array_agg(t.slug) from catalogue_term t where t.id = any(i.theme_ids)), '{}') as themes,
		coalesce((select array_agg(t.slug) from catalogue_term t where t.id = any(i.clientele_ids)), '{}') as clienteles,
		(select t.slug from catalogue_term t where t.id = i.policy_type_id) as policy,
		i.region_code as region, ${CLASS_OF('i.population')} as class_id, i.year,
		coalesce(extract(epoch from i.published_at) * 1000, 0)::float8 as published_at
	from catalogue_item i where i.status = 'published'`;

const PLACES_SQL = `select m.code, m.region_code as region, ${CLASS_OF('m.population')} as class_id from municipality m`;

type ItemRow = Omit<ReferenceItem, 'classId' | 'publishedAt'> & { class_id: number | null; published_at: number };
type PlaceRow = { code: string; region: string; class_id: number | null };

/** Reads the published items straight from the database (the embedded one must not be open elsewhere). */
export async function loadReferenceData(source: DatabaseSource): Promise<ReferenceData> {
	let itemRows: ItemRow[];
	let placeRows: PlaceRow[];
	if (source.kind === 'pglite') {
		const client = await PGlite.create({ dataDir: join(source.dataDir, 'pglite'), extensions: { unaccent, pg_trgm } });
		try {
			itemRows = (await client.query<ItemRow>(ITEMS_SQL)).rows;
			placeRows = (await client.query<PlaceRow>(PLACES_SQL)).rows;
		} finally {
			await client.close();
		}
	} else {
		const client = postgres(source.url, { max: 1, onnotice: () => {} });
		try {
			itemRows = await client.unsafe<ItemRow[]>(ITEMS_SQL);
			placeRows = await client.unsafe<PlaceRow[]>(PLACES_SQL);
		} finally {
			await client.end();
		}
	}
	const items = itemRows.map(({ class_id, published_at, ...row }) => ({ ...row, classId: class_id, publishedAt: Number(published_at) }));
	const places = new Map(placeRows.map((row) => [row.code, { code: row.code, region: row.region, classId: row.class_id }]));
	return { items, places };
}

const STOP_WORDS = new Set(['de', 'la', 'le', 'les', 'des', 'du', 'et', 'a', 'au', 'aux', 'en', 'un', 'une', 'pour', 'par', 'sur', 'dans', 'avec', 'd', 'l', 'qu', 'que']);

function processTerm(term: string): string | null {
	const folded = term.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
	return STOP_WORDS.has(folded) ? null : folded;
}

/** The first twenty ids, and how many items matched in all. */
export type ReferenceAnswer = { ids: number[]; total: number };

export type ReferenceIndex = { search: (query: BenchQuery) => ReferenceAnswer; buildMs: number; documents: number };

export function buildReferenceIndex(data: ReferenceData): ReferenceIndex {
	const byId = new Map(data.items.map((item) => [item.id, item]));
	const started = performance.now();
	const index = new MiniSearch<ReferenceItem>({
		fields: ['title', 'facets', 'body'],
		tokenize: (text) => text.split(/[^\p{L}\p{N}]+/u),
		processTerm,
		searchOptions: { boost: { title: 3, facets: 2 }, fuzzy: 0.2, prefix: true }
	});
	index.addAll(data.items);
	const buildMs = performance.now() - started;

	const search = (query: BenchQuery): ReferenceAnswer => {
		const accepts = facetFilter(query);
		const like = data.places.get(valuesOf(query, 'comme')[0] ?? '');
		// « Comme la mienne » ranks same size and region first, then same size, then same region, as the bank does.
		const tier = (item: ReferenceItem) =>
			!like ? 0 : (item.classId === like.classId ? 2 : 0) + (item.region === like.region ? 1 : 0) + (item.classId === like.classId && item.region === like.region ? 1 : 0);
		const text = valuesOf(query, 'q')[0] ?? '';
		if (!text.trim()) {
			const matching = data.items
				.filter(accepts)
				.sort((a, b) => tier(b) - tier(a) || (b.year ?? -1) - (a.year ?? -1) || b.publishedAt - a.publishedAt || b.id - a.id);
			return { ids: matching.slice(0, 20).map((item) => item.id), total: matching.length };
		}
		const filter = (result: { id: number }) => accepts(byId.get(result.id)!);
		let results = index.search(text, { combineWith: 'AND', filter });
		if (results.length === 0) results = index.search(text, { combineWith: 'OR', filter });
		const ranked = results
			.map((result) => ({ item: byId.get(result.id)!, score: result.score }))
			.sort((a, b) => tier(b.item) - tier(a.item) || b.score - a.score);
		return { ids: ranked.slice(0, 20).map((entry) => entry.item.id), total: ranked.length };
	};
	return { search, buildMs, documents: index.documentCount };
}

function facetFilter(query: BenchQuery): (item: ReferenceItem) => boolean {
	const kinds = valuesOf(query, 'type');
	const themes = valuesOf(query, 'theme');
	const clienteles = valuesOf(query, 'clientele');
	const policies = valuesOf(query, 'politique');
	const regions = valuesOf(query, 'region');
	const classes = valuesOf(query, 'population').map(Number);
	const years = valuesOf(query, 'annee').map(Number);
	return (item) =>
		(!kinds.length || kinds.includes(item.kind)) &&
		(!themes.length || item.themes.some((slug) => themes.includes(slug))) &&
		(!clienteles.length || item.clienteles.some((slug) => clienteles.includes(slug))) &&
		(!policies.length || (item.policy !== null && policies.includes(item.policy))) &&
		(!regions.length || (item.region !== null && regions.includes(item.region))) &&
		(!classes.length || (item.classId !== null && classes.includes(item.classId))) &&
		(!years.length || (item.year !== null && years.includes(item.year)));
}
