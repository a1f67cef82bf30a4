import { inArray } from 'drizzle-orm';
import type { Database } from '../../../db/types';
import { auditEntry } from '../../../platform/audit/schema';
import { AppError } from '../../../platform/errors';
import { assertCan } from '../../../platform/permissions';
import type { Actor } from '../../../platform/roles';
import { refreshDerived } from '../derived';
import { itemColumns, revisionRecords, validateItemInput, type ItemColumns } from '../editing';
import { catalogueItem, catalogueRevision, type PublicationStatus } from '../schema';
import { loadTerms } from '../terms';

type ItemRow = typeof catalogueItem.$inferSelect;

/*
 * `createItem` for many measures at once. Item by item, an import of a few thousand rows spends minutes
 * in one transaction (each item costs about ten statements: 60 ms on PGlite, 15 ms on PostgreSQL), and
 * PGlite serves nobody else meanwhile; in batches it takes a tenth of that. Each item gets the columns,
 * first revision and audit entry that `createItem` writes, from the same functions of `editing.ts`;
 * `create-measures.test.ts` compares the two.
 */

const BATCH = 500;

async function inBatches<T>(list: readonly T[], work: (batch: T[]) => Promise<unknown>): Promise<void> {
	for (let start = 0; start < list.length; start += BATCH) await work(list.slice(start, start + BATCH));
}

/** Creates measures with their first revision and audit entry each, in the caller's transaction, in order. */
export async function createMeasures(tx: Database, actor: Actor, entries: readonly { raw: unknown; note: string | null }[], status: PublicationStatus): Promise<ItemRow[]> {
	assertCan(actor, 'catalogue.manage');
	if (entries.length === 0) return [];
	const terms = await loadTerms(tx);
	const now = new Date();
	const columns = entries.map((entry): ItemColumns => {
		const input = validateItemInput(entry.raw);
		if (input.kind !== 'mesure') throw new AppError('invalid_input', 'Seules des mesures peuvent être importées.');
		return { ...(itemColumns(input, terms, {}) as ItemColumns), status, publishedAt: status === 'published' ? now : null };
	});
	const ids: number[] = [];
	await inBatches(columns, async (batch) => {
		const inserted = await tx.insert(catalogueItem).values(batch).returning({ id: catalogueItem.id });
		ids.push(...inserted.map((row) => row.id));
	});
	await refreshDerived(tx, ids);
	const rows: ItemRow[] = [];
	await inBatches(ids, async (batch) => rows.push(...(await tx.select().from(catalogueItem).where(inArray(catalogueItem.id, batch)))));
	const byId = new Map(rows.map((row) => [row.id, row]));
	const created = ids.map((id) => byId.get(id)!);
	const records = created.map((row, index) => revisionRecords(actor, null, row, entries[index].note, 'catalogue.create'));
	await inBatches(records, (batch) => tx.insert(catalogueRevision).values(batch.map((record) => record.revision)));
	await inBatches(records, (batch) => tx.insert(auditEntry).values(batch.map((record) => record.audit)));
	return created;
}
