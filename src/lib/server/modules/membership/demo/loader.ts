import { randomUUID } from 'node:crypto';
import { and, eq, inArray, sql } from 'drizzle-orm';
import { addDays, fiscalYearOf, quebecToday } from '$lib/fiscal-year';
import type { Database } from '../../../db/types';
import { organisation, type OrganisationKind } from '../../accounts/schema';
import { borough, municipality, territory } from '../../territory/schema';
import { DEFAULT_PAYMENT_DAYS, duesDescription } from '../billing/invoices';
import { classOf, listPopulationClasses, type PopulationClass } from '../../territory/service';
import { duesRate, membership, membershipPeriod, payment } from '../schema';
import { insertDemoInvoices, insertInChunks, type DemoInvoiceDraft } from './invoices';
import { DEMO_FIRST_YEAR, planDemoMembership, type DemoMember, type DemoPlace, type DemoReference } from './plan';

/** The 2024-2025 grid in dollars, by population class from the smallest; other years follow at 2.5 % a year. */
const MUNICIPAL_RATES = [75, 150, 250, 450, 900, 1600, 3000];
const FLAT_RATES: Record<Exclude<OrganisationKind, 'municipality'>, number> = { borough: 600, mrc: 350, nonprofit: 100, individual: 40 };

const centsIn = (fiscalYear: number, dollars: number) => Math.round(dollars * 1.025 ** (fiscalYear - 2024)) * 100;

async function hasDemoMembers(db: Database): Promise<boolean> {
	const [row] = await db.select({ id: membership.organisationId }).from(membership).where(eq(membership.demo, true)).limit(1);
	return Boolean(row);
}

export async function demoReference(db: Database): Promise<DemoReference> {
	const [municipalities, mrcs, boroughs] = await Promise.all([
		db
			.select({ code: municipality.code, name: municipality.name, regionCode: municipality.regionCode, population: municipality.population })
			.from(municipality)
			.orderBy(municipality.code),
		db
			.select({
				code: territory.code,
				name: territory.name,
				regionCode: territory.regionCode,
				population: sql<number>`(select coalesce(sum(${municipality.population}), 0)::int from ${municipality} where ${municipality.territoryCode} = ${territory.code})`
			})
			.from(territory)
			.where(eq(territory.kind, 'mrc'))
			.orderBy(territory.code),
		db
			.select({ id: borough.id, name: borough.name, city: municipality.name, regionCode: municipality.regionCode, population: borough.population })
			.from(borough)
			.innerJoin(municipality, eq(municipality.code, borough.municipalityCode))
			.orderBy(borough.id)
	]);
	const place = (fields: Partial<DemoPlace> & Pick<DemoPlace, 'kind' | 'name'>): DemoPlace => ({
		municipalityCode: null,
		boroughId: null,
		territoryCode: null,
		regionCode: null,
		population: null,
		...fields
	});
	return {
		municipalities: municipalities.map((row) => place({ kind: 'municipality', name: row.name, municipalityCode: row.code, regionCode: row.regionCode, population: row.population })),
		mrcs: mrcs.map((row) => place({ kind: 'mrc', name: row.name, territoryCode: row.code, regionCode: row.regionCode, population: Number(row.population) })),
		boroughs: boroughs.map((row) => place({ kind: 'borough', name: `${row.city} – ${row.name}`, boroughId: row.id, regionCode: row.regionCode, population: row.population }))
	};
}

/** A plausible dues grid for each year of the demonstration; a rate staff already set is kept. */
async function insertDemoDuesGrid(tx: Database, years: readonly number[], classes: readonly PopulationClass[]): Promise<void> {
	const rows = years.flatMap((fiscalYear) => [
		...classes.map((row, index) => ({
			fiscalYear,
			memberType: 'municipality' as const,
			populationClassId: row.id,
			amountCents: centsIn(fiscalYear, MUNICIPAL_RATES[Math.min(index, MUNICIPAL_RATES.length - 1)])
		})),
		...Object.entries(FLAT_RATES).map(([memberType, dollars]) => ({
			fiscalYear,
			memberType: memberType as OrganisationKind,
			populationClassId: null,
			amountCents: centsIn(fiscalYear, dollars)
		}))
	]);
	await tx.insert(duesRate).values(rows).onConflictDoNothing();
}

const placeKey = (place: DemoPlace) =>
	place.municipalityCode ? `m:${place.municipalityCode}` : place.boroughId ? `b:${place.boroughId}` : place.territoryCode ? `t:${place.territoryCode}` : null;

/** The organisation of each place, the existing one when there is one (Lévis and Rimouski have theirs from the demonstration accounts). */
async function ensureOrganisations(tx: Database, members: readonly DemoMember[]): Promise<string[]> {
	const places = members.map((member) => member.place);
	const codes = places.flatMap((place) => place.municipalityCode ?? []);
	const boroughIds = places.flatMap((place) => place.boroughId ?? []);
	const territoryCodes = places.flatMap((place) => place.territoryCode ?? []);
	const existing = await tx
		.select({ id: organisation.id, kind: organisation.kind, municipalityCode: organisation.municipalityCode, boroughId: organisation.boroughId, territoryCode: organisation.territoryCode })
		.from(organisation)
		.where(
			sql`(${and(eq(organisation.kind, 'municipality'), inArray(organisation.municipalityCode, codes.length ? codes : ['']))})
				or (${and(eq(organisation.kind, 'borough'), inArray(organisation.boroughId, boroughIds.length ? boroughIds : [-1]))})
				or (${and(eq(organisation.kind, 'mrc'), inArray(organisation.territoryCode, territoryCodes.length ? territoryCodes : ['']))})`
		);
	const known = new Map(
		existing.map((row) => [placeKey({ ...row, name: '', regionCode: null, population: null }), row.id] as const)
	);
	const created: (typeof organisation.$inferInsert)[] = [];
	const ids = places.map((place) => {
		const key = placeKey(place);
		const found = key ? known.get(key) : undefined;
		if (found) return found;
		const id = randomUUID();
		created.push({ id, kind: place.kind, name: place.name, municipalityCode: place.municipalityCode, boroughId: place.boroughId, territoryCode: place.territoryCode });
		return id;
	});
	await insertInChunks(created, (chunk) => tx.insert(organisation).values(chunk));
	return ids;
}

/**
 * About 450 demonstration members of every type across the 17 regions, with their years since 2019-2020:
 * periods, invoices issued on 1 April (or on joining) at the grid's rate, and payments, most within 60 days.
 * On 31 March 2025 the members are the activity report's 372 municipalities and arrondissements, 35 MRC and
 * 20 non-profits and individuals. Written in bulk in one transaction; loaded once (a second call does nothing).
 */
export async function loadDemoMembership(db: Database, today: string = quebecToday()): Promise<void> {
	if (await hasDemoMembers(db)) return;
	const reference = await demoReference(db);
	if (reference.municipalities.length === 0) return;
	const plan = planDemoMembership(reference, today);
	const years = Array.from({ length: fiscalYearOf(today) - DEMO_FIRST_YEAR + 1 }, (_, index) => DEMO_FIRST_YEAR + index);
	await db.transaction(async (tx) => {
		// Two instances starting together: the second waits here, then finds the first one's members.
		await tx.execute(sql`select pg_advisory_xact_lock(hashtext('membership.demo'))`);
		if (await hasDemoMembers(tx)) return;
		const classes = await listPopulationClasses(tx);
		await insertDemoDuesGrid(tx, years, classes);
		const rates = await tx.select().from(duesRate).where(inArray(duesRate.fiscalYear, years));
		const organisationIds = await ensureOrganisations(tx, plan);
		const taken = new Set((await tx.select({ id: membership.organisationId }).from(membership).where(inArray(membership.organisationId, organisationIds))).map((row) => row.id));

		const memberships: (typeof membership.$inferInsert)[] = [];
		const periods: (typeof membershipPeriod.$inferInsert)[] = [];
		const invoices: DemoInvoiceDraft[] = [];
		const payments: (typeof payment.$inferInsert)[] = [];
		plan.forEach((member, index) => {
			const organisationId = organisationIds[index];
			// An organisation that is already a member keeps its own history.
			if (taken.has(organisationId)) return;
			memberships.push({ organisationId, joinedOn: member.joinedOn, leftOn: member.leftOn, leftReason: member.leftReason, source: 'demo', demo: true });
			const populationClass = member.place.kind === 'municipality' && member.place.population !== null ? classOf(member.place.population, classes) : null;
			for (const year of member.years) {
				const periodId = randomUUID();
				periods.push({ id: periodId, organisationId, fiscalYear: year.fiscalYear });
				const yearRates = rates.filter((rate) => rate.fiscalYear === year.fiscalYear && rate.memberType === member.place.kind);
				const rate = yearRates.find((row) => row.populationClassId === (populationClass?.id ?? null)) ?? yearRates.find((row) => row.populationClassId === null);
				if (!rate) continue;
				const rateClass = classes.find((row) => row.id === rate.populationClassId);
				const invoiceId = randomUUID();
				invoices.push({
					id: invoiceId,
					fiscalYear: year.fiscalYear,
					organisationId,
					periodId,
					billedName: member.place.name,
					description: duesDescription(year.fiscalYear, member.place.kind, rateClass ?? null),
					amountCents: rate.amountCents,
					issuedOn: year.issuedOn,
					dueOn: addDays(year.issuedOn, DEFAULT_PAYMENT_DAYS)
				});
				if (year.paidOn) payments.push({ invoiceId, receivedOn: year.paidOn, amountCents: rate.amountCents, method: year.method, reference: year.reference });
			}
		});
		await insertInChunks(memberships, (chunk) => tx.insert(membership).values(chunk));
		await insertInChunks(periods, (chunk) => tx.insert(membershipPeriod).values(chunk));
		await insertDemoInvoices(tx, invoices);
		await insertInChunks(payments, (chunk) => tx.insert(payment).values(chunk));
	});
}
