import { randomBytes } from 'node:crypto';
import { hashPassword } from 'better-auth/crypto';
import { eq } from 'drizzle-orm';
import type { Database } from '../../db/types';
import { recordAudit } from '../../platform/audit/service';
import { authAccount, authUser } from './schema';

export type NewAccount = { email: string; name: string; role: 'member' | 'consultant' | 'staff' | 'admin'; password: string };

/**
 * Creates a verified email-and-password account the way better-auth stores one (a user and a
 * "credential" account holding the scrypt hash), for the admin command and the demonstration accounts.
 * An existing address is left untouched and reported.
 */
export async function createVerifiedAccount(db: Database, account: NewAccount, actorId: string | null = null): Promise<{ id: string; created: boolean }> {
	const email = account.email.trim().toLowerCase();
	const [existing] = await db.select({ id: authUser.id }).from(authUser).where(eq(authUser.email, email));
	if (existing) return { id: existing.id, created: false };
	const id = randomBytes(16).toString('base64url');
	const password = await hashPassword(account.password);
	await db.transaction(async (tx) => {
		await tx.insert(authUser).values({ id, email, name: account.name, role: account.role, emailVerified: true });
		await tx.insert(authAccount).values({ id: randomBytes(16).toString('base64url'), accountId: id, providerId: 'credential', userId: id, password });
		await recordAudit(tx, { actorId, action: 'user.create', entityType: 'user', entityId: id, after: { email, name: account.name, role: account.role } });
	});
	return { id, created: true };
}
