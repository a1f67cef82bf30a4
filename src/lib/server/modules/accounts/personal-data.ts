import { eq, or } from 'drizzle-orm';
import type { Database } from '../../db/types';
import { auditEntry } from '../../platform/audit/schema';
import { recordAudit } from '../../platform/audit/service';
import type { ModuleManifest } from '../../platform/manifest';
import { authAccount, authSession, authUser, consultantRegion, organisation, organisationInvitation, organisationMember } from './schema';

/** Everything the accounts module holds about a person; secrets (password hash, session tokens) are left out. */
export async function exportAccountData(db: Database, userId: string): Promise<Record<string, unknown>> {
	const [user] = await db
		.select({
			id: authUser.id,
			name: authUser.name,
			email: authUser.email,
			emailVerified: authUser.emailVerified,
			role: authUser.role,
			deactivatedAt: authUser.deactivatedAt,
			createdAt: authUser.createdAt,
			updatedAt: authUser.updatedAt
		})
		.from(authUser)
		.where(eq(authUser.id, userId));
	if (!user) return {};
	const [sessions, memberships, invitations, regions, history] = await Promise.all([
		db
			.select({ createdAt: authSession.createdAt, expiresAt: authSession.expiresAt, ipAddress: authSession.ipAddress, userAgent: authSession.userAgent })
			.from(authSession)
			.where(eq(authSession.userId, userId)),
		db
			.select({ organisation: organisation.name, role: organisationMember.role, since: organisationMember.createdAt })
			.from(organisationMember)
			.innerJoin(organisation, eq(organisation.id, organisationMember.organisationId))
			.where(eq(organisationMember.userId, userId)),
		db
			.select({ email: organisationInvitation.email, organisation: organisation.name, role: organisationInvitation.role, createdAt: organisationInvitation.createdAt })
			.from(organisationInvitation)
			.innerJoin(organisation, eq(organisation.id, organisationInvitation.organisationId))
			.where(or(eq(organisationInvitation.invitedBy, userId), eq(organisationInvitation.email, user.email))),
		db.select({ regionCode: consultantRegion.regionCode }).from(consultantRegion).where(eq(consultantRegion.userId, userId)),
		db
			.select({ at: auditEntry.at, action: auditEntry.action, entityType: auditEntry.entityType, entityId: auditEntry.entityId })
			.from(auditEntry)
			.where(or(eq(auditEntry.actorId, userId), eq(auditEntry.entityId, userId)))
	]);
	return { account: user, sessions, organisations: memberships, invitations, consultantRegions: regions.map((row) => row.regionCode), history };
}

/**
 * Erases what identifies the person: name and address replaced, password and sessions deleted,
 * memberships and invitations removed. The user row stays, anonymised, so that the audit log keeps
 * pointing at "a deleted account" rather than at nothing.
 */
export async function eraseAccountData(tx: Database, userId: string): Promise<void> {
	const [user] = await tx.select({ email: authUser.email }).from(authUser).where(eq(authUser.id, userId));
	if (!user) return;
	await tx.delete(authSession).where(eq(authSession.userId, userId));
	await tx.delete(authAccount).where(eq(authAccount.userId, userId));
	await tx.delete(organisationMember).where(eq(organisationMember.userId, userId));
	await tx.delete(consultantRegion).where(eq(consultantRegion.userId, userId));
	await tx.delete(organisationInvitation).where(eq(organisationInvitation.email, user.email));
	await tx
		.update(authUser)
		.set({
			name: 'Compte supprimé',
			email: `supprime-${userId}@invalid`,
			emailVerified: false,
			image: null,
			activeOrganisationId: null,
			deactivatedAt: new Date(),
			updatedAt: new Date()
		})
		.where(eq(authUser.id, userId));
}

/** Gathers every module's data about a person, for « Mes données ». */
export async function exportPersonalData(db: Database, manifests: readonly ModuleManifest[], userId: string) {
	const sections = await Promise.all(
		manifests.filter((manifest) => manifest.personalData).map(async (manifest) => [manifest.name, await manifest.personalData!.export(db, userId)] as const)
	);
	return { exportedAt: new Date().toISOString(), ...Object.fromEntries(sections) };
}

/** Erases a person's data in every module, in one transaction, and records that it was done. */
export async function erasePersonalData(db: Database, manifests: readonly ModuleManifest[], userId: string): Promise<void> {
	await db.transaction(async (tx) => {
		for (const manifest of manifests) await manifest.personalData?.erase(tx, userId);
		await recordAudit(tx, { actorId: userId, action: 'user.erase', entityType: 'user', entityId: userId });
	});
}
