import { and, gte, isNull, lte, or, type SQL } from 'drizzle-orm';
import type { AnyPgColumn } from 'drizzle-orm/pg-core';
import { z } from 'zod';
import type { Database } from '../../../db/types';
import { recordAudit } from '../../../platform/audit/service';
import { AppError } from '../../../platform/errors';
import type { Actor } from '../../../platform/roles';
import { moveRow, type Direction } from '../../../platform/reorder';
import { INVALID_FORM, parse } from '../../../platform/validation';
import { endInputSchema } from './validation';

/** Boards, committees, staff and the accompaniment team are all kept by staff under this one permission. */
export const GOVERNANCE_PERMISSION = 'membership.manage';

/** Not over on `today`: no end date, or one that is today or later (the last day still counts). */
export function notEndedBy(endOn: AnyPgColumn, today: string): SQL {
	return or(isNull(endOn), gte(endOn, today))!;
}

/** Begun by `today` (or with no known start) and not over. */
export function runningOn(startOn: AnyPgColumn, endOn: AnyPgColumn, today: string): SQL {
	return and(or(isNull(startOn), lte(startOn, today)), notEndedBy(endOn, today))!;
}

/** Over before `today`. */
export const hasEnded = (row: { endOn: string | null }, today: string) => row.endOn !== null && row.endOn < today;

/** The same test as `runningOn`, in memory, for rows already read. */
export function isRunningOn(row: { startOn?: string | null; endOn: string | null }, today: string): boolean {
	return (!row.startOn || row.startOn <= today) && !hasEnded(row, today);
}

const longDate = new Intl.DateTimeFormat('fr-CA', { dateStyle: 'long', timeZone: 'UTC' });

/** « 1 avril 2024 », for the French messages services send back. */
export const frenchDate = (isoDate: string) => longDate.format(new Date(`${isoDate}T00:00:00Z`));

const uuid = z.uuid();

/** A record's id from an address or a form; anything that cannot be one is « not found », never a database error. */
export function recordId(value: unknown, notFound: string): string {
	const parsed = uuid.safeParse(value);
	if (!parsed.success) throw new AppError('not_found', notFound);
	return parsed.data;
}

/** The one row a query found, or « not found ». */
export async function foundOne<Row>(rows: Promise<Row[]>, notFound: string): Promise<Row> {
	const [row] = await rows;
	if (!row) throw new AppError('not_found', notFound);
	return row;
}

/** The end date typed for a record that began on `startOn` (if known); an end before the start is refused next to the field. */
export function parseEnd(raw: unknown, startOn: string | null, beforeStart: string): string {
	const { endOn } = parse(endInputSchema, raw);
	if (startOn && endOn < startOn) throw new AppError('invalid_input', INVALID_FORM, { endOn: beforeStart });
	return endOn;
}

export function auditGovernance(tx: Database, actor: Actor, action: string, entityType: string, id: string | number, before: unknown, after: unknown) {
	return recordAudit(tx, { actorId: actor.userId, action: `governance.${action}`, entityType, entityId: String(id), before, after });
}

/**
 * Moves one row among its ordered siblings and writes the positions that changed; false when it
 * cannot move. The rows are numbered for `moveRow`, so that any kind of id works.
 */
export async function moveAmong<Id>(
	siblings: readonly { id: Id; sortOrder: number }[],
	id: Id,
	direction: Direction,
	write: (id: Id, position: number) => Promise<unknown>
): Promise<boolean> {
	const numbered = siblings.map((row, index) => ({ id: index, sortOrder: row.sortOrder }));
	const index = siblings.findIndex((row) => row.id === id);
	const place = await moveRow(numbered, index, direction, (row) => row.sortOrder, (at, position) => write(siblings[at].id, position));
	return place !== null;
}

/** The position after the last of a list. */
export const nextPosition = (siblings: readonly { sortOrder: number }[]) => Math.max(-1, ...siblings.map((row) => row.sortOrder)) + 1;
