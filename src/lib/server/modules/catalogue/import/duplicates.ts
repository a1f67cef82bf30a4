import { sql } from 'drizzle-orm';
import { selectRows, type Database } from '../../../db/types';
import type { LikelyDuplicate } from '../editing';
import type { ImportPlace } from './place';

/**
 * `findLikelyDuplicates` for a whole file at once: the items of the same place whose title resembles
 * each title (same threshold), in one query however long the file is. Keyed by the title's position.
 */
export async function likelyDuplicatesOfTitles(db: Database, place: ImportPlace, titles: readonly string[], threshold = 0.55): Promise<Map<number, LikelyDuplicate[]>> {
	const found = new Map<number, LikelyDuplicate[]>();
	if (titles.length === 0) return found;
	const samePlace = place.municipalityCode
		? sql`item.municipality_code = ${place.municipalityCode}`
		: sql`item.municipality_code is null and item.territory_code = ${place.territoryCode}`;
	const rows = await selectRows<LikelyDuplicate & { position: number }>(
		db,
		sql`select candidate.position::int as position, match.id, match.kind, match.title, match.status, match.similarity
			from jsonb_array_elements_text(${JSON.stringify(titles)}::jsonb) with ordinality as candidate(title, position)
			cross join lateral (
				select item.id, item.kind, item.title, item.status, similarity(item.title_search, search_normalize(candidate.title))::float8 as similarity
				from catalogue_item item
				where ${samePlace} and candidate.title <> ''
					and item.title_search % search_normalize(candidate.title)
					and similarity(item.title_search, search_normalize(candidate.title)) >= ${threshold}
				order by similarity desc, item.id limit 3
			) match
			order by position, similarity desc`
	);
	for (const { position, ...duplicate } of rows) {
		const index = Number(position) - 1;
		found.set(index, [...(found.get(index) ?? []), { ...duplicate, similarity: Number(duplicate.similarity) }]);
	}
	return found;
}
