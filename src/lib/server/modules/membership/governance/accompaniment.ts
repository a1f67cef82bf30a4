import { and, asc, eq, ne } from 'drizzle-orm';
import { INVALID_FORM, parse } from '../../../platform/validation';
import { parseDirection } from '../../../platform/reorder';
import type { Database } from '../../../db/types';
import { AppError } from '../../../platform/errors';
import { assertCan } from '../../../platform/permissions';
import type { Actor } from '../../../platform/roles';
import { region } from '../../territory/schema';
import { accompanimentMember } from '../schema';
import { auditGovernance, foundOne, GOVERNANCE_PERMISSION, hasEnded, moveAmong, nextPosition, notEndedBy, parseEnd, recordId } from './records';
import { accompanimentInputSchema, type AccompanimentInput } from './validation';

export type AccompanimentMember = typeof accompanimentMember.$inferSelect;

const NOT_FOUND = 'Cette personne ne fait pas partie de l’équipe d’accompagnement.';

const locked = (tx: Database, id: unknown) =>
	foundOne(tx.select().from(accompanimentMember).where(eq(accompanimentMember.id, recordId(id, NOT_FOUND))).for('update'), NOT_FOUND);

const regionInOrder = (tx: Database, regionCode: string) =>
	tx
		.select()
		.from(accompanimentMember)
		.where(eq(accompanimentMember.regionCode, regionCode))
		.orderBy(asc(accompanimentMember.sortOrder), asc(accompanimentMember.name), asc(accompanimentMember.id))
		.for('update');

/** The region must exist, and a person is listed once per region (the same person may cover several). */
async function assertPlace(tx: Database, input: AccompanimentInput, exceptId: string | null) {
	const [known] = await tx.select({ code: region.code }).from(region).where(eq(region.code, input.regionCode));
	if (!known) throw new AppError('invalid_input', INVALID_FORM, { regionCode: 'Choisissez une région de la liste.' });
	const [twin] = await tx
		.select({ id: accompanimentMember.id })
		.from(accompanimentMember)
		.where(
			and(
				eq(accompanimentMember.regionCode, input.regionCode),
				eq(accompanimentMember.name, input.name),
				exceptId ? ne(accompanimentMember.id, exceptId) : undefined
			)
		);
	if (twin) throw new AppError('conflict', INVALID_FORM, { name: `${input.name} accompagne déjà cette région.` });
}

export type RegionListing = { regionCode: string; regionName: string; current: AccompanimentMember[]; past: AccompanimentMember[] };

/** Every region that has or had someone, by code: those who cover it on `today`, in order, and those who stopped. */
export async function listAccompanimentByRegion(db: Database, actor: Actor, today: string): Promise<RegionListing[]> {
	assertCan(actor, GOVERNANCE_PERMISSION);
	const rows = await db
		.select({ member: accompanimentMember, regionName: region.name })
		.from(accompanimentMember)
		.innerJoin(region, eq(region.code, accompanimentMember.regionCode))
		.orderBy(asc(accompanimentMember.regionCode), asc(accompanimentMember.sortOrder), asc(accompanimentMember.name));
	const regions: RegionListing[] = [];
	for (const { member, regionName } of rows) {
		if (regions.at(-1)?.regionCode !== member.regionCode) regions.push({ regionCode: member.regionCode, regionName, current: [], past: [] });
		regions.at(-1)![hasEnded(member, today) ? 'past' : 'current'].push(member);
	}
	return regions;
}

export async function getAccompanimentMember(db: Database, actor: Actor, id: unknown): Promise<AccompanimentMember> {
	assertCan(actor, GOVERNANCE_PERMISSION);
	return foundOne(db.select().from(accompanimentMember).where(eq(accompanimentMember.id, recordId(id, NOT_FOUND))), NOT_FOUND);
}

/** Adds someone at the end of the region's list. */
export async function createAccompanimentMember(db: Database, actor: Actor, raw: unknown): Promise<AccompanimentMember> {
	assertCan(actor, GOVERNANCE_PERMISSION);
	const input = parse(accompanimentInputSchema, raw);
	return db.transaction(async (tx) => {
		await assertPlace(tx, input, null);
		const sortOrder = nextPosition(await regionInOrder(tx, input.regionCode));
		const [member] = await tx
			.insert(accompanimentMember)
			.values({ ...input, sortOrder })
			.returning();
		await auditGovernance(tx, actor, 'accompaniment.create', 'accompaniment_member', member.id, null, member);
		return member;
	});
}

/** Edits someone; moving to another region puts them at the end of its list. */
export async function updateAccompanimentMember(db: Database, actor: Actor, id: unknown, raw: unknown): Promise<AccompanimentMember> {
	assertCan(actor, GOVERNANCE_PERMISSION);
	return db.transaction(async (tx) => {
		const before = await locked(tx, id);
		const input = parse(accompanimentInputSchema, raw);
		await assertPlace(tx, input, before.id);
		const sortOrder = input.regionCode === before.regionCode ? before.sortOrder : nextPosition(await regionInOrder(tx, input.regionCode));
		const [member] = await tx
			.update(accompanimentMember)
			.set({ ...input, sortOrder })
			.where(eq(accompanimentMember.id, before.id))
			.returning();
		await auditGovernance(tx, actor, 'accompaniment.update', 'accompaniment_member', member.id, before, member);
		return member;
	});
}

/** The person stops covering the region on a date; they stay on record. */
export async function endAccompanimentMember(db: Database, actor: Actor, id: unknown, raw: unknown): Promise<AccompanimentMember> {
	assertCan(actor, GOVERNANCE_PERMISSION);
	return db.transaction(async (tx) => {
		const before = await locked(tx, id);
		const endOn = parseEnd(raw, null, '');
		const [member] = await tx.update(accompanimentMember).set({ endOn }).where(eq(accompanimentMember.id, before.id)).returning();
		await auditGovernance(tx, actor, 'accompaniment.end', 'accompaniment_member', member.id, { endOn: before.endOn }, { endOn });
		return member;
	});
}

/** For a line typed by mistake only. */
export async function deleteAccompanimentMember(db: Database, actor: Actor, id: unknown): Promise<AccompanimentMember> {
	assertCan(actor, GOVERNANCE_PERMISSION);
	return db.transaction(async (tx) => {
		const member = await locked(tx, id);
		await tx.delete(accompanimentMember).where(eq(accompanimentMember.id, member.id));
		await auditGovernance(tx, actor, 'accompaniment.delete', 'accompaniment_member', member.id, member, null);
		return member;
	});
}

/** One place up or down among the region's people on `today`. */
export async function moveAccompanimentMember(db: Database, actor: Actor, id: unknown, direction: unknown, today: string): Promise<AccompanimentMember> {
	assertCan(actor, GOVERNANCE_PERMISSION);
	const towards = parseDirection(direction);
	return db.transaction(async (tx) => {
		const member = await locked(tx, id);
		const siblings = (await regionInOrder(tx, member.regionCode)).filter((row) => !hasEnded(row, today));
		const moved = await moveAmong(siblings, member.id, towards, (memberId, position) =>
			tx.update(accompanimentMember).set({ sortOrder: position }).where(eq(accompanimentMember.id, memberId))
		);
		if (moved) await auditGovernance(tx, actor, 'accompaniment.move', 'accompaniment_member', member.id, null, { direction: towards });
		return member;
	});
}

export type RegionTeam = { regionCode: string; regionName: string; members: { id: string; name: string }[] };

/** The accompaniment team on `today`, region by region (by code); region names come from the territory tables. */
export async function currentAccompaniment(db: Database, today: string): Promise<RegionTeam[]> {
	const rows = await db
		.select({ id: accompanimentMember.id, name: accompanimentMember.name, regionCode: region.code, regionName: region.name })
		.from(accompanimentMember)
		.innerJoin(region, eq(region.code, accompanimentMember.regionCode))
		.where(notEndedBy(accompanimentMember.endOn, today))
		.orderBy(asc(region.code), asc(accompanimentMember.sortOrder), asc(accompanimentMember.name));
	const teams: RegionTeam[] = [];
	for (const row of rows) {
		if (teams.at(-1)?.regionCode !== row.regionCode) teams.push({ regionCode: row.regionCode, regionName: row.regionName, members: [] });
		teams.at(-1)!.members.push({ id: row.id, name: row.name });
	}
	return teams;
}
