import { and, asc, count, eq, inArray } from 'drizzle-orm';
import { parse } from '../../../platform/validation';
import { parseDirection } from '../../../platform/reorder';
import type { Database } from '../../../db/types';
import { assertCan } from '../../../platform/permissions';
import type { Actor } from '../../../platform/roles';
import { committee, committeeMember, type COMMITTEE_KINDS } from '../schema';
import { auditGovernance, foundOne, GOVERNANCE_PERMISSION, moveAmong, nextPosition, parseEnd, recordId, runningOn } from './records';
import { committeeInputSchema, committeeMemberInputSchema, END_BEFORE_START } from './validation';

export type Committee = typeof committee.$inferSelect;
export type CommitteeMember = typeof committeeMember.$inferSelect;
export type CommitteeKind = (typeof COMMITTEE_KINDS)[number];
export type PublicCommittee = Pick<Committee, 'id' | 'name' | 'kind' | 'description'> & {
	members: Pick<CommitteeMember, 'id' | 'personName' | 'affiliation' | 'role'>[];
};

const NOT_FOUND = 'Ce comité n’existe pas.';
const MEMBER_NOT_FOUND = 'Cette personne ne fait pas partie de ce comité.';

const lockedCommittee = (tx: Database, id: unknown) =>
	foundOne(tx.select().from(committee).where(eq(committee.id, recordId(id, NOT_FOUND))).for('update'), NOT_FOUND);

const lockedMember = (tx: Database, committeeId: string, id: unknown) =>
	foundOne(
		tx
			.select()
			.from(committeeMember)
			.where(and(eq(committeeMember.id, recordId(id, MEMBER_NOT_FOUND)), eq(committeeMember.committeeId, committeeId)))
			.for('update'),
		MEMBER_NOT_FOUND
	);

const committeesInOrder = (tx: Database) => tx.select().from(committee).orderBy(asc(committee.sortOrder), asc(committee.name), asc(committee.id));

const membersInOrder = (tx: Database, committeeId: string) =>
	tx
		.select()
		.from(committeeMember)
		.where(eq(committeeMember.committeeId, committeeId))
		.orderBy(asc(committeeMember.sortOrder), asc(committeeMember.personName), asc(committeeMember.id));

/** Every committee, past and present, in order, with how many people sit on it. */
export async function listCommittees(db: Database, actor: Actor): Promise<(Committee & { members: number })[]> {
	assertCan(actor, GOVERNANCE_PERMISSION);
	const [committees, counts] = await Promise.all([
		committeesInOrder(db),
		db.select({ committeeId: committeeMember.committeeId, members: count() }).from(committeeMember).groupBy(committeeMember.committeeId)
	]);
	const countOf = new Map(counts.map((row) => [row.committeeId, row.members]));
	return committees.map((row) => ({ ...row, members: countOf.get(row.id) ?? 0 }));
}

export async function getCommittee(db: Database, actor: Actor, id: unknown): Promise<{ committee: Committee; members: CommitteeMember[] }> {
	assertCan(actor, GOVERNANCE_PERMISSION);
	const found = await foundOne(db.select().from(committee).where(eq(committee.id, recordId(id, NOT_FOUND))), NOT_FOUND);
	return { committee: found, members: await membersInOrder(db, found.id) };
}

export async function createCommittee(db: Database, actor: Actor, raw: unknown): Promise<Committee> {
	assertCan(actor, GOVERNANCE_PERMISSION);
	const input = parse(committeeInputSchema, raw);
	return db.transaction(async (tx) => {
		const sortOrder = nextPosition(await committeesInOrder(tx).for('update'));
		const [created] = await tx
			.insert(committee)
			.values({ ...input, sortOrder })
			.returning();
		await auditGovernance(tx, actor, 'committee.create', 'committee', created.id, null, created);
		return created;
	});
}

export async function updateCommittee(db: Database, actor: Actor, id: unknown, raw: unknown): Promise<Committee> {
	assertCan(actor, GOVERNANCE_PERMISSION);
	return db.transaction(async (tx) => {
		const before = await lockedCommittee(tx, id);
		const input = parse(committeeInputSchema, raw);
		const [updated] = await tx.update(committee).set(input).where(eq(committee.id, before.id)).returning();
		await auditGovernance(tx, actor, 'committee.update', 'committee', updated.id, before, updated);
		return updated;
	});
}

/** A committee that has done its work ends on a date and leaves the public page; it stays on record with its members. */
export async function endCommittee(db: Database, actor: Actor, id: unknown, raw: unknown): Promise<Committee> {
	assertCan(actor, GOVERNANCE_PERMISSION);
	return db.transaction(async (tx) => {
		const before = await lockedCommittee(tx, id);
		const endOn = parseEnd(raw, before.startOn, END_BEFORE_START.committee);
		const [updated] = await tx.update(committee).set({ endOn }).where(eq(committee.id, before.id)).returning();
		await auditGovernance(tx, actor, 'committee.end', 'committee', updated.id, { endOn: before.endOn }, { endOn });
		return updated;
	});
}

/** For a committee created by mistake only; its members go with it. */
export async function deleteCommittee(db: Database, actor: Actor, id: unknown): Promise<Committee> {
	assertCan(actor, GOVERNANCE_PERMISSION);
	return db.transaction(async (tx) => {
		const found = await lockedCommittee(tx, id);
		const members = await membersInOrder(tx, found.id);
		await tx.delete(committee).where(eq(committee.id, found.id));
		await auditGovernance(tx, actor, 'committee.delete', 'committee', found.id, { ...found, members }, null);
		return found;
	});
}

export async function moveCommittee(db: Database, actor: Actor, id: unknown, direction: unknown): Promise<Committee> {
	assertCan(actor, GOVERNANCE_PERMISSION);
	const towards = parseDirection(direction);
	return db.transaction(async (tx) => {
		const found = await lockedCommittee(tx, id);
		const siblings = await committeesInOrder(tx).for('update');
		const moved = await moveAmong(siblings, found.id, towards, (committeeId, sortOrder) => tx.update(committee).set({ sortOrder }).where(eq(committee.id, committeeId)));
		if (moved) await auditGovernance(tx, actor, 'committee.move', 'committee', found.id, null, { direction: towards });
		return found;
	});
}

export async function getCommitteeMember(db: Database, actor: Actor, committeeId: unknown, id: unknown): Promise<{ committee: Committee; member: CommitteeMember }> {
	assertCan(actor, GOVERNANCE_PERMISSION);
	const found = await foundOne(db.select().from(committee).where(eq(committee.id, recordId(committeeId, NOT_FOUND))), NOT_FOUND);
	const member = await foundOne(
		db
			.select()
			.from(committeeMember)
			.where(and(eq(committeeMember.id, recordId(id, MEMBER_NOT_FOUND)), eq(committeeMember.committeeId, found.id))),
		MEMBER_NOT_FOUND
	);
	return { committee: found, member };
}

/** Adds someone at the end of the committee's list. */
export async function addCommitteeMember(db: Database, actor: Actor, committeeId: unknown, raw: unknown): Promise<CommitteeMember> {
	assertCan(actor, GOVERNANCE_PERMISSION);
	return db.transaction(async (tx) => {
		const found = await lockedCommittee(tx, committeeId);
		const input = parse(committeeMemberInputSchema, raw);
		const sortOrder = nextPosition(await membersInOrder(tx, found.id));
		const [member] = await tx
			.insert(committeeMember)
			.values({ ...input, committeeId: found.id, sortOrder })
			.returning();
		await auditGovernance(tx, actor, 'committee.member.add', 'committee_member', member.id, null, member);
		return member;
	});
}

export async function updateCommitteeMember(db: Database, actor: Actor, committeeId: unknown, id: unknown, raw: unknown): Promise<CommitteeMember> {
	assertCan(actor, GOVERNANCE_PERMISSION);
	return db.transaction(async (tx) => {
		const found = await lockedCommittee(tx, committeeId);
		const before = await lockedMember(tx, found.id, id);
		const input = parse(committeeMemberInputSchema, raw);
		const [member] = await tx.update(committeeMember).set(input).where(eq(committeeMember.id, before.id)).returning();
		await auditGovernance(tx, actor, 'committee.member.update', 'committee_member', member.id, before, member);
		return member;
	});
}

/** Someone leaves the committee (committee members carry no dates: the audit log keeps who sat on it). */
export async function removeCommitteeMember(db: Database, actor: Actor, committeeId: unknown, id: unknown): Promise<CommitteeMember> {
	assertCan(actor, GOVERNANCE_PERMISSION);
	return db.transaction(async (tx) => {
		const found = await lockedCommittee(tx, committeeId);
		const member = await lockedMember(tx, found.id, id);
		await tx.delete(committeeMember).where(eq(committeeMember.id, member.id));
		await auditGovernance(tx, actor, 'committee.member.remove', 'committee_member', member.id, member, null);
		return member;
	});
}

export async function moveCommitteeMember(db: Database, actor: Actor, committeeId: unknown, id: unknown, direction: unknown): Promise<CommitteeMember> {
	assertCan(actor, GOVERNANCE_PERMISSION);
	const towards = parseDirection(direction);
	return db.transaction(async (tx) => {
		const found = await lockedCommittee(tx, committeeId);
		const member = await lockedMember(tx, found.id, id);
		const moved = await moveAmong(await membersInOrder(tx, found.id), member.id, towards, (memberId, sortOrder) =>
			tx.update(committeeMember).set({ sortOrder }).where(eq(committeeMember.id, memberId))
		);
		if (moved) await auditGovernance(tx, actor, 'committee.member.move', 'committee_member', member.id, null, { direction: towards });
		return member;
	});
}

/** The committees at work on `today`, in order, each with its members in order. */
export async function currentCommittees(db: Database, today: string): Promise<PublicCommittee[]> {
	const committees = await db
		.select({ id: committee.id, name: committee.name, kind: committee.kind, description: committee.description })
		.from(committee)
		.where(runningOn(committee.startOn, committee.endOn, today))
		.orderBy(asc(committee.sortOrder), asc(committee.name));
	if (committees.length === 0) return [];
	const members = await db
		.select({
			id: committeeMember.id,
			committeeId: committeeMember.committeeId,
			personName: committeeMember.personName,
			affiliation: committeeMember.affiliation,
			role: committeeMember.role
		})
		.from(committeeMember)
		.where(
			inArray(
				committeeMember.committeeId,
				committees.map((row) => row.id)
			)
		)
		.orderBy(asc(committeeMember.sortOrder), asc(committeeMember.personName));
	return committees.map((row) => ({
		...row,
		members: members.filter((member) => member.committeeId === row.id).map(({ committeeId: _committeeId, ...member }) => member)
	}));
}
