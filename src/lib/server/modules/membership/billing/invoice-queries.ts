import { and, asc, desc, eq, inArray, isNotNull, isNull, sql, type SQL } from 'drizzle-orm';
import { z } from 'zod';
import type { Database } from '../../../db/types';
import { AppError } from '../../../platform/errors';
import { pageWindow } from '../../../platform/pagination';
import type { Actor } from '../../../platform/roles';
import { assertCan } from '../../../platform/permissions';
import { assertCanSeeMember } from '../access';
import { invoice, payment } from '../schema';
import { invoicePaidCents } from './invoices';

export const INVOICE_STATES = ['paid', 'unpaid', 'voided'] as const;
export type InvoiceState = (typeof INVOICE_STATES)[number];

export const INVOICES_PER_PAGE = 50;

const paidCents = invoicePaidCents;

const listColumns = {
	id: invoice.id,
	number: invoice.number,
	fiscalYear: invoice.fiscalYear,
	organisationId: invoice.organisationId,
	billedName: invoice.billedName,
	amountCents: invoice.amountCents,
	paidCents,
	issuedOn: invoice.issuedOn,
	dueOn: invoice.dueOn,
	voidedAt: invoice.voidedAt
};

export type InvoiceListRow = {
	id: string;
	number: string;
	fiscalYear: number;
	organisationId: string;
	billedName: string;
	amountCents: number;
	paidCents: number;
	balanceCents: number;
	issuedOn: string;
	dueOn: string;
	state: InvoiceState;
};

function stateOf(row: { amountCents: number; paidCents: number; voidedAt: Date | null }): InvoiceState {
	if (row.voidedAt) return 'voided';
	return row.paidCents >= row.amountCents ? 'paid' : 'unpaid';
}

function toListRow(row: { id: string; number: string; fiscalYear: number; organisationId: string; billedName: string; amountCents: number; paidCents: number; issuedOn: string; dueOn: string; voidedAt: Date | null }): InvoiceListRow {
	const paid = Number(row.paidCents);
	return {
		id: row.id,
		number: row.number,
		fiscalYear: row.fiscalYear,
		organisationId: row.organisationId,
		billedName: row.billedName,
		amountCents: row.amountCents,
		paidCents: paid,
		balanceCents: row.voidedAt ? 0 : row.amountCents - paid,
		issuedOn: row.issuedOn,
		dueOn: row.dueOn,
		state: stateOf({ ...row, paidCents: paid })
	};
}

export type InvoiceFilter = { fiscalYear?: number | null; state?: InvoiceState | null; search?: string; page?: number };

function filterCondition(filter: InvoiceFilter): SQL | undefined {
	const conditions: SQL[] = [];
	if (filter.fiscalYear) conditions.push(eq(invoice.fiscalYear, filter.fiscalYear));
	if (filter.state === 'voided') conditions.push(isNotNull(invoice.voidedAt));
	if (filter.state === 'paid') conditions.push(isNull(invoice.voidedAt), sql`${paidCents} >= ${invoice.amountCents}`);
	if (filter.state === 'unpaid') conditions.push(isNull(invoice.voidedAt), sql`${paidCents} < ${invoice.amountCents}`);
	const search = filter.search?.trim();
	if (search) conditions.push(sql`search_normalize(${invoice.billedName}) like '%' || search_normalize(${search}) || '%'`);
	return conditions.length > 0 ? and(...conditions) : undefined;
}

/** Staff's list of invoices, filtered and paged, with the year's totals for the same filter (voided invoices excluded from totals). */
export async function listInvoices(db: Database, actor: Actor, filter: InvoiceFilter) {
	assertCan(actor, 'membership.manage');
	const where = filterCondition(filter);
	const [totals] = await db
		.select({
			count: sql<number>`count(*)::int`,
			billedCents: sql<number>`coalesce(sum(${invoice.amountCents}) filter (where ${invoice.voidedAt} is null), 0)::bigint`,
			paidCents: sql<number>`coalesce(sum(${paidCents}) filter (where ${invoice.voidedAt} is null), 0)::bigint`
		})
		.from(invoice)
		.where(where);
	const window = pageWindow(Number(totals.count), filter.page ?? 1, INVOICES_PER_PAGE);
	const rows = await db
		.select(listColumns)
		.from(invoice)
		.where(where)
		.orderBy(desc(invoice.fiscalYear), asc(invoice.sequence))
		.limit(window.limit)
		.offset(window.offset);
	return {
		rows: rows.map(toListRow),
		total: Number(totals.count),
		billedCents: Number(totals.billedCents),
		paidCents: Number(totals.paidCents),
		page: window.page,
		pageCount: window.pageCount
	};
}

/** The fiscal years that have invoices, latest first. */
export async function invoicedYears(db: Database): Promise<number[]> {
	const rows = await db.selectDistinct({ fiscalYear: invoice.fiscalYear }).from(invoice).orderBy(desc(invoice.fiscalYear));
	return rows.map((row) => row.fiscalYear);
}

export type InvoiceDetail = Awaited<ReturnType<typeof getInvoiceDetail>>;

/** One invoice with its payments and balance, for staff or for the member organisation's own people. */
export async function getInvoiceDetail(db: Database, actor: Actor, invoiceId: string) {
	if (!z.uuid().safeParse(invoiceId).success) throw new AppError('not_found', 'Facture introuvable.');
	const [row] = await db.select().from(invoice).where(eq(invoice.id, invoiceId));
	if (!row) throw new AppError('not_found', 'Facture introuvable.');
	assertCanSeeMember(actor, row.organisationId);
	const payments = await db
		.select({ id: payment.id, receivedOn: payment.receivedOn, amountCents: payment.amountCents, method: payment.method, reference: payment.reference, note: payment.note })
		.from(payment)
		.where(eq(payment.invoiceId, invoiceId))
		.orderBy(asc(payment.receivedOn), asc(payment.createdAt));
	const paid = payments.reduce((sum, entry) => sum + entry.amountCents, 0);
	return {
		invoice: row,
		payments,
		paidCents: paid,
		balanceCents: row.voidedAt ? 0 : row.amountCents - paid,
		state: stateOf({ amountCents: row.amountCents, paidCents: paid, voidedAt: row.voidedAt })
	};
}

/** The invoices of the organisations a person belongs to, latest first; nobody else's. */
export async function listOwnInvoices(db: Database, actor: Actor): Promise<InvoiceListRow[]> {
	if (actor.organisationIds.length === 0) return [];
	const rows = await db
		.select(listColumns)
		.from(invoice)
		.where(inArray(invoice.organisationId, [...actor.organisationIds]))
		.orderBy(desc(invoice.fiscalYear), desc(invoice.sequence));
	return rows.map(toListRow);
}
