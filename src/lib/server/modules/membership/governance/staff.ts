import { asc, eq } from 'drizzle-orm';
import { parse } from '../../../platform/validation';
import { parseDirection } from '../../../platform/reorder';
import type { Database } from '../../../db/types';
import { assertCan } from '../../../platform/permissions';
import type { Actor } from '../../../platform/roles';
import { STAFF_TEAMS, staffMember } from '../schema';
import { auditGovernance, foundOne, GOVERNANCE_PERMISSION, hasEnded, moveAmong, nextPosition, parseEnd, recordId, runningOn } from './records';
import { END_BEFORE_START, staffInputSchema } from './validation';

export type StaffMember = typeof staffMember.$inferSelect;
export type StaffTeam = (typeof STAFF_TEAMS)[number];
export type CurrentStaffMember = Pick<StaffMember, 'id' | 'name' | 'jobTitle' | 'team'>;

const NOT_FOUND = 'Cette personne ne fait pas partie de la permanence.';

const locked = (tx: Database, id: unknown) => foundOne(tx.select().from(staffMember).where(eq(staffMember.id, recordId(id, NOT_FOUND))).for('update'), NOT_FOUND);

const teamInOrder = (tx: Database, team: StaffTeam) =>
	tx.select().from(staffMember).where(eq(staffMember.team, team)).orderBy(asc(staffMember.sortOrder), asc(staffMember.name), asc(staffMember.id)).for('update');

export type TeamListing = { team: StaffTeam; current: StaffMember[]; past: StaffMember[] };

/** Everyone, team by team in the team's order: those on the team on `today` (or yet to arrive), and those who left. */
export async function listStaffByTeam(db: Database, actor: Actor, today: string): Promise<TeamListing[]> {
	assertCan(actor, GOVERNANCE_PERMISSION);
	const rows = await db.select().from(staffMember).orderBy(asc(staffMember.sortOrder), asc(staffMember.name));
	return STAFF_TEAMS.map((team) => {
		const members = rows.filter((row) => row.team === team);
		return { team, current: members.filter((row) => !hasEnded(row, today)), past: members.filter((row) => hasEnded(row, today)) };
	});
}

export async function getStaffMember(db: Database, actor: Actor, id: unknown): Promise<StaffMember> {
	assertCan(actor, GOVERNANCE_PERMISSION);
	return foundOne(db.select().from(staffMember).where(eq(staffMember.id, recordId(id, NOT_FOUND))), NOT_FOUND);
}

/** Adds someone at the end of their team. */
export async function createStaffMember(db: Database, actor: Actor, raw: unknown): Promise<StaffMember> {
	assertCan(actor, GOVERNANCE_PERMISSION);
	const input = parse(staffInputSchema, raw);
	return db.transaction(async (tx) => {
		const sortOrder = nextPosition(await teamInOrder(tx, input.team));
		const [member] = await tx
			.insert(staffMember)
			.values({ ...input, sortOrder })
			.returning();
		await auditGovernance(tx, actor, 'staff.create', 'staff_member', member.id, null, member);
		return member;
	});
}

/** Edits someone; moving to another team puts them at the end of it. */
export async function updateStaffMember(db: Database, actor: Actor, id: unknown, raw: unknown): Promise<StaffMember> {
	assertCan(actor, GOVERNANCE_PERMISSION);
	return db.transaction(async (tx) => {
		const before = await locked(tx, id);
		const input = parse(staffInputSchema, raw);
		const sortOrder = input.team === before.team ? before.sortOrder : nextPosition(await teamInOrder(tx, input.team));
		const [member] = await tx
			.update(staffMember)
			.set({ ...input, sortOrder })
			.where(eq(staffMember.id, before.id))
			.returning();
		await auditGovernance(tx, actor, 'staff.update', 'staff_member', member.id, before, member);
		return member;
	});
}

/** Records a departure: the person stays on record (the activity report thanks them) and leaves the public page. */
export async function endStaffMember(db: Database, actor: Actor, id: unknown, raw: unknown): Promise<StaffMember> {
	assertCan(actor, GOVERNANCE_PERMISSION);
	return db.transaction(async (tx) => {
		const before = await locked(tx, id);
		const endOn = parseEnd(raw, before.startOn, END_BEFORE_START.staff);
		const [member] = await tx.update(staffMember).set({ endOn }).where(eq(staffMember.id, before.id)).returning();
		await auditGovernance(tx, actor, 'staff.end', 'staff_member', member.id, { endOn: before.endOn }, { endOn });
		return member;
	});
}

/** For someone added by mistake only; a departure is recorded with an end date. */
export async function deleteStaffMember(db: Database, actor: Actor, id: unknown): Promise<StaffMember> {
	assertCan(actor, GOVERNANCE_PERMISSION);
	return db.transaction(async (tx) => {
		const member = await locked(tx, id);
		await tx.delete(staffMember).where(eq(staffMember.id, member.id));
		await auditGovernance(tx, actor, 'staff.delete', 'staff_member', member.id, member, null);
		return member;
	});
}

/** One place up or down among the team's people on `today` (those who left keep their place out of sight). */
export async function moveStaffMember(db: Database, actor: Actor, id: unknown, direction: unknown, today: string): Promise<StaffMember> {
	assertCan(actor, GOVERNANCE_PERMISSION);
	const towards = parseDirection(direction);
	return db.transaction(async (tx) => {
		const member = await locked(tx, id);
		const team = (await teamInOrder(tx, member.team)).filter((row) => !hasEnded(row, today));
		const moved = await moveAmong(team, member.id, towards, (memberId, position) =>
			tx.update(staffMember).set({ sortOrder: position }).where(eq(staffMember.id, memberId))
		);
		if (moved) await auditGovernance(tx, actor, 'staff.move', 'staff_member', member.id, null, { direction: towards });
		return member;
	});
}

/** La permanence on `today`: arrived (or arrival unknown) and not gone. */
export async function currentStaff(db: Database, today: string): Promise<CurrentStaffMember[]> {
	return db
		.select({ id: staffMember.id, name: staffMember.name, jobTitle: staffMember.jobTitle, team: staffMember.team })
		.from(staffMember)
		.where(runningOn(staffMember.startOn, staffMember.endOn, today))
		.orderBy(asc(staffMember.sortOrder), asc(staffMember.name));
}
