import { asc, inArray } from 'drizzle-orm';
import type { Database } from '../../../db/types';
import { ORGANISATION_KINDS, type OrganisationKind } from '../../accounts/schema';
import { quebecMap } from '../../territory/service';
import { municipality, region } from '../../territory/schema';
import { listPopulationClasses, type PopulationClass } from '../../territory/service';
import { loadMembers, readGraceDays, type MemberGroup, type MemberRecord } from '../members';
import { isCurrentMember, membershipStatus } from '../status';

export type PortraitCounts = {
	on: string;
	total: number;
	byGroup: Record<MemberGroup, number>;
	byType: { kind: OrganisationKind; count: number }[];
	/** Every region, members or not; non-profits and individuals have none and are left out. */
	byRegion: { code: string; name: string; count: number }[];
	/** Municipalities and arrondissements by population class; `id` null: population unknown. */
	byPopulationClass: { id: number | null; minPopulation: number; maxPopulation: number | null; count: number }[];
	/** The member municipalities, for the map. */
	municipalityCodes: string[];
};

export type RegionRow = { code: string; name: string };

/** The members on a day counted every way the portrait shows them; only records, never typed figures. */
export function countPortrait(
	members: readonly MemberRecord[],
	on: string,
	graceDays: number,
	regions: readonly RegionRow[],
	classes: readonly PopulationClass[]
): PortraitCounts {
	const current = members.filter((member) => isCurrentMember(membershipStatus(member.facts, on, graceDays)));
	const countWhere = (test: (member: MemberRecord) => boolean) => current.filter(test).length;
	const municipal = current.filter((member) => member.group === 'municipal');
	const unknownPopulation = municipal.filter((member) => member.populationClassId === null).length;
	return {
		on,
		total: current.length,
		byGroup: {
			municipal: municipal.length,
			mrc: countWhere((member) => member.group === 'mrc'),
			other: countWhere((member) => member.group === 'other')
		},
		byType: ORGANISATION_KINDS.map((kind) => ({ kind, count: countWhere((member) => member.kind === kind) })),
		byRegion: regions.map((row) => ({ ...row, count: countWhere((member) => member.regionCode === row.code) })),
		byPopulationClass: [
			...classes.map((row) => ({
				id: row.id,
				minPopulation: row.minPopulation,
				maxPopulation: row.maxPopulation,
				count: municipal.filter((member) => member.populationClassId === row.id).length
			})),
			...(unknownPopulation > 0 ? [{ id: null, minPopulation: 0, maxPopulation: null, count: unknownPopulation }] : [])
		],
		municipalityCodes: current.flatMap((member) => (member.kind === 'municipality' && member.municipalityCode ? [member.municipalityCode] : []))
	};
}

/** The same calendar day a year earlier (29 February falls back to the 28th). */
export function sameDayYearBefore(on: string): string {
	const [year, month, day] = on.split('-');
	const earlier = `${Number(year) - 1}-${month}-${day}`;
	return month === '02' && day === '29' ? `${Number(year) - 1}-02-28` : earlier;
}

/** The member portrait on each of the given days, from one reading of the records. */
export async function memberPortraits(db: Database, days: readonly string[]): Promise<PortraitCounts[]> {
	const [members, graceDays, regions, classes] = await Promise.all([
		loadMembers(db),
		readGraceDays(db),
		db.select({ code: region.code, name: region.name }).from(region).orderBy(asc(region.code)),
		listPopulationClasses(db)
	]);
	return days.map((on) => countPortrait(members, on, graceDays, regions, classes));
}

export type MemberMap = {
	width: number;
	height: number;
	areas: { code: string; name: string; d: string }[];
	points: { code: string; name: string; x: number; y: number }[];
	/** Every member municipality by name, with or without coordinates: the map's text equivalent. */
	names: string[];
};

/** The regions of Québec with a point on each member municipality (by its coordinates, when the reference has them). */
export async function memberMap(db: Database, municipalityCodes: readonly string[]): Promise<MemberMap> {
	const [drawn, places] = await Promise.all([
		quebecMap(db),
		municipalityCodes.length
			? db
					.select({ code: municipality.code, name: municipality.name, latitude: municipality.latitude, longitude: municipality.longitude })
					.from(municipality)
					.where(inArray(municipality.code, [...municipalityCodes]))
					.orderBy(asc(municipality.nameSearch))
			: Promise.resolve([])
	]);
	const points = places.flatMap((place) => {
		if (place.latitude === null || place.longitude === null) return [];
		const at = drawn.locate(place.longitude, place.latitude);
		return at ? [{ code: place.code, name: place.name, ...at }] : [];
	});
	return { width: drawn.width, height: drawn.height, areas: drawn.areas, points, names: places.map((place) => place.name) };
}

/** A real calendar day written YYYY-MM-DD, or null (« 2025-02-30 » is not one). */
export function parseDay(text: string): string | null {
	if (!/^\d{4}-\d{2}-\d{2}$/.test(text)) return null;
	const date = new Date(`${text}T00:00:00Z`);
	return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === text ? text : null;
}
