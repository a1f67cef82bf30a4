import { addDays, fiscalYearBounds, fiscalYearOf } from '$lib/fiscal-year';
import type { OrganisationKind } from '../../accounts/schema';
import { mulberry32 } from '../../catalogue/demo/generate';
import { memberGroupOf, type MemberGroup } from '../members';
import type { PaymentMethod } from '../schema';
import { DEFAULT_GRACE_DAYS, isCurrentMember, membershipStatus, type MembershipFacts } from '../status';
import { DEMO_INDIVIDUALS, DEMO_NONPROFITS } from './names';

export const DEMO_FIRST_YEAR = 2019;
/** The activity report's count date and its figures: current members on 31 March 2025 by group. */
export const DEMO_REPORT_DATE = '2025-03-31';
export const DEMO_REPORT_COUNTS: Readonly<Record<MemberGroup, number>> = { municipal: 372, mrc: 35, other: 20 };
/** Lévis and Rimouski, whose demonstration accounts are responsables: members from the start, always paid on time. */
export const DEMO_ANCHOR_MUNICIPALITIES: readonly string[] = ['25213', '10043'];

const SEED = 62019;
const REPORT_YEAR = fiscalYearOf(DEMO_REPORT_DATE);

export type DemoPlace = {
	kind: OrganisationKind;
	name: string;
	municipalityCode: string | null;
	boroughId: number | null;
	territoryCode: string | null;
	regionCode: string | null;
	population: number | null;
};

export type DemoYear = { fiscalYear: number; issuedOn: string; paidOn: string | null; method: PaymentMethod; reference: string };

export type DemoMember = { place: DemoPlace; joinedOn: string; leftOn: string | null; leftReason: string | null; years: DemoYear[] };

/** How many members of a group have each fate; `current` are the members on the report date. */
type GroupShape = { current: number; lapsedBefore: number; resignedBefore: number; lapsedAfter: number; resignedAfter: number; joinedAfter: number };

const SHAPES: Record<MemberGroup, GroupShape> = {
	municipal: { current: DEMO_REPORT_COUNTS.municipal, lapsedBefore: 6, resignedBefore: 3, lapsedAfter: 10, resignedAfter: 3, joinedAfter: 10 },
	mrc: { current: DEMO_REPORT_COUNTS.mrc, lapsedBefore: 2, resignedBefore: 1, lapsedAfter: 1, resignedAfter: 0, joinedAfter: 2 },
	other: { current: DEMO_REPORT_COUNTS.other, lapsedBefore: 2, resignedBefore: 1, lapsedAfter: 1, resignedAfter: 0, joinedAfter: 1 }
};

/** Share of the members on the report date by the fiscal year they joined in (the founding year is the largest). */
const JOIN_YEAR_WEIGHTS: readonly [number, number][] = [
	[2019, 40],
	[2020, 12],
	[2021, 12],
	[2022, 12],
	[2023, 12],
	[2024, 12]
];

const RESIGNATION_REASONS = [
	'Résolution du conseil : fin de l’adhésion pour raisons budgétaires.',
	'Fusion des services avec l’organisme régional.',
	'Changement d’orientation après les élections municipales.'
];

type Random = () => number;
const randomInt = (random: Random, min: number, max: number) => min + Math.floor(random() * (max - min + 1));

function shuffled<T>(items: readonly T[], random: Random): T[] {
	const copy = [...items];
	for (let index = copy.length - 1; index > 0; index--) {
		const other = Math.floor(random() * (index + 1));
		[copy[index], copy[other]] = [copy[other], copy[index]];
	}
	return copy;
}

/** A weighted sample without replacement (Efraimidis–Spirakis keys), taking `perRegion` of each region first so that every region is there. */
function samplePlaces(places: readonly DemoPlace[], count: number, perRegion: number, random: Random, required: readonly DemoPlace[] = []): DemoPlace[] {
	const keyed = places
		.filter((place) => !required.includes(place))
		.map((place) => ({ place, key: random() ** (1 / Math.max(1, Math.sqrt(place.population ?? 1))) }))
		.sort((a, b) => b.key - a.key);
	const chosen = [...required];
	const taken = new Set(chosen);
	const seen = new Map<string | null, number>();
	for (const place of chosen) seen.set(place.regionCode, (seen.get(place.regionCode) ?? 0) + 1);
	for (const { place } of keyed) {
		const inRegion = seen.get(place.regionCode) ?? 0;
		if (inRegion >= perRegion) continue;
		seen.set(place.regionCode, inRegion + 1);
		chosen.push(place);
		taken.add(place);
	}
	const rest = keyed
		.filter(({ place }) => !taken.has(place))
		.slice(0, Math.max(0, count - chosen.length))
		.map(({ place }) => place);
	return [...chosen, ...shuffled(rest, random)].slice(0, count);
}

function weightedYear(random: Random): number {
	const total = JOIN_YEAR_WEIGHTS.reduce((sum, [, weight]) => sum + weight, 0);
	let target = random() * total;
	for (const [year, weight] of JOIN_YEAR_WEIGHTS) {
		target -= weight;
		if (target < 0) return year;
	}
	return JOIN_YEAR_WEIGHTS[0][0];
}

function paymentOf(random: Random): { method: PaymentMethod; reference: string } {
	const draw = random();
	if (draw < 0.4) return { method: 'cheque', reference: `Chèque ${randomInt(random, 1000, 99999)}` };
	if (draw < 0.85) return { method: 'virement', reference: `VIR-${randomInt(random, 100000, 999999)}` };
	return { method: 'carte', reference: `AUT-${randomInt(random, 100000, 999999)}` };
}

/** Days from an invoice to its payment: most within 60 days, some late into the grace period, a few after it. */
function paymentDelay(random: Random, firstYear: boolean, anchor: boolean): number {
	if (anchor) return randomInt(random, 3, 20);
	if (firstYear) return randomInt(random, 5, 45);
	const draw = random();
	if (draw < 0.8) return randomInt(random, 5, 60);
	if (draw < 0.94) return randomInt(random, 61, 89);
	return randomInt(random, 95, 150);
}

type Story = { joinYear: number; lapseYear: number | null; resignYear: number | null; anchor: boolean };

/** A day of the fiscal year, not after `latest`; null when the year starts after it. */
function dayIn(random: Random, fiscalYear: number, latest: string): string | null {
	const { first, last } = fiscalYearBounds(fiscalYear);
	const end = last < latest ? last : latest;
	if (first > end) return null;
	const span = Math.round((Date.parse(end) - Date.parse(first)) / 86_400_000);
	return addDays(first, randomInt(random, 0, span));
}

function live(place: DemoPlace, story: Story, today: string, random: Random): DemoMember | null {
	const currentYear = fiscalYearOf(today);
	const joinedOn = story.anchor ? `${story.joinYear}-04-01` : dayIn(random, story.joinYear, today);
	if (!joinedOn) return null;
	// A resignation comes in February or March, after the year was paid; one still to come is left out.
	let leftOn: string | null = null;
	if (story.resignYear !== null) {
		const candidate = `${story.resignYear + 1}-0${randomInt(random, 2, 3)}-${String(randomInt(random, 1, 28)).padStart(2, '0')}`;
		if (candidate <= today) leftOn = candidate;
	}
	const lastYear = Math.min(currentYear, leftOn ? story.resignYear! : (story.lapseYear ?? currentYear));
	const years: DemoYear[] = [];
	for (let fiscalYear = story.joinYear; fiscalYear <= lastYear; fiscalYear++) {
		const firstYear = fiscalYear === story.joinYear;
		const issuedOn = firstYear ? joinedOn : fiscalYearBounds(fiscalYear).first;
		const due = addDays(issuedOn, paymentDelay(random, firstYear, story.anchor));
		const unpaid = fiscalYear === story.lapseYear || due > today;
		years.push({ fiscalYear, issuedOn, paidOn: unpaid ? null : due, ...paymentOf(random) });
	}
	return { place, joinedOn, leftOn, leftReason: leftOn ? RESIGNATION_REASONS[randomInt(random, 0, RESIGNATION_REASONS.length - 1)] : null, years };
}

/** The fates of a group's places, in order: members on the report date (some lapsing or resigning later), then the others. */
function storiesFor(shape: GroupShape, anchors: number, random: Random): Story[] {
	const stories: Story[] = [];
	const current = Array.from({ length: shape.current }, (_, index): Story => ({
		joinYear: index < anchors ? DEMO_FIRST_YEAR : weightedYear(random),
		lapseYear: null,
		resignYear: null,
		anchor: index < anchors
	}));
	const changing = shuffled(current.slice(anchors), random);
	changing.slice(0, shape.lapsedAfter).forEach((story) => (story.lapseYear = REPORT_YEAR + 1 + (random() < 0.5 ? 0 : 1)));
	changing.slice(shape.lapsedAfter, shape.lapsedAfter + shape.resignedAfter).forEach((story) => (story.resignYear = REPORT_YEAR + 1));
	stories.push(...current);
	for (let index = 0; index < shape.lapsedBefore; index++) {
		const joinYear = randomInt(random, DEMO_FIRST_YEAR, DEMO_FIRST_YEAR + 2);
		stories.push({ joinYear, lapseYear: randomInt(random, joinYear + 1, REPORT_YEAR), resignYear: null, anchor: false });
	}
	for (let index = 0; index < shape.resignedBefore; index++) {
		const joinYear = randomInt(random, DEMO_FIRST_YEAR, DEMO_FIRST_YEAR + 2);
		stories.push({ joinYear, lapseYear: null, resignYear: randomInt(random, joinYear + 1, REPORT_YEAR), anchor: false });
	}
	for (let index = 0; index < shape.joinedAfter; index++) {
		stories.push({ joinYear: REPORT_YEAR + 1 + (index % 2), lapseYear: null, resignYear: null, anchor: false });
	}
	return stories;
}

const groupSize = (shape: GroupShape) => shape.current + shape.lapsedBefore + shape.resignedBefore + shape.joinedAfter;

export type DemoReference = {
	municipalities: readonly DemoPlace[];
	mrcs: readonly DemoPlace[];
	boroughs: readonly DemoPlace[];
};

/**
 * The demonstration members and their years, from real places picked with a fixed seed, so that every
 * load gives the same members. Dates after `today` are left out (no future join, payment or
 * resignation), and whatever the day, the members on the report date are the report's figures.
 */
export function planDemoMembership(reference: DemoReference, today: string): DemoMember[] {
	const random = mulberry32(SEED);
	const anchors = DEMO_ANCHOR_MUNICIPALITIES.flatMap((code) => reference.municipalities.filter((place) => place.municipalityCode === code));
	const boroughs = reference.boroughs.slice(0, 2);
	const sampled = samplePlaces(reference.municipalities, groupSize(SHAPES.municipal) - boroughs.length, 3, random, anchors);
	// Right after the anchors, so that the arrondissements are among the members on the report date.
	const municipalPlaces = [...anchors, ...boroughs, ...sampled.slice(anchors.length)];
	const mrcPlaces = samplePlaces(reference.mrcs, groupSize(SHAPES.mrc), 1, random);
	const otherPlaces = shuffled(
		[
			...DEMO_NONPROFITS.map((name) => invented('nonprofit', name)),
			...DEMO_INDIVIDUALS.map((name) => invented('individual', name))
		],
		random
	);
	const groups: [DemoPlace[], GroupShape, number][] = [
		[municipalPlaces, SHAPES.municipal, anchors.length],
		[mrcPlaces, SHAPES.mrc, 0],
		[otherPlaces, SHAPES.other, 0]
	];
	const members: DemoMember[] = [];
	for (const [groupIndex, [places, shape, anchorCount]] of groups.entries()) {
		const stories = storiesFor(shape, anchorCount, random);
		places.slice(0, stories.length).forEach((place, index) => {
			// Each member draws from its own sequence, so that its past stays the same whatever day the demo is loaded.
			const member = live(place, stories[index], today, mulberry32(SEED + groupIndex * 100_003 + index * 7_919));
			if (member) members.push(member);
		});
	}
	assertReportFigures(members);
	return members;
}

function invented(kind: 'nonprofit' | 'individual', name: string): DemoPlace {
	return { kind, name: `${name} (démo)`, municipalityCode: null, boroughId: null, territoryCode: null, regionCode: null, population: null };
}

export function demoFacts(member: DemoMember): MembershipFacts {
	return {
		joinedOn: member.joinedOn,
		leftOn: member.leftOn,
		periods: member.years.map((year) => ({
			fiscalYear: year.fiscalYear,
			exempt: false,
			// The amount only matters against the payments: a paid year is paid in full.
			amountCents: 1,
			payments: year.paidOn ? [{ receivedOn: year.paidOn, amountCents: 1 }] : []
		}))
	};
}

/** The plan must give the report's figures; a change that breaks them fails here rather than in the report. */
function assertReportFigures(members: readonly DemoMember[]): void {
	const counts: Record<MemberGroup, number> = { municipal: 0, mrc: 0, other: 0 };
	for (const member of members) {
		if (isCurrentMember(membershipStatus(demoFacts(member), DEMO_REPORT_DATE, DEFAULT_GRACE_DAYS))) counts[memberGroupOf(member.place.kind)]++;
	}
	for (const group of Object.keys(counts) as MemberGroup[]) {
		if (counts[group] !== DEMO_REPORT_COUNTS[group]) {
			throw new Error(`Démonstration des membres : ${counts[group]} membres « ${group} » au ${DEMO_REPORT_DATE} au lieu de ${DEMO_REPORT_COUNTS[group]}.`);
		}
	}
}
