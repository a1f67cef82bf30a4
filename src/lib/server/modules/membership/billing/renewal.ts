import { and, count, eq, isNull } from 'drizzle-orm';
import { addDays, fiscalYearBounds } from '$lib/fiscal-year';
import type { Database } from '../../../db/types';
import { recordAudit } from '../../../platform/audit/service';
import { AppError } from '../../../platform/errors';
import { assertCan } from '../../../platform/permissions';
import type { Actor } from '../../../platform/roles';
import { membersOn, type MemberOnDate } from '../members';
import { duesRate, invoice } from '../schema';
import { isCurrentMember } from '../status';
import { DEFAULT_PAYMENT_DAYS, issueInvoice } from './invoices';
import { loadDuesGrid } from './rates';

export type RenewalReport = {
	fiscalYear: number;
	/** Current members on the day of the run. */
	considered: number;
	created: number;
	alreadyBilled: number;
	exempt: number;
	/** Current members the year's grid has no rate for (no invoice made). */
	noRate: { organisationId: string; name: string }[];
};

/** An invoice issued before its year starts is due on the year's first day; later, after the usual delay. */
export function renewalDueOn(fiscalYear: number, issuedOn: string): string {
	const delayed = addDays(issuedOn, DEFAULT_PAYMENT_DAYS);
	const first = fiscalYearBounds(fiscalYear).first;
	return delayed > first ? delayed : first;
}

function hasRate(member: MemberOnDate, rates: { memberType: string; populationClassId: number | null }[]): boolean {
	return rates.some((rate) => rate.memberType === member.kind && (rate.populationClassId === member.populationClassId || rate.populationClassId === null));
}

/**
 * Bills a fiscal year to every current member (nouveau, actif or en période de grâce on `today`). Each invoice
 * is its own transaction and issueInvoice is idempotent, so a run stopped part-way leaves whole invoices only,
 * and running again bills the rest and nothing twice.
 */
export async function renewMemberships(db: Database, actor: Actor, input: { fiscalYear: number; today: string }): Promise<RenewalReport> {
	assertCan(actor, 'membership.manage');
	const [members, rates] = await Promise.all([
		membersOn(db, input.today),
		db.select({ memberType: duesRate.memberType, populationClassId: duesRate.populationClassId }).from(duesRate).where(eq(duesRate.fiscalYear, input.fiscalYear))
	]);
	const current = members.filter((member) => isCurrentMember(member.status));
	const report: RenewalReport = { fiscalYear: input.fiscalYear, considered: current.length, created: 0, alreadyBilled: 0, exempt: 0, noRate: [] };
	const dueOn = renewalDueOn(input.fiscalYear, input.today);
	for (const member of current) {
		if (member.facts.periods.some((period) => period.fiscalYear === input.fiscalYear && period.exempt)) {
			report.exempt += 1;
			continue;
		}
		if (!hasRate(member, rates)) {
			report.noRate.push({ organisationId: member.organisationId, name: member.name });
			continue;
		}
		try {
			const { created } = await issueInvoice(db, { organisationId: member.organisationId, fiscalYear: input.fiscalYear, issuedOn: input.today, dueOn, actorId: actor.userId });
			if (created) report.created += 1;
			else report.alreadyBilled += 1;
		} catch (cause) {
			// A rate removed since the run began: report it like the others, the rest goes on.
			if (!(cause instanceof AppError && cause.code === 'invalid_input')) throw cause;
			report.noRate.push({ organisationId: member.organisationId, name: member.name });
		}
	}
	await db.transaction((tx) =>
		recordAudit(tx, { actorId: actor.userId, action: 'membership.renewal.run', entityType: 'membership_year', entityId: String(input.fiscalYear), after: { ...report, noRate: report.noRate.length } })
	);
	return report;
}

/** What staff see before running a renewal: current members today, invoices the year already has, whether its grid is complete. */
export async function renewalOverview(db: Database, fiscalYear: number, today: string) {
	const [members, [billed], grid] = await Promise.all([
		membersOn(db, today),
		db.select({ count: count() }).from(invoice).where(and(eq(invoice.fiscalYear, fiscalYear), isNull(invoice.voidedAt))),
		loadDuesGrid(db, fiscalYear)
	]);
	return { current: members.filter((member) => isCurrentMember(member.status)).length, billed: billed.count, gridComplete: grid.complete };
}
