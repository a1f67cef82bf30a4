import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import { launchBrowser, newPage } from '../../../../test/browser';
import { signUpWithForm } from '../../../../test/account-forms';
import { waitForMail } from '../../../../test/outbox';
import { freshAddress, requestAs, signInOverHttp } from '../../../../test/session';

const baseUrl = inject('baseUrl');
const outbox = join(inject('dataDir'), 'outbox');
let browser: Browser;

beforeAll(async () => {
	browser = await launchBrowser();
});
afterAll(() => browser?.close());

describe('Mes données (Law 25)', () => {
	test('a person downloads what the platform holds about them, then deletes it', async () => {
		const page = await newPage(browser, { javaScriptEnabled: false, extraHTTPHeaders: { 'x-forwarded-for': freshAddress() } });
		await signUpWithForm(page, baseUrl, { name: 'Gabrielle Roy', email: 'gabrielle@exemple.ca', password: 'la petite poule d’eau' });
		const mail = await waitForMail(outbox, 'gabrielle@exemple.ca', /Confirmez votre adresse/);
		await page.goto(mail.links.find((link) => link.includes('verify-email'))!);

		const session = await signInOverHttp(baseUrl, 'gabrielle@exemple.ca', 'la petite poule d’eau');
		const exported = await requestAs(baseUrl, session, '/compte/mes-donnees/export');
		expect(exported.headers.get('content-disposition')).toContain('attachment');
		const data = await exported.json();
		expect(data.accounts.account).toMatchObject({ name: 'Gabrielle Roy', email: 'gabrielle@exemple.ca' });
		expect(JSON.stringify(data)).not.toContain('scrypt');
		expect(data.accounts.sessions.length).toBeGreaterThan(0);

		await page.goto(`${baseUrl}/compte/mes-donnees`);
		await page.fill('#password', 'mauvais');
		await page.click('form[action="?/supprimer"] button');
		expect(await page.locator('#confirm-error').textContent()).toBe('Cochez la case pour confirmer.');
		expect(await page.locator('#password-error').textContent()).toBe('Le mot de passe actuel est incorrect.');
		await page.check('#confirm');
		await page.fill('#password', 'la petite poule d’eau');
		await page.click('form[action="?/supprimer"] button');
		await page.waitForURL(/compte-supprime=1/);

		// Every session ended, and the address no longer opens an account.
		expect((await requestAs(baseUrl, session, '/compte')).headers.get('location')).toContain('/compte/connexion');
		await expect(signInOverHttp(baseUrl, 'gabrielle@exemple.ca', 'la petite poule d’eau')).rejects.toThrow(/Connexion refusée/);
		await page.context().close();
	});

	test('the privacy page names who is responsible for personal information', async () => {
		const response = await requestAs(baseUrl, null, '/confidentialite');
		expect(response.status).toBe(200);
		expect(await response.text()).toContain('Responsable de la confidentialité (essai)');
	});
});
