import { addDays, fiscalYearBounds, fiscalYearOf } from '$lib/fiscal-year';
import { membershipStatus, periodSettled, type MembershipFacts, type MembershipStatus } from '../status';

/**
 * What a status means on a day, in dates: until when the member is in, and whether a payment is awaited.
 * - nouveau / actif, year paid: member until the end of the latest paid year;
 * - nouveau, first year not paid yet: member until the end of the time given to pay the first invoice;
 * - grace: until the end of the grace period after the last paid year, the year's invoice to pay;
 * - échu: since when (resignation day, or end of the grace period).
 */
export type Standing = {
	status: MembershipStatus | null;
	/** Last day the membership counts without a new payment. */
	until: string | null;
	/** The day it stopped counting, for a lapsed or resigned member. */
	since: string | null;
	paymentDue: boolean;
	resigned: boolean;
};

export function standingOf(facts: MembershipFacts, on: string, graceDays: number): Standing {
	const status = membershipStatus(facts, on, graceDays);
	const paidYears = facts.periods.filter((period) => periodSettled(period, on)).map((period) => period.fiscalYear);
	const lastPaid = paidYears.length > 0 ? Math.max(...paidYears) : null;
	const resigned = facts.leftOn !== null && on >= facts.leftOn;
	if (status === null) return { status, until: null, since: null, paymentDue: false, resigned: false };
	if (status === 'echu') {
		const since = resigned ? facts.leftOn : lastPaid === null ? addDays(facts.joinedOn, graceDays) : addDays(fiscalYearBounds(lastPaid).last, graceDays + 1);
		return { status, until: null, since, paymentDue: !resigned, resigned };
	}
	if (status === 'grace') return { status, until: addDays(fiscalYearBounds(lastPaid ?? fiscalYearOf(on) - 1).last, graceDays), since: null, paymentDue: true, resigned };
	if (lastPaid !== null && lastPaid >= fiscalYearOf(on)) return { status, until: fiscalYearBounds(lastPaid).last, since: null, paymentDue: false, resigned };
	return { status, until: addDays(facts.joinedOn, graceDays - 1), since: null, paymentDue: true, resigned };
}
