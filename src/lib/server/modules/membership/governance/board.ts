import { and, asc, count, desc, eq, ne } from 'drizzle-orm';
import { INVALID_FORM, parse } from '../../../platform/validation';
import { parseDirection } from '../../../platform/reorder';
import type { Database } from '../../../db/types';
import { AppError } from '../../../platform/errors';
import { assertCan } from '../../../platform/permissions';
import type { Actor } from '../../../platform/roles';
import { populationClass } from '../../territory/schema';
import { boardMandate, boardSeat, type BOARD_ROLES, type SEAT_REPRESENTATIONS } from '../schema';
import { auditGovernance, foundOne, frenchDate, GOVERNANCE_PERMISSION, isRunningOn, moveAmong, nextPosition, parseEnd, recordId, runningOn } from './records';
import { END_BEFORE_START, mandateInputSchema, seatInputSchema } from './validation';

export type Seat = typeof boardSeat.$inferSelect;
export type Mandate = typeof boardMandate.$inferSelect;
export type BoardRole = (typeof BOARD_ROLES)[number];
export type SeatRepresentation = (typeof SEAT_REPRESENTATIONS)[number];
export type PopulationBounds = { minPopulation: number; maxPopulation: number | null };

export type SeatSummary = Seat & { populationClass: PopulationBounds | null; holders: Mandate[]; mandates: number };

/** A current member of the board, as the public page shows them. */
export type BoardMember = {
	mandateId: string;
	seatId: number;
	seatLabel: string;
	representation: SeatRepresentation;
	personName: string;
	affiliation: string | null;
	role: BoardRole;
};

const SEAT_NOT_FOUND = 'Ce siège n’existe pas.';
const MANDATE_NOT_FOUND = 'Ce mandat n’existe pas.';

function seatIdOf(value: unknown): number {
	const id = Number(value);
	if (!Number.isSafeInteger(id) || id <= 0) throw new AppError('not_found', SEAT_NOT_FOUND);
	return id;
}

const orderedSeats = (db: Database) => db.select().from(boardSeat).orderBy(asc(boardSeat.sortOrder), asc(boardSeat.id));

const lockedSeat = (tx: Database, id: unknown) => foundOne(tx.select().from(boardSeat).where(eq(boardSeat.id, seatIdOf(id))).for('update'), SEAT_NOT_FOUND);

const lockedMandate = (tx: Database, id: unknown) =>
	foundOne(tx.select().from(boardMandate).where(eq(boardMandate.id, recordId(id, MANDATE_NOT_FOUND))).for('update'), MANDATE_NOT_FOUND);

async function assertPopulationClassExists(tx: Database, id: number | null) {
	if (id === null) return;
	const [found] = await tx.select({ id: populationClass.id }).from(populationClass).where(eq(populationClass.id, id));
	if (!found) throw new AppError('invalid_input', INVALID_FORM, { populationClassId: 'Choisissez une classe de population de la liste.' });
}

/** Every seat in order, with the class it represents, who holds it on `today` and how many mandates it has had. */
export async function listSeats(db: Database, actor: Actor, today: string): Promise<SeatSummary[]> {
	assertCan(actor, GOVERNANCE_PERMISSION);
	const [seats, classes, mandates] = await Promise.all([
		orderedSeats(db),
		db.select().from(populationClass),
		db.select().from(boardMandate).orderBy(asc(boardMandate.startOn), asc(boardMandate.personName))
	]);
	const classById = new Map(classes.map((row) => [row.id, row]));
	return seats.map((seat) => {
		const own = mandates.filter((mandate) => mandate.seatId === seat.id);
		return {
			...seat,
			populationClass: seat.populationClassId === null ? null : (classById.get(seat.populationClassId) ?? null),
			holders: own.filter((mandate) => isRunningOn(mandate, today)),
			mandates: own.length
		};
	});
}

/** One seat with all its mandates, the latest first. */
export async function getSeat(db: Database, actor: Actor, id: unknown): Promise<{ seat: Seat; mandates: Mandate[] }> {
	assertCan(actor, GOVERNANCE_PERMISSION);
	const seat = await foundOne(db.select().from(boardSeat).where(eq(boardSeat.id, seatIdOf(id))), SEAT_NOT_FOUND);
	const mandates = await db
		.select()
		.from(boardMandate)
		.where(eq(boardMandate.seatId, seat.id))
		.orderBy(desc(boardMandate.startOn), asc(boardMandate.personName));
	return { seat, mandates };
}

export async function createSeat(db: Database, actor: Actor, raw: unknown): Promise<Seat> {
	assertCan(actor, GOVERNANCE_PERMISSION);
	const input = parse(seatInputSchema, raw);
	return db.transaction(async (tx) => {
		await assertPopulationClassExists(tx, input.populationClassId);
		const seats = await orderedSeats(tx).for('update');
		const [seat] = await tx
			.insert(boardSeat)
			.values({ ...input, sortOrder: nextPosition(seats) })
			.returning();
		await auditGovernance(tx, actor, 'seat.create', 'board_seat', seat.id, null, input);
		return seat;
	});
}

export async function updateSeat(db: Database, actor: Actor, id: unknown, raw: unknown): Promise<Seat> {
	assertCan(actor, GOVERNANCE_PERMISSION);
	return db.transaction(async (tx) => {
		const before = await lockedSeat(tx, id);
		const input = parse(seatInputSchema, raw);
		await assertPopulationClassExists(tx, input.populationClassId);
		const [seat] = await tx.update(boardSeat).set(input).where(eq(boardSeat.id, before.id)).returning();
		await auditGovernance(tx, actor, 'seat.update', 'board_seat', seat.id, before, seat);
		return seat;
	});
}

export async function moveSeat(db: Database, actor: Actor, id: unknown, direction: unknown): Promise<Seat> {
	assertCan(actor, GOVERNANCE_PERMISSION);
	const towards = parseDirection(direction);
	return db.transaction(async (tx) => {
		const seat = await lockedSeat(tx, id);
		const seats = await orderedSeats(tx).for('update');
		const moved = await moveAmong(seats, seat.id, towards, (seatId, sortOrder) => tx.update(boardSeat).set({ sortOrder }).where(eq(boardSeat.id, seatId)));
		if (moved) await auditGovernance(tx, actor, 'seat.move', 'board_seat', seat.id, null, { direction: towards });
		return seat;
	});
}

/** Only a seat created by mistake goes: a seat that has had a holder keeps its history. */
export async function deleteSeat(db: Database, actor: Actor, id: unknown): Promise<Seat> {
	assertCan(actor, GOVERNANCE_PERMISSION);
	return db.transaction(async (tx) => {
		const seat = await lockedSeat(tx, id);
		const [{ mandates }] = await tx.select({ mandates: count() }).from(boardMandate).where(eq(boardMandate.seatId, seat.id));
		if (mandates > 0)
			throw new AppError('conflict', 'Ce siège a un historique de mandats : on ne peut le supprimer. Terminez plutôt le mandat en cours.', {
				confirm: 'Ce siège a un historique de mandats : on ne peut le supprimer.'
			});
		await tx.delete(boardSeat).where(eq(boardSeat.id, seat.id));
		await auditGovernance(tx, actor, 'seat.delete', 'board_seat', seat.id, seat, null);
		return seat;
	});
}

/** One mandate and its seat. */
export async function getMandate(db: Database, actor: Actor, id: unknown): Promise<{ mandate: Mandate; seat: Seat }> {
	assertCan(actor, GOVERNANCE_PERMISSION);
	return foundOne(
		db
			.select({ mandate: boardMandate, seat: boardSeat })
			.from(boardMandate)
			.innerJoin(boardSeat, eq(boardSeat.id, boardMandate.seatId))
			.where(eq(boardMandate.id, recordId(id, MANDATE_NOT_FOUND))),
		MANDATE_NOT_FOUND
	);
}

const overlaps = (a: { startOn: string; endOn: string | null }, b: { startOn: string; endOn: string | null }) =>
	(a.endOn === null || a.endOn >= b.startOn) && (b.endOn === null || b.endOn >= a.startOn);

/** A seat has one holder at a time: a mandate may not overlap another one on the same seat. */
async function assertSeatFree(tx: Database, seatId: number, period: { startOn: string; endOn: string | null }, exceptId: string | null) {
	const others = await tx
		.select()
		.from(boardMandate)
		.where(and(eq(boardMandate.seatId, seatId), exceptId ? ne(boardMandate.id, exceptId) : undefined));
	const clash = others.find((other) => overlaps(other, period));
	if (!clash) return;
	const message = clash.endOn
		? `Le siège est occupé par ${clash.personName} du ${frenchDate(clash.startOn)} au ${frenchDate(clash.endOn)} : les mandats d’un siège ne peuvent se chevaucher.`
		: `Le siège est occupé par ${clash.personName} depuis le ${frenchDate(clash.startOn)} : terminez d’abord ce mandat.`;
	throw new AppError('conflict', message, { startOn: message });
}

export async function createMandate(db: Database, actor: Actor, seatId: unknown, raw: unknown): Promise<Mandate> {
	assertCan(actor, GOVERNANCE_PERMISSION);
	return db.transaction(async (tx) => {
		// Locking the seat queues concurrent changes to its mandates, so the overlap test below holds.
		const seat = await lockedSeat(tx, seatId);
		const input = parse(mandateInputSchema, raw);
		await assertSeatFree(tx, seat.id, input, null);
		const [mandate] = await tx
			.insert(boardMandate)
			.values({ ...input, seatId: seat.id })
			.returning();
		await auditGovernance(tx, actor, 'mandate.create', 'board_mandate', mandate.id, null, mandate);
		return mandate;
	});
}

export async function updateMandate(db: Database, actor: Actor, id: unknown, raw: unknown): Promise<Mandate> {
	assertCan(actor, GOVERNANCE_PERMISSION);
	return db.transaction(async (tx) => {
		const before = await lockedMandate(tx, id);
		await lockedSeat(tx, before.seatId);
		const input = parse(mandateInputSchema, raw);
		await assertSeatFree(tx, before.seatId, input, before.id);
		const [mandate] = await tx.update(boardMandate).set(input).where(eq(boardMandate.id, before.id)).returning();
		await auditGovernance(tx, actor, 'mandate.update', 'board_mandate', mandate.id, before, mandate);
		return mandate;
	});
}

/** Ends a mandate on a date; the mandate stays on record. */
export async function endMandate(db: Database, actor: Actor, id: unknown, raw: unknown): Promise<Mandate> {
	assertCan(actor, GOVERNANCE_PERMISSION);
	return db.transaction(async (tx) => {
		const before = await lockedMandate(tx, id);
		const endOn = parseEnd(raw, before.startOn, END_BEFORE_START.mandate);
		const [mandate] = await tx.update(boardMandate).set({ endOn }).where(eq(boardMandate.id, before.id)).returning();
		await auditGovernance(tx, actor, 'mandate.end', 'board_mandate', mandate.id, { endOn: before.endOn }, { endOn });
		return mandate;
	});
}

/** For a mandate typed by mistake only; a mandate that ended is ended, not deleted. */
export async function deleteMandate(db: Database, actor: Actor, id: unknown): Promise<Mandate> {
	assertCan(actor, GOVERNANCE_PERMISSION);
	return db.transaction(async (tx) => {
		const mandate = await lockedMandate(tx, id);
		await tx.delete(boardMandate).where(eq(boardMandate.id, mandate.id));
		await auditGovernance(tx, actor, 'mandate.delete', 'board_mandate', mandate.id, mandate, null);
		return mandate;
	});
}

/** Who sits on the board on `today`: mandates begun and not ended, in seat order. */
export async function currentBoard(db: Database, today: string): Promise<BoardMember[]> {
	return db
		.select({
			mandateId: boardMandate.id,
			seatId: boardSeat.id,
			seatLabel: boardSeat.label,
			representation: boardSeat.representation,
			personName: boardMandate.personName,
			affiliation: boardMandate.affiliation,
			role: boardMandate.role
		})
		.from(boardMandate)
		.innerJoin(boardSeat, eq(boardSeat.id, boardMandate.seatId))
		.where(runningOn(boardMandate.startOn, boardMandate.endOn, today))
		.orderBy(asc(boardSeat.sortOrder), asc(boardSeat.id), asc(boardMandate.startOn));
}
