import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { startBuiltServer } from '../../../../test/server-process';
import { requestAs, signInOverHttp } from '../../../../test/session';
import { startTestSmtpServer } from './test-smtp-server';

describe('the built platform with SMTP_URL', () => {
	test('sends the verification email through a real SMTP server, and its link verifies the account', async () => {
		const smtp = await startTestSmtpServer();
		const dataDir = mkdtempSync(join(tmpdir(), 'muni-smtp-'));
		const server = await startBuiltServer({ env: { DATA_DIR: dataDir, DATABASE_URL: undefined, DEMO_CONTENT: 'false', SMTP_URL: smtp.url, ADDRESS_HEADER: 'x-forwarded-for' } });
		try {
			const signUp = await requestAs(server.url, null, '/compte/inscription', {
				name: 'Hélène Pelletier',
				email: 'helene@exemple.ca',
				password: 'courriel par SMTP',
				passwordConfirm: 'courriel par SMTP'
			});
			expect(signUp.status).toBe(303);

			await expect.poll(() => smtp.received.length, { timeout: 20_000 }).toBe(1);
			const [message] = smtp.received;
			expect(message.subject).toBe('Confirmez votre adresse courriel');
			expect(message.from?.text).toContain('Espace MUNI');
			expect(message.html).toContain('Confirmer mon adresse');
			const link = (message.text ?? '').match(/https?:\/\/\S+verify-email\S+/)![0];

			// Logging in before verifying is refused and sends the link again, once.
			await expect(signInOverHttp(server.url, 'helene@exemple.ca', 'courriel par SMTP')).rejects.toThrow();
			await expect.poll(() => smtp.received.length, { timeout: 20_000 }).toBe(2);
			const verified = await fetch(link, { redirect: 'manual' });
			expect(verified.status).toBe(302);
			const session = await signInOverHttp(server.url, 'helene@exemple.ca', 'courriel par SMTP');
			expect((await requestAs(server.url, session, '/compte')).status).toBe(200);
			await new Promise((resolve) => setTimeout(resolve, 1500));
			expect(smtp.received).toHaveLength(2);
		} finally {
			await server.stop();
			await smtp.close();
			rmSync(dataDir, { recursive: true, force: true });
		}
	});
});
