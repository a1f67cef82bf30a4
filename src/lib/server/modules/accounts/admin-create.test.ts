import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { verifyPassword } from 'better-auth/crypto';
import { eq } from 'drizzle-orm';
import { afterAll, describe, expect, test } from 'vitest';
import { openDatabase } from '../../db/client';
import { authAccount, authUser } from './schema';

const run = promisify(execFile);
const dataDir = mkdtempSync(join(tmpdir(), 'muni-admin-cli-'));
const cli = (args: string[], env: Record<string, string> = {}) =>
	run(process.execPath, [join(process.cwd(), 'node_modules/tsx/dist/cli.mjs'), 'scripts/admin-create.ts', ...args], {
		cwd: process.cwd(),
		env: { ...process.env, DATA_DIR: dataDir, DATABASE_URL: '', ...env }
	});

afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

describe('npm run admin:create', () => {
	test('creates a verified administrator whose password works, promotes an existing account, refuses bad input', async () => {
		const created = await cli(['--email', 'Premiere@Exemple.ca', '--name', 'Première Admin'], { ADMIN_PASSWORD: 'un mot de passe sûr' });
		expect(created.stdout).toContain('Compte administrateur créé : premiere@exemple.ca');
		const again = await cli(['--email', 'premiere@exemple.ca']);
		expect(again.stdout).toContain('existait déjà');
		await expect(cli(['--email', 'pas-une-adresse'])).rejects.toMatchObject({ code: 2, stderr: expect.stringContaining('--email doit être une adresse courriel valide') });

		const database = await openDatabase({ kind: 'pglite', dataDir: join(dataDir, 'pglite') });
		try {
			const [user] = await database.db.select().from(authUser).where(eq(authUser.email, 'premiere@exemple.ca'));
			expect(user).toMatchObject({ role: 'admin', emailVerified: true, name: 'Première Admin' });
			const [credential] = await database.db.select().from(authAccount).where(eq(authAccount.userId, user.id));
			expect(await verifyPassword({ hash: credential.password!, password: 'un mot de passe sûr' })).toBe(true);
		} finally {
			await database.close();
		}
	}, 120_000);
});
