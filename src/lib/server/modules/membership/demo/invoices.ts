import { sql } from 'drizzle-orm';
import type { Database } from '../../../db/types';
import { invoiceNumber } from '../billing/invoices';
import { invoice, invoiceCounter } from '../schema';

export type DemoInvoiceDraft = Omit<typeof invoice.$inferInsert, 'number' | 'sequence' | 'fiscalYear'> & { id: string; fiscalYear: number };

export const INSERT_CHUNK = 1000;

export async function insertInChunks<Row>(rows: readonly Row[], insert: (chunk: Row[]) => Promise<unknown>): Promise<void> {
	for (let start = 0; start < rows.length; start += INSERT_CHUNK) await insert(rows.slice(start, start + INSERT_CHUNK));
}

/**
 * Issues many invoices at once with the numbering rules of `issueInvoice`: each fiscal year's numbers follow
 * on from its counter without gaps, in order of issue, and the counter moves to the last one. Reserving a
 * year's numbers takes the counter's row lock until the transaction ends, as a single invoice does.
 */
export async function insertDemoInvoices(tx: Database, drafts: readonly DemoInvoiceDraft[]): Promise<void> {
	const byYear = new Map<number, DemoInvoiceDraft[]>();
	for (const draft of drafts) {
		const list = byYear.get(draft.fiscalYear) ?? [];
		list.push(draft);
		byYear.set(draft.fiscalYear, list);
	}
	const numbered: (typeof invoice.$inferInsert)[] = [];
	for (const [fiscalYear, yearDrafts] of [...byYear].sort(([a], [b]) => a - b)) {
		const [row] = await tx
			.insert(invoiceCounter)
			.values({ fiscalYear, lastSequence: yearDrafts.length })
			.onConflictDoUpdate({ target: invoiceCounter.fiscalYear, set: { lastSequence: sql`${invoiceCounter.lastSequence} + ${yearDrafts.length}` } })
			.returning({ lastSequence: invoiceCounter.lastSequence });
		const first = row.lastSequence - yearDrafts.length + 1;
		const ordered = [...yearDrafts].sort((a, b) => a.issuedOn.localeCompare(b.issuedOn) || a.billedName.localeCompare(b.billedName, 'fr'));
		ordered.forEach((draft, index) => numbered.push({ ...draft, sequence: first + index, number: invoiceNumber(fiscalYear, first + index) }));
	}
	await insertInChunks(numbered, (chunk) => tx.insert(invoice).values(chunk));
}
