import { asc, count, eq } from 'drizzle-orm';
import { expect, test } from 'vitest';
import { fiscalYearOf, quebecToday } from '$lib/fiscal-year';
import { describeOnEachDatabase } from '../../../db/test-databases';
import { organisation } from '../../accounts/schema';
import { membersOn } from '../members';
import { invoice, invoiceCounter, membership, membershipPeriod, payment } from '../schema';
import { isCurrentMember, membershipStatus, DEFAULT_GRACE_DAYS } from '../status';
import { demoReference, loadDemoMembership } from './loader';
import { DEMO_REPORT_DATE, demoFacts, planDemoMembership } from './plan';

/** The demonstration members as the platform's seed loads them on a demonstration site. */
describeOnEachDatabase(
	'membership demonstration content',
	(context) => {
		const rowCounts = async () => {
			const [[members], [periods], [invoices], [payments], [organisations]] = await Promise.all([
				context.db.select({ rows: count() }).from(membership),
				context.db.select({ rows: count() }).from(membershipPeriod),
				context.db.select({ rows: count() }).from(invoice),
				context.db.select({ rows: count() }).from(payment),
				context.db.select({ rows: count() }).from(organisation)
			]);
			return { members: members.rows, periods: periods.rows, invoices: invoices.rows, payments: payments.rows, organisations: organisations.rows };
		};

		test('about 450 labelled members of every type across the 17 regions, with years since 2019-2020', async () => {
			const members = await membersOn(context.db, quebecToday());
			expect(members.length).toBeGreaterThan(420);
			expect(members.length).toBeLessThan(480);
			expect(members.every((member) => member.demo)).toBe(true);
			expect(new Set(members.map((member) => member.kind))).toEqual(new Set(['municipality', 'borough', 'mrc', 'nonprofit', 'individual']));
			expect(new Set(members.flatMap((member) => member.regionCode ?? [])).size).toBe(17);
			const invented = members.filter((member) => member.group === 'other');
			expect(invented.every((member) => member.name.endsWith('(démo)'))).toBe(true);
			expect(members.some((member) => member.facts.joinedOn < '2019-07-01')).toBe(true);
			expect(members.some((member) => member.facts.leftOn !== null)).toBe(true);
			expect(members.some((member) => member.status === 'echu' && member.facts.leftOn === null)).toBe(true);
		});

		test('the Lévis and Rimouski organisations of the demonstration accounts are current members', async () => {
			const today = quebecToday();
			const members = await membersOn(context.db, today);
			for (const code of ['25213', '10043']) {
				const member = members.find((candidate) => candidate.kind === 'municipality' && candidate.municipalityCode === code);
				expect(isCurrentMember(member?.status ?? null), code).toBe(true);
				expect(member!.facts.periods.map((period) => period.fiscalYear)).toContain(fiscalYearOf(today));
			}
		});

		test('invoice numbers run without gaps in each year and the counter stands at the last one', async () => {
			const rows = await context.db
				.select({ fiscalYear: invoice.fiscalYear, sequence: invoice.sequence, number: invoice.number })
				.from(invoice)
				.orderBy(asc(invoice.fiscalYear), asc(invoice.sequence));
			const counters = new Map((await context.db.select().from(invoiceCounter)).map((row) => [row.fiscalYear, row.lastSequence]));
			const years = [...new Set(rows.map((row) => row.fiscalYear))];
			expect(years[0]).toBe(2019);
			for (const year of years) {
				const sequences = rows.filter((row) => row.fiscalYear === year).map((row) => row.sequence);
				expect(sequences).toEqual(sequences.map((_, index) => index + 1));
				expect(counters.get(year)).toBe(sequences.length);
			}
			expect(rows[0].number).toBe('2019-0001');
		});

		test('every paid year is paid in full, most within 60 days, never after today', async () => {
			const rows = await context.db
				.select({ issuedOn: invoice.issuedOn, receivedOn: payment.receivedOn, billed: invoice.amountCents, paid: payment.amountCents })
				.from(payment)
				.innerJoin(invoice, eq(invoice.id, payment.invoiceId));
			expect(rows.every((row) => row.paid === row.billed && row.billed > 0)).toBe(true);
			expect(rows.every((row) => row.receivedOn <= quebecToday())).toBe(true);
			const within60 = rows.filter((row) => Date.parse(row.receivedOn) - Date.parse(row.issuedOn) <= 60 * 86_400_000).length;
			expect(within60 / rows.length).toBeGreaterThan(0.75);
			expect(within60).toBeLessThan(rows.length);
		});

		test('loading again creates nothing', async () => {
			const before = await rowCounts();
			await loadDemoMembership(context.db);
			expect(await rowCounts()).toEqual(before);
		});

		test('whatever day it is loaded, the plan gives the report’s members on 31 March 2025 and nothing after that day', async () => {
			const reference = await demoReference(context.db);
			const reportMembers = (today: string) =>
				planDemoMembership(reference, today)
					.filter((member) => isCurrentMember(membershipStatus(demoFacts(member), DEMO_REPORT_DATE, DEFAULT_GRACE_DAYS)))
					.map((member) => `${member.place.name} ${member.joinedOn}`);
			const later = reportMembers('2031-02-10');
			for (const today of ['2025-04-01', '2026-01-15']) {
				expect(reportMembers(today)).toEqual(later);
				const plan = planDemoMembership(reference, today);
				const dates = plan.flatMap((member) => [member.joinedOn, member.leftOn, ...member.years.flatMap((year) => [year.issuedOn, year.paidOn])]);
				expect(dates.filter((date): date is string => date !== null && date > today)).toEqual([]);
			}
			expect(later.length).toBe(427);
		});
	},
	{ demoContent: true }
);
