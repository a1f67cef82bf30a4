import { describe, expect, test } from 'vitest';
import { addDays, fiscalYearBounds, fiscalYearOf } from '$lib/fiscal-year';
import { membershipStatus, periodSettled, type MembershipFacts, type MembershipStatus, type PeriodFacts } from './status';

const RANK: Record<MembershipStatus, number> = { echu: 0, grace: 1, nouveau: 2, actif: 2 };

/** A small seeded generator (mulberry32), so a failing case can be replayed from its seed. */
function random(seed: number) {
	let state = seed >>> 0;
	const next = () => {
		state = (state + 0x6d2b79f5) >>> 0;
		let t = state;
		t = Math.imul(t ^ (t >>> 15), t | 1);
		t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
		return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
	};
	return { int: (min: number, max: number) => min + Math.floor(next() * (max - min + 1)), chance: (p: number) => next() < p };
}

function randomMember(seed: number): { facts: MembershipFacts; graceDays: number; days: string[] } {
	const pick = random(seed);
	const joinedOn = addDays('2018-01-01', pick.int(0, 2500));
	const firstYear = fiscalYearOf(joinedOn);
	const periods: PeriodFacts[] = [];
	for (let year = firstYear; year <= firstYear + pick.int(0, 6); year += 1) {
		if (pick.chance(0.15)) continue;
		const amountCents = pick.chance(0.1) ? null : pick.int(1, 5) * 10_000;
		const exempt = pick.chance(0.05);
		const payments =
			amountCents === null || !pick.chance(0.8)
				? []
				: [{ receivedOn: addDays(fiscalYearBounds(year).first, pick.int(-60, 400)), amountCents: pick.chance(0.15) ? amountCents / 2 : amountCents }];
		periods.push({ fiscalYear: year, exempt, amountCents, payments });
	}
	const leftOn = pick.chance(0.2) ? addDays(joinedOn, pick.int(30, 2500)) : null;
	const days = Array.from({ length: 25 }, () => addDays(joinedOn, pick.int(-200, 3000)));
	return { facts: { joinedOn, leftOn, periods }, graceDays: pick.int(0, 180), days };
}

describe('membership status across dates', () => {
	test('a member who pays each year on time walks nouveau → actif → grace → échu', () => {
		const paid = (fiscalYear: number, receivedOn: string): PeriodFacts => ({ fiscalYear, exempt: false, amountCents: 20_000, payments: [{ receivedOn, amountCents: 20_000 }] });
		const facts: MembershipFacts = { joinedOn: '2022-06-15', leftOn: null, periods: [paid(2022, '2022-07-01'), paid(2023, '2023-05-10')] };
		const walk = ['2022-06-14', '2022-06-15', '2023-03-31', '2023-04-01', '2023-05-10', '2024-03-31', '2024-04-01', '2024-06-29', '2024-06-30'].map((day) => [day, membershipStatus(facts, day)]);
		expect(walk).toEqual([
			['2022-06-14', null],
			['2022-06-15', 'nouveau'],
			['2023-03-31', 'nouveau'],
			['2023-04-01', 'grace'],
			['2023-05-10', 'actif'],
			['2024-03-31', 'actif'],
			['2024-04-01', 'grace'],
			['2024-06-29', 'grace'],
			['2024-06-30', 'echu']
		]);
		expect(membershipStatus(facts, '2024-04-20', 10)).toBe('echu');
		expect(membershipStatus({ ...facts, leftOn: '2023-09-01' }, '2023-09-01')).toBe('echu');
	});

	test('a new member has the grace period to pay its first invoice, then lapses', () => {
		const facts: MembershipFacts = { joinedOn: '2024-11-20', leftOn: null, periods: [{ fiscalYear: 2024, exempt: false, amountCents: 15_000, payments: [] }] };
		expect(membershipStatus(facts, '2025-02-17')).toBe('nouveau');
		expect(membershipStatus(facts, '2025-02-18')).toBe('echu');
		expect(membershipStatus({ ...facts, periods: [{ ...facts.periods[0], exempt: true }] }, '2025-02-18')).toBe('nouveau');
	});

	test('properties over 250 random members, payments and grace lengths', () => {
		for (let seed = 1; seed <= 250; seed += 1) {
			const { facts, graceDays, days } = randomMember(seed);
			for (const day of days) {
				const status = membershipStatus(facts, day, graceDays);
				const context = `seed ${seed}, day ${day}`;
				const year = fiscalYearOf(day);
				const thisYear = facts.periods.find((period) => period.fiscalYear === year);
				if (day < facts.joinedOn) {
					expect(status, context).toBeNull();
					continue;
				}
				// Never null once a member, and échu from the day it leaves.
				expect(status, context).not.toBeNull();
				if (facts.leftOn && day >= facts.leftOn) expect(status, context).toBe('echu');
				// Never actif in a year not paid (or exempt) by that day; nouveau only in the year of joining.
				if (status === 'actif') expect(thisYear && periodSettled(thisYear, day), context).toBe(true);
				if (status === 'nouveau') expect(year, context).toBe(fiscalYearOf(facts.joinedOn));
				// A year paid by that day, while still a member, is never grace or échu.
				if (thisYear && periodSettled(thisYear, day) && !(facts.leftOn && day >= facts.leftOn)) expect(['nouveau', 'actif'], context).toContain(status);
				// In grace, the current year is unpaid and the previous one counted.
				if (status === 'grace') {
					expect(thisYear && periodSettled(thisYear, day), context).not.toBe(true);
					expect(day <= addDays(fiscalYearBounds(year - 1).last, graceDays), context).toBe(true);
				}
				// Paying the current year in full that day never makes the status worse, and a longer grace never does either.
				const paidNow: MembershipFacts = {
					...facts,
					periods: [...facts.periods.filter((period) => period.fiscalYear !== year), { fiscalYear: year, exempt: false, amountCents: 100, payments: [{ receivedOn: day, amountCents: 100 }] }]
				};
				expect(RANK[membershipStatus(paidNow, day, graceDays)!], context).toBeGreaterThanOrEqual(RANK[status!]);
				expect(RANK[membershipStatus(facts, day, graceDays + 30)!], context).toBeGreaterThanOrEqual(RANK[status!]);
			}
		}
	});
});
