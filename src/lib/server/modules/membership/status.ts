import { addDays, fiscalYearBounds, fiscalYearOf } from '$lib/fiscal-year';

export const MEMBERSHIP_STATUSES = ['nouveau', 'actif', 'grace', 'echu'] as const;
export type MembershipStatus = (typeof MEMBERSHIP_STATUSES)[number];

/** Statuses that count as a member in good standing (CiviCRM's “current member”). */
export const CURRENT_STATUSES: readonly MembershipStatus[] = ['nouveau', 'actif', 'grace'];

export const DEFAULT_GRACE_DAYS = 90;

export type PeriodFacts = {
	fiscalYear: number;
	exempt: boolean;
	/** Amount billed for the year; null when no invoice was issued (yet), or the invoice was voided. */
	amountCents: number | null;
	/** Payments on the year's invoice, with the day each was received. */
	payments: readonly { receivedOn: string; amountCents: number }[];
};

export type MembershipFacts = {
	joinedOn: string;
	leftOn: string | null;
	periods: readonly PeriodFacts[];
};

/** Whether a year was paid for as of a date (payments received later do not count yet). */
export function periodSettled(period: PeriodFacts, on: string): boolean {
	if (period.exempt) return true;
	if (period.amountCents === null) return false;
	const paid = period.payments.filter((payment) => payment.receivedOn <= on).reduce((sum, payment) => sum + payment.amountCents, 0);
	return paid >= period.amountCents;
}

/**
 * A member's status on a day, from dates and payments only:
 * - a year counts once it is paid (or exempt); a new member's first year also counts for the grace
 *   period after joining, the time to pay the first invoice;
 * - inside the latest year that counts: « nouveau » in the year of joining, « actif » after;
 * - within `graceDays` after that year's end: « en période de grâce »; later, or after leaving: « échu »;
 * - before joining: null (not a member).
 */
export function membershipStatus(facts: MembershipFacts, on: string, graceDays: number = DEFAULT_GRACE_DAYS): MembershipStatus | null {
	if (on < facts.joinedOn) return null;
	if (facts.leftOn && on >= facts.leftOn) return 'echu';
	const firstYear = fiscalYearOf(facts.joinedOn);
	const currentYear = fiscalYearOf(on);
	const counted = facts.periods
		.filter((period) => period.fiscalYear <= currentYear)
		.filter((period) => periodSettled(period, on) || (period.fiscalYear === firstYear && on < addDays(facts.joinedOn, graceDays)))
		.map((period) => period.fiscalYear);
	if (counted.length === 0) return 'echu';
	const latest = Math.max(...counted);
	if (latest === currentYear) return currentYear === firstYear ? 'nouveau' : 'actif';
	const graceEnds = addDays(fiscalYearBounds(latest).last, graceDays);
	return on <= graceEnds ? 'grace' : 'echu';
}

export function isCurrentMember(status: MembershipStatus | null): boolean {
	return status !== null && CURRENT_STATUSES.includes(status);
}
