import { sql, type SQL } from 'drizzle-orm';
import { selectRows, type Database } from '../../db/types';
import { readConfig } from '../../platform/config';
import type { FacetSnapshot } from './facet-index';

/**
 * The published items matching a full-text query, as snapshot positions, with their relevance
 * where it was computed (NaN elsewhere: ranking reads each item's search vector, so only the items
 * about to be shown are ranked).
 */
export type TextMatch = { positions: Int32Array; ranks: Float64Array };

type MatchCache = { entries: Map<string, TextMatch>; positions: number };

/**
 * Matches kept per snapshot, counted in items: someone who searched « aînés » and then ticks a
 * theme, a region and a page sends the same words four times, and a broad word matches most of
 * the bank. A snapshot is replaced on every change to the bank, and its matches with it.
 * SEARCH_CACHE_ITEMS sets the size; 0 turns the cache off.
 */
let cacheLimit: number | undefined;
const caches = new WeakMap<FacetSnapshot, MatchCache>();

/** The relevance of an item: PostgreSQL's cover density, plus one when the title holds the words as typed. */
const rankExpression = (text: string) =>
	sql`(ts_rank_cd(search_vector, query, 1) + case when title_search like '%' || search_normalize(${text}) || '%' then 1 else 0 end)::float8`;

function remember(snapshot: FacetSnapshot, key: string, match: TextMatch): void {
	cacheLimit ??= readConfig().searchCacheItems;
	if (match.positions.length > cacheLimit) return;
	let cache = caches.get(snapshot);
	if (!cache) caches.set(snapshot, (cache = { entries: new Map(), positions: 0 }));
	cache.entries.set(key, match);
	cache.positions += match.positions.length;
	for (const [oldest, entry] of cache.entries) {
		if (cache.positions <= cacheLimit) break;
		cache.entries.delete(oldest);
		cache.positions -= entry.positions.length;
	}
}

/**
 * Matches `tsquery`, ranking on the way the items that satisfy `rankedWhen` (null: none). A
 * repeated query is answered from the cache, least recently used first out.
 */
export async function matchText(db: Database, snapshot: FacetSnapshot, tsquery: string, text: string, rankedWhen: SQL | null): Promise<TextMatch> {
	const key = `${tsquery}\u0000${text}`;
	const cache = caches.get(snapshot);
	const cached = cache?.entries.get(key);
	if (cache && cached) {
		cache.entries.delete(key);
		cache.entries.set(key, cached);
		return cached;
	}
	const rank = rankedWhen ? sql`case when ${rankedWhen} then ${rankExpression(text)} end` : sql`null::float8`;
	const rows = await selectRows<{ id: number; rank: number | null }>(
		db,
		sql`select id, ${rank} as rank from catalogue_item, to_tsquery('fr_unaccent', ${tsquery}) query
			where status = 'published' and search_vector @@ query`
	);
	const positions = new Int32Array(rows.length);
	const ranks = new Float64Array(rows.length);
	let found = 0;
	for (const row of rows) {
		// An item published after the snapshot was read waits for the next snapshot.
		const position = snapshot.positionOf.get(row.id);
		if (position === undefined) continue;
		positions[found] = position;
		ranks[found++] = row.rank ?? Number.NaN;
	}
	const match = { positions: positions.slice(0, found), ranks: ranks.slice(0, found) };
	remember(snapshot, key, match);
	return match;
}

/**
 * The relevance of the `wanted` positions, indexed by position: ranks the ones the match has not
 * ranked yet (a cached match was ranked for other filters) and keeps them in the match.
 */
export async function ranksOf(db: Database, snapshot: FacetSnapshot, match: TextMatch, tsquery: string, text: string, wanted: Int32Array): Promise<Float64Array> {
	const byPosition = new Float64Array(snapshot.size).fill(Number.NaN);
	match.positions.forEach((position, index) => (byPosition[position] = match.ranks[index]));
	const missing = Array.from(wanted).filter((position) => Number.isNaN(byPosition[position]));
	if (missing.length > 0) {
		const ids = missing.map((position) => snapshot.ids[position]);
		const rows = await selectRows<{ id: number; rank: number }>(
			db,
			sql`select id, ${rankExpression(text)} as rank from catalogue_item, to_tsquery('fr_unaccent', ${tsquery}) query
				where id = any(${sql.raw(`'{${ids.join(',')}}'::int[]`)})`
		);
		const indexOf = new Map(Array.from(match.positions, (position, index) => [position, index]));
		for (const row of rows) {
			const position = snapshot.positionOf.get(row.id);
			if (position === undefined) continue;
			byPosition[position] = row.rank;
			const index = indexOf.get(position);
			if (index !== undefined) match.ranks[index] = row.rank;
		}
	}
	return byPosition;
}
