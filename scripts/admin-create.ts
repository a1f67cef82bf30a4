// npm run admin:create -- --email personne@exemple.ca [--name "Prénom Nom"]
// Creates (or promotes) an administrator. The password comes from ADMIN_PASSWORD, or is generated and
// printed once. On the embedded database, stop the platform first: one process at a time may open it.
import { randomBytes } from 'node:crypto';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { eq } from 'drizzle-orm';
import { z } from 'zod';
import { databaseOptionsFor, openDatabase } from '../src/lib/server/db/client';
import { createVerifiedAccount } from '../src/lib/server/modules/accounts/credentials';
import { authUser } from '../src/lib/server/modules/accounts/schema';
import { recordAudit } from '../src/lib/server/platform/audit/service';
import { readConfig } from '../src/lib/server/platform/config';

const { values } = parseArgs({ options: { email: { type: 'string' }, name: { type: 'string' } } });
const input = z
	.object({
		email: z.email('--email doit être une adresse courriel valide'),
		name: z.string().trim().min(2, '--name doit compter au moins 2 caractères').max(120),
		password: z.string().min(12, 'ADMIN_PASSWORD doit compter au moins 12 caractères').max(128)
	})
	.safeParse({
		email: values.email?.trim().toLowerCase(),
		name: values.name ?? 'Administration',
		password: process.env.ADMIN_PASSWORD ?? randomBytes(15).toString('base64url')
	});
if (!input.success) {
	console.error(`Impossible de créer l’administratrice ou l’administrateur : ${input.error.issues.map((issue) => issue.message).join('; ')}`);
	process.exit(2);
}

const config = readConfig();
const database = await openDatabase(databaseOptionsFor(config));
try {
	const outcome = await database.migrateExclusively(join(config.appRoot, 'drizzle'), async (db) => {
		const account = await createVerifiedAccount(db, { ...input.data, role: 'admin' });
		if (!account.created) {
			await db.transaction(async (tx) => {
				const [before] = await tx.select({ role: authUser.role }).from(authUser).where(eq(authUser.id, account.id));
				await tx.update(authUser).set({ role: 'admin', deactivatedAt: null }).where(eq(authUser.id, account.id));
				await recordAudit(tx, { actorId: null, action: 'user.set_role', entityType: 'user', entityId: account.id, before, after: { role: 'admin' } });
			});
		}
		return account;
	});
	if (outcome.created) {
		console.log(`Compte administrateur créé : ${input.data.email}`);
		if (!process.env.ADMIN_PASSWORD) console.log(`Mot de passe (affiché une seule fois, changez-le après la connexion) : ${input.data.password}`);
	} else {
		console.log(`${input.data.email} existait déjà : son rôle est maintenant administrateur (mot de passe inchangé).`);
	}
} finally {
	await database.close();
}
