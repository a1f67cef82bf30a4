import { and, asc, eq, isNull, max, min } from 'drizzle-orm';
import { m } from '$lib/paraglide/messages.js';
import type { Database } from '../../../db/types';
import { recordAudit } from '../../../platform/audit/service';
import { assertCan } from '../../../platform/permissions';
import type { Actor } from '../../../platform/roles';
import { AppError } from '../../../platform/errors';
import type { OrganisationKind } from '../../accounts/schema';
import { listPopulationClasses, type PopulationClass } from '../../territory/service';
import { duesRate, MEMBER_TYPES } from '../schema';
import { dollarsInputValue, readDollars } from './money';

/** Places pay by population class; non-profits and individuals pay one rate. */
export const TYPES_BY_CLASS: readonly OrganisationKind[] = ['municipality', 'borough', 'mrc'];

export type GridCell = { memberType: OrganisationKind; populationClassId: number | null; field: string };

export function cellField(memberType: OrganisationKind, populationClassId: number | null): string {
	return `rate-${memberType}-${populationClassId ?? 'all'}`;
}

/** Every cell of a year's grid, in display order: one per class for places, one for the other types. */
export function gridCells(classes: readonly PopulationClass[]): GridCell[] {
	return MEMBER_TYPES.flatMap((memberType): GridCell[] =>
		TYPES_BY_CLASS.includes(memberType)
			? classes.map((row) => ({ memberType, populationClassId: row.id, field: cellField(memberType, row.id) }))
			: [{ memberType, populationClassId: null, field: cellField(memberType, null) }]
	);
}

export type DuesGrid = {
	fiscalYear: number;
	classes: PopulationClass[];
	cells: GridCell[];
	/** Field name to the stored amount, as typed back in the form; absent when the cell has no rate yet. */
	values: Record<string, string>;
	complete: boolean;
};

async function storedRates(db: Database, fiscalYear: number) {
	return db
		.select({ memberType: duesRate.memberType, populationClassId: duesRate.populationClassId, amountCents: duesRate.amountCents })
		.from(duesRate)
		.where(eq(duesRate.fiscalYear, fiscalYear))
		.orderBy(asc(duesRate.id));
}

export async function loadDuesGrid(db: Database, fiscalYear: number): Promise<DuesGrid> {
	const [classes, rates] = await Promise.all([listPopulationClasses(db), storedRates(db, fiscalYear)]);
	const cells = gridCells(classes);
	const values: Record<string, string> = {};
	for (const rate of rates) values[cellField(rate.memberType, rate.populationClassId)] = dollarsInputValue(rate.amountCents);
	return { fiscalYear, classes, cells, values, complete: cells.every((cell) => cell.field in values) };
}

/** The first and last fiscal years that have rates, to offer in the year picker. */
export async function ratedYears(db: Database): Promise<{ first: number | null; last: number | null }> {
	const [row] = await db.select({ first: min(duesRate.fiscalYear), last: max(duesRate.fiscalYear) }).from(duesRate);
	return { first: row?.first ?? null, last: row?.last ?? null };
}

const problemMessages = {
	empty: () => m.dues_rate_error_empty(),
	invalid: () => m.dues_rate_error_invalid(),
	negative: () => m.dues_rate_error_negative(),
	too_large: () => m.dues_rate_error_too_large()
};

/** Reads every cell of the grid form; all cells are required, each error is named by its field. */
export function readGridForm(cells: readonly GridCell[], form: Record<string, unknown>): { amounts: Map<string, number>; errors: Record<string, string> } {
	const amounts = new Map<string, number>();
	const errors: Record<string, string> = {};
	for (const cell of cells) {
		const typed = form[cell.field];
		const reading = readDollars(typeof typed === 'string' ? typed : '');
		if (reading.problem) errors[cell.field] = problemMessages[reading.problem]();
		else amounts.set(cell.field, reading.cents);
	}
	return { amounts, errors };
}

/** Sets a year's whole grid in one transaction, audited with the grid before and after; a bad cell saves nothing. */
export async function saveDuesGrid(db: Database, actor: Actor, fiscalYear: number, form: Record<string, unknown>): Promise<{ saved: number }> {
	assertCan(actor, 'membership.manage');
	const classes = await listPopulationClasses(db);
	const cells = gridCells(classes);
	const { amounts, errors } = readGridForm(cells, form);
	if (Object.keys(errors).length > 0) throw new AppError('invalid_input', m.dues_rate_error_summary(), errors);
	return db.transaction(async (tx) => {
		const before = await storedRates(tx, fiscalYear);
		for (const cell of cells) {
			const amountCents = amounts.get(cell.field)!;
			const where = and(
				eq(duesRate.fiscalYear, fiscalYear),
				eq(duesRate.memberType, cell.memberType),
				cell.populationClassId === null ? isNull(duesRate.populationClassId) : eq(duesRate.populationClassId, cell.populationClassId)
			);
			const updated = await tx.update(duesRate).set({ amountCents, updatedAt: new Date() }).where(where).returning({ id: duesRate.id });
			if (updated.length === 0) {
				await tx.insert(duesRate).values({ fiscalYear, memberType: cell.memberType, populationClassId: cell.populationClassId, amountCents });
			}
		}
		const after = await storedRates(tx, fiscalYear);
		await recordAudit(tx, { actorId: actor.userId, action: 'membership.dues_grid.save', entityType: 'dues_grid', entityId: String(fiscalYear), before, after });
		return { saved: cells.length };
	});
}

/** The previous year's grid as form values, for staff to check and save; null when that year has no rates. */
export async function previousGridValues(db: Database, fiscalYear: number): Promise<Record<string, string> | null> {
	const previous = await loadDuesGrid(db, fiscalYear - 1);
	return Object.keys(previous.values).length > 0 ? previous.values : null;
}
