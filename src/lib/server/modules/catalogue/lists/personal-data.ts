import { asc, eq, inArray } from 'drizzle-orm';
import type { Database } from '../../../db/types';
import { catalogueItem, catalogueList, catalogueListEntry } from '../schema';

/** A person's lists with their entries and notes (Québec's Law 25: the lists are the person's own data). */
export async function exportListData(db: Database, userId: string): Promise<Record<string, unknown>> {
	const lists = await db
		.select({ id: catalogueList.id, name: catalogueList.name, description: catalogueList.description, createdAt: catalogueList.createdAt, updatedAt: catalogueList.updatedAt })
		.from(catalogueList)
		.where(eq(catalogueList.ownerId, userId))
		.orderBy(asc(catalogueList.createdAt));
	if (lists.length === 0) return { lists: [] };
	const entries = await db
		.select({ listId: catalogueListEntry.listId, position: catalogueListEntry.position, itemId: catalogueListEntry.itemId, title: catalogueItem.title, note: catalogueListEntry.note, addedAt: catalogueListEntry.addedAt })
		.from(catalogueListEntry)
		.innerJoin(catalogueItem, eq(catalogueItem.id, catalogueListEntry.itemId))
		.where(
			inArray(
				catalogueListEntry.listId,
				lists.map((list) => list.id)
			)
		)
		.orderBy(asc(catalogueListEntry.position));
	return {
		lists: lists.map(({ id, ...list }) => ({
			...list,
			entries: entries
				.filter((entry) => entry.listId === id)
				.map((entry) => ({ position: entry.position, itemId: entry.itemId, title: entry.title, note: entry.note, addedAt: entry.addedAt }))
		}))
	};
}

/** Runs inside the erasure transaction; the entries go with their lists. */
export async function eraseListData(tx: Database, userId: string): Promise<void> {
	await tx.delete(catalogueList).where(eq(catalogueList.ownerId, userId));
}
