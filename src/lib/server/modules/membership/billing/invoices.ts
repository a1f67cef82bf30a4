import { and, eq, isNull, sql } from 'drizzle-orm';
import { addDays, fiscalYearLabel } from '$lib/fiscal-year';
import { m } from '$lib/paraglide/messages.js';
import { organisationKindLabels } from '$lib/labels';
import { populationClassLabel } from '$lib/format';
import type { Database } from '../../../db/types';
import { recordAudit } from '../../../platform/audit/service';
import { AppError } from '../../../platform/errors';
import { assertCan } from '../../../platform/permissions';
import type { Actor } from '../../../platform/roles';
import type { OrganisationKind } from '../../accounts/schema';
import { listPopulationClasses } from '../../territory/service';
import { loadMembers } from '../members';
import { duesRate, invoice, invoiceCounter, membershipPeriod, payment, type PaymentMethod } from '../schema';

export type Invoice = typeof invoice.$inferSelect;

/** Days between issue and due date when the caller does not say. */
export const DEFAULT_PAYMENT_DAYS = 30;

/** The membership year of an organisation, created when missing; the unique key makes concurrent calls agree. */
export async function ensurePeriod(db: Database, organisationId: string, fiscalYear: number, options: { exempt?: boolean } = {}): Promise<string> {
	await db
		.insert(membershipPeriod)
		.values({ organisationId, fiscalYear, exempt: options.exempt ?? false })
		.onConflictDoNothing({ target: [membershipPeriod.organisationId, membershipPeriod.fiscalYear] });
	const [period] = await db
		.select({ id: membershipPeriod.id })
		.from(membershipPeriod)
		.where(and(eq(membershipPeriod.organisationId, organisationId), eq(membershipPeriod.fiscalYear, fiscalYear)));
	return period.id;
}

/** The rate for a member type and population class in a year, or the type's rate for all classes. */
export async function duesRateFor(db: Database, fiscalYear: number, kind: OrganisationKind, populationClassId: number | null) {
	const rates = await db
		.select()
		.from(duesRate)
		.where(and(eq(duesRate.fiscalYear, fiscalYear), eq(duesRate.memberType, kind)));
	return rates.find((rate) => rate.populationClassId === populationClassId) ?? rates.find((rate) => rate.populationClassId === null) ?? null;
}

/**
 * Gives out the next number of a fiscal year. The upsert holds the counter's row lock until the caller's
 * transaction ends, so concurrent invoices queue one behind the other and a rolled-back invoice gives its number back.
 */
async function nextSequence(tx: Database, fiscalYear: number): Promise<number> {
	const [row] = await tx
		.insert(invoiceCounter)
		.values({ fiscalYear, lastSequence: 1 })
		.onConflictDoUpdate({ target: invoiceCounter.fiscalYear, set: { lastSequence: sql`${invoiceCounter.lastSequence} + 1` } })
		.returning({ lastSequence: invoiceCounter.lastSequence });
	return row.lastSequence;
}

/** What an invoice says it bills: « Cotisation 2025-2026 — Municipalité — 5 000 à 9 999 habitants ». */
export function duesDescription(fiscalYear: number, kind: OrganisationKind, populationClass: { minPopulation: number; maxPopulation: number | null } | null): string {
	return [`Cotisation ${fiscalYearLabel(fiscalYear)}`, organisationKindLabels[kind](), populationClass ? populationClassLabel(populationClass) : null].filter(Boolean).join(' — ');
}

export function invoiceNumber(fiscalYear: number, sequence: number): string {
	return `${fiscalYear}-${String(sequence).padStart(4, '0')}`;
}

export type IssueInvoiceInput = {
	organisationId: string;
	fiscalYear: number;
	issuedOn: string;
	dueOn?: string;
	/** Who issues it (null for the platform itself: renewal runs, imports, demonstration data). */
	actorId: string | null;
};

/**
 * Bills an organisation's membership year at the grid's rate. Idempotent: a year already billed returns
 * its invoice with `created: false`, so a renewal run twice bills nothing twice.
 */
export async function issueInvoice(db: Database, input: IssueInvoiceInput): Promise<{ invoice: Invoice; created: boolean }> {
	return db.transaction(async (tx) => {
		const periodId = await ensurePeriod(tx, input.organisationId, input.fiscalYear);
		// Serialises invoicing of the same year: the second caller waits here, then finds the first one's invoice.
		await tx.execute(sql`select id from membership_period where id = ${periodId} for update`);
		const [existing] = await tx.select().from(invoice).where(and(eq(invoice.periodId, periodId), isNull(invoice.voidedAt)));
		if (existing) return { invoice: existing, created: false };
		const [member] = await loadMembers(tx, [input.organisationId]);
		if (!member) throw new AppError('not_found', 'Cette organisation n’est pas membre.');
		const rate = await duesRateFor(tx, input.fiscalYear, member.kind, member.populationClassId);
		if (!rate) {
			throw new AppError('invalid_input', `Aucun tarif de cotisation n’est fixé pour ce type de membre en ${fiscalYearLabel(input.fiscalYear)}.`);
		}
		const classes = await listPopulationClasses(tx);
		const populationClass = classes.find((row) => row.id === rate.populationClassId);
		const sequence = await nextSequence(tx, input.fiscalYear);
		const description = duesDescription(input.fiscalYear, member.kind, populationClass ?? null);
		const [created] = await tx
			.insert(invoice)
			.values({
				number: invoiceNumber(input.fiscalYear, sequence),
				fiscalYear: input.fiscalYear,
				sequence,
				organisationId: input.organisationId,
				periodId,
				billedName: member.name,
				description,
				amountCents: rate.amountCents,
				issuedOn: input.issuedOn,
				dueOn: input.dueOn ?? addDays(input.issuedOn, DEFAULT_PAYMENT_DAYS)
			})
			.returning();
		await recordAudit(tx, { actorId: input.actorId, action: 'membership.invoice.issue', entityType: 'invoice', entityId: created.id, after: created });
		return { invoice: created, created: true };
	});
}

export type PaymentInput = {
	invoiceId: string;
	receivedOn: string;
	amountCents: number;
	method: PaymentMethod;
	reference?: string | null;
	note?: string | null;
	actorId: string | null;
};

export async function recordPayment(db: Database, input: PaymentInput) {
	return db.transaction(async (tx) => {
		const [billed] = await tx.select().from(invoice).where(eq(invoice.id, input.invoiceId)).for('update');
		if (!billed) throw new AppError('not_found', 'Facture introuvable.');
		if (billed.voidedAt) throw new AppError('invalid_input', 'Cette facture est annulée : aucun paiement ne peut y être inscrit.', { amount: 'Facture annulée.' });
		const [created] = await tx
			.insert(payment)
			.values({
				invoiceId: input.invoiceId,
				receivedOn: input.receivedOn,
				amountCents: input.amountCents,
				method: input.method,
				reference: input.reference ?? null,
				note: input.note ?? null,
				recordedBy: input.actorId
			})
			.returning();
		await recordAudit(tx, { actorId: input.actorId, action: 'membership.payment.record', entityType: 'invoice', entityId: input.invoiceId, after: created });
		return created;
	});
}

/**
 * What was paid on an invoice, for a query on the invoice table. Written out with its own alias: Drizzle leaves
 * the table name off columns in a one-table select, which would turn the correlation into `invoice_id = id`.
 */
export const invoicePaidCents = sql<number>`coalesce((select sum(paid.amount_cents) from payment paid where paid.invoice_id = "invoice"."id"), 0)::int`;

/** What is left to pay on an invoice (negative when overpaid). */
export async function invoiceBalance(db: Database, invoiceId: string): Promise<{ amountCents: number; paidCents: number; balanceCents: number }> {
	const [row] = await db
		.select({
			amountCents: invoice.amountCents,
			paidCents: invoicePaidCents
		})
		.from(invoice)
		.where(eq(invoice.id, invoiceId));
	if (!row) throw new AppError('not_found', 'Facture introuvable.');
	return { amountCents: row.amountCents, paidCents: Number(row.paidCents), balanceCents: row.amountCents - Number(row.paidCents) };
}

/**
 * Voids an invoice with a reason. It keeps its number (the sequence stays continuous) and its year can be
 * billed again. An invoice with payments is not voided: the money received has to stay on record against it.
 */
export async function voidInvoice(db: Database, actor: Actor, invoiceId: string, reason: unknown): Promise<Invoice> {
	assertCan(actor, 'membership.manage');
	const why = typeof reason === 'string' ? reason.trim() : '';
	if (why.length < 3) throw new AppError('invalid_input', m.dues_void_reason_required(), { reason: m.dues_void_reason_required() });
	if (why.length > 500) throw new AppError('invalid_input', m.dues_void_reason_too_long(), { reason: m.dues_void_reason_too_long() });
	return db.transaction(async (tx) => {
		const [billed] = await tx.select().from(invoice).where(eq(invoice.id, invoiceId)).for('update');
		if (!billed) throw new AppError('not_found', 'Facture introuvable.');
		if (billed.voidedAt) throw new AppError('conflict', m.dues_void_already());
		const [paid] = await tx.select({ id: payment.id }).from(payment).where(eq(payment.invoiceId, invoiceId)).limit(1);
		if (paid) throw new AppError('conflict', m.dues_void_has_payments());
		const [voided] = await tx.update(invoice).set({ voidedAt: new Date(), voidReason: why }).where(eq(invoice.id, invoiceId)).returning();
		await recordAudit(tx, { actorId: actor.userId, action: 'membership.invoice.void', entityType: 'invoice', entityId: invoiceId, before: billed, after: voided });
		return voided;
	});
}
