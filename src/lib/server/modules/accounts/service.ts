import { eq } from 'drizzle-orm';
import type { Database } from '../../db/types';
import { VISITOR, type Actor, type Role } from '../../platform/roles';
import { authUser, consultantRegion, organisationMember } from './schema';

export async function isDeactivated(db: Database, userId: string): Promise<boolean> {
	const [row] = await db.select({ deactivatedAt: authUser.deactivatedAt }).from(authUser).where(eq(authUser.id, userId));
	return !row || row.deactivatedAt !== null;
}

export type SessionUser = { id: string; role?: string | null; deactivatedAt?: Date | string | null };

/** The actor a signed-in person acts as; a deactivated or unknown account is a visitor. */
export function actorFor(user: SessionUser | null | undefined, organisationIds: readonly string[] = [], regionCodes: readonly string[] = []): Actor {
	if (!user || user.deactivatedAt) return VISITOR;
	const role = (['member', 'consultant', 'staff', 'admin'] as const).find((candidate) => candidate === user.role) ?? 'member';
	return { role: role as Role, userId: user.id, organisationIds, regionCodes };
}

/** The organisations and (for consultants) regions that scope what a signed-in person may see. */
export async function scopeOf(db: Database, userId: string): Promise<{ organisationIds: string[]; regionCodes: string[] }> {
	const [memberships, regions] = await Promise.all([
		db.select({ id: organisationMember.organisationId }).from(organisationMember).where(eq(organisationMember.userId, userId)),
		db.select({ code: consultantRegion.regionCode }).from(consultantRegion).where(eq(consultantRegion.userId, userId))
	]);
	return { organisationIds: memberships.map((row) => row.id), regionCodes: regions.map((row) => row.code) };
}

export async function isDeactivatedEmail(db: Database, email: string): Promise<boolean> {
	const [row] = await db.select({ deactivatedAt: authUser.deactivatedAt }).from(authUser).where(eq(authUser.email, email));
	return Boolean(row?.deactivatedAt);
}
