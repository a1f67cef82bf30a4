import { desc, eq, sql } from 'drizzle-orm';
import { z } from 'zod';
import { fiscalYearBounds, fiscalYearOf } from '$lib/fiscal-year';
import type { Database } from '../../../db/types';
import { AppError } from '../../../platform/errors';
import { assertCan } from '../../../platform/permissions';
import type { Actor } from '../../../platform/roles';
import { getOrganisation } from '../../accounts/organisations';
import { loadMembers, readGraceDays } from '../members';
import { invoice, membership, membershipApplication } from '../schema';
import { membershipStatus, periodSettled } from '../status';
import { standingOf } from '../portal/standing';
import { listRegionNames } from '../../territory/service';

/** An organisation's invoices, newest year first, with what was paid on each. */
export async function invoicesOf(db: Database, organisationId: string) {
	const rows = await db
		.select({
			id: invoice.id,
			number: invoice.number,
			fiscalYear: invoice.fiscalYear,
			amountCents: invoice.amountCents,
			issuedOn: invoice.issuedOn,
			dueOn: invoice.dueOn,
			voided: sql<boolean>`${invoice.voidedAt} is not null`,
			// Table names spelled out: inside a subquery drizzle would leave the columns unqualified.
			paidCents: sql<number>`coalesce((select sum(paid.amount_cents) from payment paid where paid.invoice_id = "invoice"."id"), 0)::int`
		})
		.from(invoice)
		.where(eq(invoice.organisationId, organisationId))
		.orderBy(desc(invoice.fiscalYear), desc(invoice.issuedOn));
	return rows.map((row) => ({ ...row, voided: Boolean(row.voided), paidCents: Number(row.paidCents) }));
}

/**
 * One member for staff: standing on the chosen day, each fiscal year since joining with its period,
 * whether it was paid and the status at the year's end, invoices, people and applications.
 */
export async function getMemberDetail(db: Database, actor: Actor, organisationId: string, on: string) {
	assertCan(actor, 'membership.manage');
	if (!z.uuid().safeParse(organisationId).success) throw new AppError('not_found', 'Ce membre n’existe pas.');
	const [member] = await loadMembers(db, [organisationId]);
	if (!member) throw new AppError('not_found', 'Ce membre n’existe pas.');
	const [graceDays, invoices, people, applications, regions, [left]] = await Promise.all([
		readGraceDays(db),
		invoicesOf(db, organisationId),
		getOrganisation(db, actor, organisationId).then((found) => found.members),
		db
			.select({ id: membershipApplication.id, createdAt: membershipApplication.createdAt, status: membershipApplication.status })
			.from(membershipApplication)
			.where(eq(membershipApplication.organisationId, organisationId))
			.orderBy(desc(membershipApplication.createdAt)),
		listRegionNames(db),
		db.select({ reason: membership.leftReason }).from(membership).where(eq(membership.organisationId, organisationId))
	]);
	const firstYear = fiscalYearOf(member.facts.joinedOn);
	const lastYear = Math.max(fiscalYearOf(on), ...member.facts.periods.map((period) => period.fiscalYear));
	const years = [];
	for (let year = lastYear; year >= firstYear; year--) {
		const period = member.facts.periods.find((candidate) => candidate.fiscalYear === year) ?? null;
		const yearEnd = fiscalYearBounds(year).last;
		const asOf = yearEnd < on ? yearEnd : on;
		years.push({
			fiscalYear: year,
			hasPeriod: period !== null,
			exempt: period?.exempt ?? false,
			settled: period ? periodSettled(period, asOf) : false,
			statusAtEnd: asOf >= member.facts.joinedOn ? membershipStatus(member.facts, asOf, graceDays) : null,
			asOf,
			invoice: invoices.find((entry) => entry.fiscalYear === year && !entry.voided) ?? null
		});
	}
	return {
		member: {
			organisationId: member.organisationId,
			name: member.name,
			kind: member.kind,
			regionName: regions.find((region) => region.code === member.regionCode)?.name ?? null,
			population: member.population,
			demo: member.demo,
			joinedOn: member.facts.joinedOn,
			leftOn: member.facts.leftOn,
			leftReason: left?.reason ?? null
		},
		standing: standingOf(member.facts, on, graceDays),
		graceDays,
		years,
		invoices,
		people,
		applications
	};
}
