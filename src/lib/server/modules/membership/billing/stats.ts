import { and, gte, isNull, lt, sql } from 'drizzle-orm';
import { fiscalYearLabel, fiscalYearOf, quebecToday } from '$lib/fiscal-year';
import { m } from '$lib/paraglide/messages.js';
import type { Database } from '../../../db/types';
import type { Period, StatFigure } from '../../../platform/manifest';
import { invoice, payment } from '../schema';

/** Dues billed (invoices issued, voided ones left out) and collected (payments received) in a period, in dollars. */
export async function duesFigures(db: Database, period: Period): Promise<{ billedCents: number; collectedCents: number }> {
	const first = quebecToday(period.start);
	const end = quebecToday(period.end);
	const [[billed], [collected]] = await Promise.all([
		db
			.select({ cents: sql<number>`coalesce(sum(${invoice.amountCents}), 0)::bigint` })
			.from(invoice)
			.where(and(gte(invoice.issuedOn, first), lt(invoice.issuedOn, end), isNull(invoice.voidedAt))),
		db
			.select({ cents: sql<number>`coalesce(sum(${payment.amountCents}), 0)::bigint` })
			.from(payment)
			.where(and(gte(payment.receivedOn, first), lt(payment.receivedOn, end)))
	]);
	return { billedCents: Number(billed.cents), collectedCents: Number(collected.cents) };
}

export async function duesStatFigures(db: Database, period: Period): Promise<StatFigure[]> {
	const { billedCents, collectedCents } = await duesFigures(db, period);
	const source = `/admin/cotisations?exercice=${fiscalYearLabel(fiscalYearOf(quebecToday(period.start)))}`;
	return [
		{ key: 'membership.dues.billed', label: () => m.dues_stat_billed(), value: billedCents / 100, unit: '$', source },
		{ key: 'membership.dues.collected', label: () => m.dues_stat_collected(), value: collectedCents / 100, unit: '$', source }
	];
}
