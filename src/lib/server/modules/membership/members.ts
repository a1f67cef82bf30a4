import { and, asc, eq, inArray, isNull, sql } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import type { Database } from '../../db/types';
import { readSetting } from '../../platform/settings';
import { organisation, type OrganisationKind } from '../accounts/schema';
import { borough, municipality, territory } from '../territory/schema';
import { classOf, listPopulationClasses } from '../territory/service';
import { invoice, membership, membershipPeriod, payment } from './schema';
import { DEFAULT_GRACE_DAYS, membershipStatus, type MembershipFacts, type MembershipStatus, type PeriodFacts } from './status';

export type MemberGroup = 'municipal' | 'mrc' | 'other';

/** The report's three groups: municipalities and arrondissements, MRC, non-profits and individuals. */
export function memberGroupOf(kind: OrganisationKind): MemberGroup {
	if (kind === 'municipality' || kind === 'borough') return 'municipal';
	return kind === 'mrc' ? 'mrc' : 'other';
}

export type MemberRecord = {
	organisationId: string;
	name: string;
	kind: OrganisationKind;
	group: MemberGroup;
	municipalityCode: string | null;
	boroughId: number | null;
	territoryCode: string | null;
	/** Where the member is: its own region, its city's, or its MRC's; null for non-profits and individuals. */
	regionCode: string | null;
	/** The place's population (an MRC's is the sum of its municipalities'); null when the member is not a place. */
	population: number | null;
	populationClassId: number | null;
	demo: boolean;
	facts: MembershipFacts;
};

export const GRACE_DAYS_SETTING = 'membership.graceDays';

/** The grace period after a membership year ends, in days; staff may change it. */
export async function readGraceDays(db: Database): Promise<number> {
	const stored = await readSetting<number>(db, GRACE_DAYS_SETTING);
	return typeof stored === 'number' && Number.isInteger(stored) && stored >= 0 ? stored : DEFAULT_GRACE_DAYS;
}

const boroughCity = alias(municipality, 'borough_city');

/** Every member organisation (or the ones asked for) with the facts its status derives from. */
export async function loadMembers(db: Database, organisationIds?: readonly string[]): Promise<MemberRecord[]> {
	if (organisationIds && organisationIds.length === 0) return [];
	const mrcPopulation = db
		.select({ territoryCode: municipality.territoryCode, population: sql<number>`sum(${municipality.population})::int`.as('mrc_population') })
		.from(municipality)
		.groupBy(municipality.territoryCode)
		.as('mrc_population');
	const rows = await db
		.select({
			organisationId: organisation.id,
			name: organisation.name,
			kind: organisation.kind,
			municipalityCode: organisation.municipalityCode,
			boroughId: organisation.boroughId,
			territoryCode: organisation.territoryCode,
			regionCode: sql<string | null>`coalesce(${municipality.regionCode}, ${boroughCity.regionCode}, ${territory.regionCode})`,
			population: sql<number | null>`coalesce(${municipality.population}, ${borough.population}, ${mrcPopulation.population})`,
			joinedOn: membership.joinedOn,
			leftOn: membership.leftOn,
			demo: membership.demo
		})
		.from(membership)
		.innerJoin(organisation, eq(organisation.id, membership.organisationId))
		.leftJoin(municipality, eq(municipality.code, organisation.municipalityCode))
		.leftJoin(borough, eq(borough.id, organisation.boroughId))
		.leftJoin(boroughCity, eq(boroughCity.code, borough.municipalityCode))
		.leftJoin(territory, eq(territory.code, organisation.territoryCode))
		.leftJoin(mrcPopulation, eq(mrcPopulation.territoryCode, organisation.territoryCode))
		.where(organisationIds ? inArray(membership.organisationId, [...organisationIds]) : undefined)
		.orderBy(asc(organisation.nameSearch));
	const periods = await loadPeriodFacts(db, organisationIds);
	const classes = await listPopulationClasses(db);
	return rows.map((row) => ({
		organisationId: row.organisationId,
		name: row.name,
		kind: row.kind,
		group: memberGroupOf(row.kind),
		municipalityCode: row.municipalityCode,
		boroughId: row.boroughId,
		territoryCode: row.territoryCode,
		regionCode: row.regionCode,
		population: row.population === null ? null : Number(row.population),
		populationClassId: row.population === null ? null : (classOf(Number(row.population), classes)?.id ?? null),
		demo: row.demo,
		facts: { joinedOn: row.joinedOn, leftOn: row.leftOn, periods: periods.get(row.organisationId) ?? [] }
	}));
}

async function loadPeriodFacts(db: Database, organisationIds?: readonly string[]): Promise<Map<string, PeriodFacts[]>> {
	const periodRows = await db
		.select({
			id: membershipPeriod.id,
			organisationId: membershipPeriod.organisationId,
			fiscalYear: membershipPeriod.fiscalYear,
			exempt: membershipPeriod.exempt,
			invoiceId: invoice.id,
			amountCents: invoice.amountCents
		})
		.from(membershipPeriod)
		.leftJoin(invoice, and(eq(invoice.periodId, membershipPeriod.id), isNull(invoice.voidedAt)))
		.where(organisationIds ? inArray(membershipPeriod.organisationId, [...organisationIds]) : undefined);
	const paymentRows = await db
		.select({ invoiceId: payment.invoiceId, receivedOn: payment.receivedOn, amountCents: payment.amountCents })
		.from(payment)
		.innerJoin(invoice, eq(invoice.id, payment.invoiceId))
		.where(organisationIds ? inArray(invoice.organisationId, [...organisationIds]) : undefined);
	const paymentsByInvoice = new Map<string, { receivedOn: string; amountCents: number }[]>();
	for (const row of paymentRows) {
		const list = paymentsByInvoice.get(row.invoiceId) ?? [];
		list.push({ receivedOn: row.receivedOn, amountCents: row.amountCents });
		paymentsByInvoice.set(row.invoiceId, list);
	}
	const byOrganisation = new Map<string, PeriodFacts[]>();
	for (const row of periodRows) {
		const list = byOrganisation.get(row.organisationId) ?? [];
		list.push({
			fiscalYear: row.fiscalYear,
			exempt: row.exempt,
			amountCents: row.amountCents,
			payments: row.invoiceId ? (paymentsByInvoice.get(row.invoiceId) ?? []) : []
		});
		byOrganisation.set(row.organisationId, list);
	}
	for (const list of byOrganisation.values()) list.sort((a, b) => a.fiscalYear - b.fiscalYear);
	return byOrganisation;
}

export type MemberOnDate = MemberRecord & { status: MembershipStatus | null };

/** Every member with its status on a day (null: not yet a member that day). */
export async function membersOn(db: Database, on: string, organisationIds?: readonly string[]): Promise<MemberOnDate[]> {
	const [members, graceDays] = await Promise.all([loadMembers(db, organisationIds), readGraceDays(db)]);
	return members.map((member) => ({ ...member, status: membershipStatus(member.facts, on, graceDays) }));
}
