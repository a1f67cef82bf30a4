import type { Database } from '../../db/types';
import { refreshDerived } from './derived';
import { catalogueItem } from './schema';

export type NewItem = typeof catalogueItem.$inferInsert;

const INSERT_BATCH = 500;

/** Inserts items in batches and computes what they derive from places and terms, in the caller's transaction. */
export async function insertItems(db: Database, rows: readonly NewItem[]): Promise<number[]> {
	const ids: number[] = [];
	for (let start = 0; start < rows.length; start += INSERT_BATCH) {
		const inserted = await db.insert(catalogueItem).values(rows.slice(start, start + INSERT_BATCH)).returning({ id: catalogueItem.id });
		ids.push(...inserted.map((row) => row.id));
	}
	await refreshDerived(db, ids.length > 20_000 ? 'all' : ids);
	return ids;
}
