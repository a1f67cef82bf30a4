import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import { signInWithForm } from '../../../test/account-forms';
import { launchBrowser, newPage, seriousViolationsWithoutJavaScript } from '../../../test/browser';
import { freshAddress, requestAs, signInOverHttp } from '../../../test/session';

const baseUrl = inject('baseUrl');
const PASSWORD = 'demonstration-muni';
let browser: Browser;

beforeAll(async () => {
	browser = await launchBrowser();
});
afterAll(() => browser?.close());

const invoiceIds = (html: string, prefix: string) => [...html.matchAll(new RegExp(`href="${prefix}/([0-9a-f-]{36})"`, 'g'))].map((match) => match[1]);

describe('dues', () => {
	test('staff set a grid without JavaScript: a bad cell is flagged next to it and nothing typed is lost; the grid and an invoice are accessible', async () => {
		const page = await newPage(browser, { javaScriptEnabled: false, extraHTTPHeaders: { 'x-forwarded-for': freshAddress() } });
		await signInWithForm(page, baseUrl, 'permanence@demo.espacemuni.org', PASSWORD);
		await page.goto(`${baseUrl}/admin/cotisations?exercice=2030-2031`);
		expect(await seriousViolationsWithoutJavaScript(browser, page)).toEqual([]);
		const cells = page.locator('table.grid input');
		const count = await cells.count();
		expect(count).toBeGreaterThan(20);
		for (let index = 0; index < count; index += 1) await cells.nth(index).fill(index % 2 ? '1 250,00' : '980.50');
		await cells.nth(1).fill('-40');
		await page.click('main form[method="POST"] button:has-text("Enregistrer la grille")');
		const bad = cells.nth(1);
		expect(await bad.getAttribute('aria-invalid')).toBe('true');
		const errorId = (await bad.getAttribute('aria-describedby'))!.split(' ')[0];
		expect(await page.locator(`#${errorId}`).textContent()).toContain('négatif');
		expect(await bad.inputValue()).toBe('-40');
		expect(await cells.nth(2).inputValue()).toBe('980.50');
		expect(await page.locator('.error-summary').textContent()).toContain('négatif');
		expect(await seriousViolationsWithoutJavaScript(browser, page)).toEqual([]);

		await bad.fill('0');
		await page.click('main form[method="POST"] button:has-text("Enregistrer la grille")');
		expect(await page.locator('[role="status"]').first().textContent()).toContain('Grille 2030-2031 enregistrée');
		expect(await cells.nth(1).inputValue()).toBe('0,00');
		expect(await cells.nth(3).inputValue()).toMatch(/^1\s250,00$/);

		await page.goto(`${baseUrl}/admin/cotisations/factures?etat=payee`);
		const [first] = invoiceIds(await page.content(), '/admin/cotisations/factures');
		expect(first).toBeTruthy();
		await page.goto(`${baseUrl}/admin/cotisations/factures/${first}`);
		expect(await page.locator('h1').textContent()).toMatch(/^Facture \d{4}-\d{4}$/);
		expect(await page.locator('.receipts tbody tr').count()).toBeGreaterThan(0);
		expect(await seriousViolationsWithoutJavaScript(browser, page)).toEqual([]);
		await page.context().close();
	});

	test('a member sees its own invoices and receipts, never another organisation’s; a visitor is sent to sign in', async () => {
		const member = await signInOverHttp(baseUrl, 'levis@demo.espacemuni.org', PASSWORD);
		const staff = await signInOverHttp(baseUrl, 'permanence@demo.espacemuni.org', PASSWORD);
		const own = invoiceIds(await (await requestAs(baseUrl, member, '/membre/factures')).text(), '/membre/factures');
		expect(own.length).toBeGreaterThan(0);
		expect((await requestAs(baseUrl, member, `/membre/factures/${own[0]}`)).status).toBe(200);
		const all = invoiceIds(await (await requestAs(baseUrl, staff, '/admin/cotisations/factures')).text(), '/admin/cotisations/factures');
		const other = all.find((id) => !own.includes(id));
		expect(other).toBeTruthy();
		expect((await requestAs(baseUrl, member, `/membre/factures/${other}`)).status).toBe(403);
		expect((await requestAs(baseUrl, member, `/admin/cotisations/factures/${own[0]}`)).status).toBe(403);
		expect((await requestAs(baseUrl, null, '/membre/factures')).headers.get('location')).toContain('/compte/connexion');
	});
});
