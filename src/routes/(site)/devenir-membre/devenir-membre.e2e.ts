import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import { signInWithForm } from '../../../test/account-forms';
import { launchBrowser, newPage, seriousViolationsWithoutJavaScript } from '../../../test/browser';
import { freshAddress, requestAs, signInOverHttp } from '../../../test/session';

const baseUrl = inject('baseUrl');
const DEMO_PASSWORD = 'demonstration-muni';
let browser: Browser;

beforeAll(async () => {
	browser = await launchBrowser();
});
afterAll(() => browser?.close());

const plainPage = () => newPage(browser, { javaScriptEnabled: false, extraHTTPHeaders: { 'x-forwarded-for': freshAddress() } });

describe('joining and the member portal', () => {
	test('the join form works without JavaScript: find a homonym, choose it, fix a bad email, send', async () => {
		const page = await plainPage();
		await page.goto(`${baseUrl}/devenir-membre`);
		await page.check('#kind-municipality');
		await page.fill('#place', 'saint damase');
		await page.click('button[formaction="?/chercher"]');
		const choices = page.locator('input[name="placeRef"]');
		expect(await choices.count()).toBeGreaterThan(1);
		expect(await page.locator('#place-error').textContent()).toContain('Plusieurs municipalités portent ce nom');
		const firstLabel = (await page.locator('fieldset#placeRef label').first().textContent())!;
		expect(firstLabel).toContain('Saint-Damase');
		await choices.first().check();
		await page.fill('#contactName', 'Gabrielle Tremblay');
		await page.fill('#contactTitle', 'Directrice générale');
		await page.fill('#contactEmail', 'pas une adresse');
		await page.click('main form[method="POST"] button:has-text("Envoyer la demande")');

		expect(await page.locator('#contactEmail-error').textContent()).toBe('Entrez une adresse courriel valide, par exemple nom@exemple.ca.');
		expect(await page.getAttribute('#contactEmail', 'aria-describedby')).toBe('contactEmail-error');
		expect(await page.inputValue('#contactEmail')).toBe('pas une adresse');
		expect(await page.inputValue('#contactName')).toBe('Gabrielle Tremblay');
		expect(await page.isChecked('#kind-municipality')).toBe(true);
		expect(await choices.first().isChecked()).toBe(true);
		expect(await seriousViolationsWithoutJavaScript(browser, page)).toEqual([]);

		await page.fill('#contactEmail', 'dg@saint-damase.exemple.ca');
		await page.click('main form[method="POST"] button:has-text("Envoyer la demande")');
		await page.waitForURL(/\/devenir-membre\/merci$/);
		expect(await page.locator('h1').textContent()).toBe('Demande envoyée');
		await page.context().close();

		// Staff find it first in the queue, under the municipality's official name.
		const staff = await signInOverHttp(baseUrl, 'permanence@demo.espacemuni.org', DEMO_PASSWORD);
		const queue = await (await requestAs(baseUrl, staff, '/admin/membres/demandes')).text();
		expect(queue).toContain('Saint-Damase');
		expect(queue).toContain('Gabrielle Tremblay');
	});

	test('the portal: a visitor is sent to sign in, a member sees its status, only staff see the member list', async () => {
		const visitor = await requestAs(baseUrl, null, '/membre');
		expect(visitor.status).toBe(303);
		expect(visitor.headers.get('location')).toBe('/compte/connexion?suite=%2Fmembre');

		const levis = await signInOverHttp(baseUrl, 'levis@demo.espacemuni.org', DEMO_PASSWORD);
		expect((await requestAs(baseUrl, levis, '/admin/membres')).status).toBe(403);
		const staff = await signInOverHttp(baseUrl, 'permanence@demo.espacemuni.org', DEMO_PASSWORD);
		const list = await requestAs(baseUrl, staff, '/admin/membres?q=levis');
		expect(list.status).toBe(200);
		expect(await list.text()).toContain('Lévis');

		const page = await plainPage();
		await signInWithForm(page, baseUrl, 'levis@demo.espacemuni.org', DEMO_PASSWORD);
		await page.goto(`${baseUrl}/membre`);
		expect(await page.locator('main .lead').textContent()).toBe('Lévis');
		expect(await page.locator('.status-line').textContent()).toMatch(/^(Membre actif|Nouveau membre|En période de grâce)/);
		expect(await page.locator('a[href="/membre/factures"]').count()).toBe(1);
		expect(await seriousViolationsWithoutJavaScript(browser, page)).toEqual([]);
		await page.context().close();
	});
});
