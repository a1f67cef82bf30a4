import { and, asc, count, eq, inArray, isNotNull, isNull } from 'drizzle-orm';
import { z } from 'zod';
import type { Database } from '../../db/types';
import { recordAudit } from '../../platform/audit/service';
import { AppError } from '../../platform/errors';
import { pageWindow } from '../../platform/pagination';
import { assertCan } from '../../platform/permissions';
import type { Actor } from '../../platform/roles';
import { region } from '../territory/schema';
import { personMatches } from './person-search';
import { authSession, authUser, consultantRegion, organisation, organisationMember } from './schema';

export const ACCOUNT_ROLES = ['member', 'consultant', 'staff', 'admin'] as const;
export type AccountRole = (typeof ACCOUNT_ROLES)[number];
export const USERS_PAGE_SIZE = 25;

const personColumns = {
	id: authUser.id,
	name: authUser.name,
	email: authUser.email,
	role: authUser.role,
	emailVerified: authUser.emailVerified,
	deactivatedAt: authUser.deactivatedAt,
	createdAt: authUser.createdAt
};

export const userQuerySchema = z.object({
	q: z.string().trim().max(100).catch(''),
	role: z.enum(ACCOUNT_ROLES).nullable().catch(null),
	status: z.enum(['actif', 'desactive']).nullable().catch(null),
	page: z.coerce.number().int().min(1).max(100_000).catch(1)
});
export type UserQuery = z.infer<typeof userQuerySchema>;

export function parseUserQuery(params: URLSearchParams): UserQuery {
	return userQuerySchema.parse({
		q: params.get('q') ?? '',
		role: params.get('role') || null,
		status: params.get('statut') || null,
		page: params.get('page') ?? 1
	});
}

/** People of the platform, for administrators: search by name or address, filter by role and status. */
export async function listUsers(db: Database, actor: Actor, query: UserQuery) {
	assertCan(actor, 'admin.users');
	const where = and(
		query.q ? personMatches(query.q) : undefined,
		query.role ? eq(authUser.role, query.role) : undefined,
		query.status === 'actif' ? isNull(authUser.deactivatedAt) : query.status === 'desactive' ? isNotNull(authUser.deactivatedAt) : undefined
	);
	const [{ total }] = await db.select({ total: count() }).from(authUser).where(where);
	const { page, pageCount, offset, limit } = pageWindow(total, query.page, USERS_PAGE_SIZE);
	const users = await db
		.select(personColumns)
		.from(authUser)
		.where(where)
		.orderBy(asc(authUser.name), asc(authUser.email))
		.limit(limit)
		.offset(offset);
	return { users, total, page, pageCount };
}

async function changeUser(
	db: Database,
	actor: Actor,
	userId: string,
	action: string,
	change: (before: { role: string; deactivatedAt: Date | null }) => Partial<{ role: AccountRole; deactivatedAt: Date | null }>
) {
	assertCan(actor, 'admin.users');
	return db.transaction(async (tx) => {
		const [before] = await tx
			.select({ role: authUser.role, deactivatedAt: authUser.deactivatedAt, email: authUser.email })
			.from(authUser)
			.where(eq(authUser.id, userId))
			.for('update');
		if (!before) throw new AppError('not_found', 'Cette personne n’existe pas.');
		const values = change(before);
		const [after] = await tx
			.update(authUser)
			.set({ ...values, updatedAt: new Date() })
			.where(eq(authUser.id, userId))
			.returning({ role: authUser.role, deactivatedAt: authUser.deactivatedAt, email: authUser.email });
		await recordAudit(tx, { actorId: actor.userId, action, entityType: 'user', entityId: userId, before, after });
		return after;
	});
}

export async function setUserRole(db: Database, actor: Actor, userId: string, role: string) {
	const parsed = z.enum(ACCOUNT_ROLES).safeParse(role);
	if (!parsed.success) throw new AppError('invalid_input', 'Vérifiez les champs signalés.', { role: 'Choisissez un rôle de la liste.' });
	if (userId === actor.userId && parsed.data !== 'admin') {
		throw new AppError('conflict', 'Vous ne pouvez pas retirer votre propre rôle d’administration : demandez-le à une autre administratrice ou un autre administrateur.');
	}
	return changeUser(db, actor, userId, 'user.set_role', () => ({ role: parsed.data }));
}

/** A deactivated account cannot log in, and its open sessions end at once. */
export async function deactivateUser(db: Database, actor: Actor, userId: string) {
	if (userId === actor.userId) throw new AppError('conflict', 'Vous ne pouvez pas désactiver votre propre compte.');
	const after = await changeUser(db, actor, userId, 'user.deactivate', (before) => ({ deactivatedAt: before.deactivatedAt ?? new Date() }));
	await db.delete(authSession).where(eq(authSession.userId, userId));
	return after;
}

export async function reactivateUser(db: Database, actor: Actor, userId: string) {
	return changeUser(db, actor, userId, 'user.reactivate', () => ({ deactivatedAt: null }));
}


/** One person, for administrators: account, organisations and (for consultants) regions. */
export async function getUserDetail(db: Database, actor: Actor, userId: string) {
	assertCan(actor, 'admin.users');
	const [user] = await db
		.select(personColumns)
		.from(authUser)
		.where(eq(authUser.id, userId));
	if (!user) throw new AppError('not_found', 'Cette personne n’existe pas.');
	const [organisations, regions] = await Promise.all([
		db
			.select({ id: organisation.id, name: organisation.name, role: organisationMember.role })
			.from(organisationMember)
			.innerJoin(organisation, eq(organisation.id, organisationMember.organisationId))
			.where(eq(organisationMember.userId, userId))
			.orderBy(asc(organisation.nameSearch)),
		db.select({ code: consultantRegion.regionCode }).from(consultantRegion).where(eq(consultantRegion.userId, userId))
	]);
	return { ...user, organisations, regionCodes: regions.map((row) => row.code).sort() };
}

/** The regions an accompagnatrice or accompagnateur covers; replaces the previous list. */
export async function setConsultantRegions(db: Database, actor: Actor, userId: string, regionCodes: string[]) {
	assertCan(actor, 'admin.users');
	const codes = [...new Set(regionCodes)].sort();
	if (codes.some((code) => !/^\d{2}$/.test(code))) {
		throw new AppError('invalid_input', 'Vérifiez les champs signalés.', { regions: 'Choisissez des régions de la liste.' });
	}
	return db.transaction(async (tx) => {
		const [user] = await tx.select({ id: authUser.id }).from(authUser).where(eq(authUser.id, userId)).for('update');
		if (!user) throw new AppError('not_found', 'Cette personne n’existe pas.');
		const before = (await tx.select({ code: consultantRegion.regionCode }).from(consultantRegion).where(eq(consultantRegion.userId, userId)))
			.map((row) => row.code)
			.sort();
		await tx.delete(consultantRegion).where(eq(consultantRegion.userId, userId));
		if (codes.length > 0) {
			const known = await tx.select({ code: region.code }).from(region).where(inArray(region.code, codes));
			if (known.length !== codes.length) throw new AppError('invalid_input', 'Vérifiez les champs signalés.', { regions: 'Choisissez des régions de la liste.' });
			await tx.insert(consultantRegion).values(codes.map((regionCode) => ({ userId, regionCode })));
		}
		await recordAudit(tx, { actorId: actor.userId, action: 'user.set_regions', entityType: 'user', entityId: userId, before: { regions: before }, after: { regions: codes } });
		return codes;
	});
}
