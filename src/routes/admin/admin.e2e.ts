import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import { launchBrowser, newPage, seriousViolationsWithoutJavaScript } from '../../test/browser';
import { signInWithForm } from '../../test/account-forms';
import { freshAddress, requestAs, signInOverHttp } from '../../test/session';

const baseUrl = inject('baseUrl');
const PASSWORD = 'demonstration-muni';
let browser: Browser;

beforeAll(async () => {
	browser = await launchBrowser();
});
afterAll(() => browser?.close());

const signIn = (page: Page, email: string, password: string) => signInWithForm(page, baseUrl, email, password);

describe('administration', () => {
	test('the demonstration login page lists one account per role', async () => {
		const page = await newPage(browser, { javaScriptEnabled: false });
		await page.goto(`${baseUrl}/compte/connexion`);
		const table = await page.locator('.demo-accounts').textContent();
		expect(table).toContain('admin@demo.espacemuni.org');
		expect(table).toContain('demonstration-muni');
		await page.context().close();
	});

	test('an admin deactivates an account: its sessions end and it cannot log in; reactivated, it can; the journal shows both', async () => {
		const rimouski = await signInOverHttp(baseUrl, 'rimouski@demo.espacemuni.org', PASSWORD);
		expect((await requestAs(baseUrl, rimouski, '/compte')).status).toBe(200);

		const admin = await newPage(browser, { javaScriptEnabled: false, extraHTTPHeaders: { 'x-forwarded-for': freshAddress() } });
		await signIn(admin, 'admin@demo.espacemuni.org', PASSWORD);
		await admin.goto(`${baseUrl}/admin/utilisateurs?q=rimouski`);
		expect(await admin.locator('tbody tr').count()).toBe(1);
		expect(await seriousViolationsWithoutJavaScript(browser, admin)).toEqual([]);
		await admin.click('tbody button:has-text("Désactiver")');
		expect(await admin.locator('[role="status"]').first().textContent()).toContain('rimouski@demo.espacemuni.org est désactivé');

		expect((await requestAs(baseUrl, rimouski, '/compte')).headers.get('location')).toContain('/compte/connexion');
		const refused = await newPage(browser, { javaScriptEnabled: false, extraHTTPHeaders: { 'x-forwarded-for': freshAddress() } });
		await signIn(refused, 'rimouski@demo.espacemuni.org', PASSWORD);
		expect(await refused.locator('[role="alert"]').first().textContent()).toContain('Ce compte est désactivé');

		await admin.goto(`${baseUrl}/admin/utilisateurs?statut=desactive`);
		await admin.click('tbody button:has-text("Réactiver")');
		expect(await admin.locator('[role="status"]').first().textContent()).toContain('est réactivé');
		await signIn(refused, 'rimouski@demo.espacemuni.org', PASSWORD);
		await refused.waitForURL(/\/compte$/);

		// Role change, with bad input refused.
		await admin.goto(`${baseUrl}/admin/utilisateurs?q=rimouski`);
		await admin.selectOption('tbody select[name="role"]', 'consultant');
		await admin.click('tbody button:has-text("Enregistrer le rôle")');
		expect(await admin.locator('[role="status"]').first().textContent()).toContain('Accompagnatrice ou accompagnateur');

		await admin.goto(`${baseUrl}/admin/journal?type=user`);
		const journal = await admin.locator('tbody').textContent();
		expect(journal).toContain('user.deactivate');
		expect(journal).toContain('user.reactivate');
		expect(journal).toContain('user.set_role');
		expect(journal).toContain('Alex Administration (démo)');
		expect(await seriousViolationsWithoutJavaScript(browser, admin)).toEqual([]);

		await admin.goto(`${baseUrl}/admin/utilisateurs?q=rimouski`);
		await admin.selectOption('tbody select[name="role"]', 'member');
		await admin.click('tbody button:has-text("Enregistrer le rôle")');

		await admin.goto(`${baseUrl}/admin/courriels`);
		expect(await seriousViolationsWithoutJavaScript(browser, admin)).toEqual([]);
		await admin.context().close();
		await refused.context().close();
	});

	test('staff add an arrondissement, which then appears on its city sheet; bad input is refused next to the field', async () => {
		const staff = await newPage(browser, { javaScriptEnabled: false, extraHTTPHeaders: { 'x-forwarded-for': freshAddress() } });
		await signIn(staff, 'permanence@demo.espacemuni.org', PASSWORD);
		await staff.goto(`${baseUrl}/admin/arrondissements`);
		await staff.selectOption('#municipalityCode', '66023');
		await staff.fill('#name', 'V');
		await staff.fill('#population', '-5');
		await staff.click('main form[method="POST"] button');
		expect(await staff.locator('#name-error').textContent()).toContain('au moins 2 caractères');
		expect(await staff.locator('#population-error').textContent()).toBe('La population ne peut être négative.');
		expect(await staff.inputValue('#municipalityCode')).toBe('66023');
		await staff.fill('#name', 'Verdun');
		await staff.fill('#population', '');
		await staff.click('main form[method="POST"] button');
		expect(await staff.locator('[role="status"]').first().textContent()).toContain('Verdun');
		expect(await seriousViolationsWithoutJavaScript(browser, staff)).toEqual([]);
		await staff.goto(`${baseUrl}/municipalites/66023`);
		expect(await staff.locator('#boroughs-title + ul').textContent()).toContain('Verdun');
		await staff.context().close();
	});

	test('the outbox lists sent emails and shows one', async () => {
		const admin = await newPage(browser, { javaScriptEnabled: false, extraHTTPHeaders: { 'x-forwarded-for': freshAddress() } });
		await admin.goto(`${baseUrl}/compte/mot-de-passe-oublie`);
		await admin.fill('#email', 'permanence@demo.espacemuni.org');
		await admin.click('main form[method="POST"] button');
		await signIn(admin, 'admin@demo.espacemuni.org', PASSWORD);
		await expect
			.poll(async () => {
				await admin.goto(`${baseUrl}/admin/courriels`);
				return admin.locator('tbody').textContent();
			})
			.toContain('permanence@demo.espacemuni.org');
		await admin.click('tbody tr:has-text("permanence@demo.espacemuni.org") a');
		expect(await admin.locator('h1').textContent()).toBe('Réinitialisez votre mot de passe');
		expect(await admin.locator('.mail-text').textContent()).toContain('reset-password');
		await admin.context().close();
	});
});
