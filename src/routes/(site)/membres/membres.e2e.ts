import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import { readXlsxRows } from '$lib/server/platform/exports/xlsx';
import { signInWithForm } from '../../../test/account-forms';
import { launchBrowser, newPage, seriousAccessibilityViolations, seriousViolationsWithoutJavaScript } from '../../../test/browser';
import { freshAddress, requestAs, signInOverHttp } from '../../../test/session';

const baseUrl = inject('baseUrl');
const PASSWORD = 'demonstration-muni';
let browser: Browser;
let folder: string;

beforeAll(async () => {
	browser = await launchBrowser();
	folder = mkdtempSync(join(tmpdir(), 'muni-membres-'));
});
afterAll(async () => {
	await browser?.close();
	rmSync(folder, { recursive: true, force: true });
});

const digits = (text: string | null) => Number((text ?? '').replace(/\D/g, ''));
const totalOf = (page: Page, table: string) => page.locator(`#portrait-${table} + .table-wrap tfoot td`).first().textContent();

describe('member portrait', () => {
	test('the public portrait shows the totals, tables that add up, and the map with its text equivalent', async () => {
		const page = await newPage(browser);
		expect((await page.goto(`${baseUrl}/membres`))?.status()).toBe(200);
		expect(await page.locator('h1').textContent()).toBe('Portrait des membres');
		const figures = (await page.locator('.key-figures strong').allTextContents()).map(digits);
		expect(figures[0]).toBeGreaterThan(400);
		expect(figures[1] + figures[2] + figures[3]).toBe(figures[0]);
		expect(digits(await totalOf(page, 'type'))).toBe(figures[0]);
		expect(digits(await totalOf(page, 'region'))).toBe(figures[0]);
		expect(digits(await totalOf(page, 'class'))).toBe(figures[1]);

		const map = page.locator('figure.member-map svg[role="img"]');
		expect(await map.locator('path').count()).toBe(17);
		expect(await map.locator('circle').count()).toBeGreaterThan(300);
		expect(await map.locator('desc').textContent()).toContain('municipalités membres');
		expect(await page.locator('figure.member-map details li').count()).toBeGreaterThanOrEqual(await map.locator('circle').count());
		expect(await seriousAccessibilityViolations(page)).toEqual([]);
		await page.context().close();
	});

	test('staff see the figures on 31 March 2025 with a year earlier, a kept bad date, and the .xlsx', async () => {
		const page = await newPage(browser, { javaScriptEnabled: false, extraHTTPHeaders: { 'x-forwarded-for': freshAddress() } });
		await signInWithForm(page, baseUrl, 'permanence@demo.espacemuni.org', PASSWORD);
		await page.goto(`${baseUrl}/admin/membres/portrait?date=2025-03-31`);
		const typeRows = page.locator('#portrait-type + .table-wrap table');
		expect(await typeRows.locator('thead th').allTextContents()).toEqual(['Type', '31 mars 2025', '31 mars 2024', 'Écart']);
		const byType = Object.fromEntries(
			await typeRows.locator('tbody tr, tfoot tr').evaluateAll((rows) => rows.map((row) => [row.querySelector('th')?.textContent, row.querySelector('td')?.textContent]))
		);
		expect(digits(byType['Municipalité']) + digits(byType['Arrondissement'])).toBe(372);
		expect(digits(byType['MRC'])).toBe(35);
		expect(digits(byType['Organisme à but non lucratif']) + digits(byType['Membre individuel'])).toBe(20);
		expect(digits(byType['Total'])).toBe(427);
		expect(await seriousViolationsWithoutJavaScript(browser, page)).toEqual([]);

		await page.fill('#date', '2025-02-30');
		await page.click('main form[method="GET"] button');
		await page.waitForLoadState();
		expect(await page.locator('#date-error').textContent()).toContain('date valide');
		expect(await page.inputValue('#date')).toBe('2025-02-30');
		expect(await page.getAttribute('#date', 'aria-describedby')).toContain('date-error');
		await page.context().close();

		const staff = await signInOverHttp(baseUrl, 'permanence@demo.espacemuni.org', PASSWORD);
		const download = await requestAs(baseUrl, staff, '/admin/membres/portrait/chiffres.xlsx?date=2025-03-31');
		expect(download.headers.get('content-type')).toContain('spreadsheetml');
		const sheet = await readXlsxRows(await download.arrayBuffer());
		expect(sheet.headers).toEqual(['Type', '31 mars 2025', '31 mars 2024', 'Écart']);
		expect(sheet.rows.at(-1)?.slice(0, 2)).toEqual(['Total', '427']);
		expect((await requestAs(baseUrl, null, '/admin/membres/portrait')).status).toBe(303);
	});

	test('staff import a list without JavaScript: preview, pick the right homonym, confirm', async () => {
		const page = await newPage(browser, { javaScriptEnabled: false, extraHTTPHeaders: { 'x-forwarded-for': freshAddress() } });
		await signInWithForm(page, baseUrl, 'permanence@demo.espacemuni.org', PASSWORD);
		await page.goto(`${baseUrl}/admin/membres/import`);
		const file = join(folder, 'membres.csv');
		writeFileSync(file, 'code géographique;nom;type\n;Saint-Damase;\n;Municipalité imaginaire;\n');
		await page.setInputFiles('#file', file);
		await page.click('main form[action="?/preview"] button');
		await page.waitForLoadState();
		expect(await page.locator('main [role="status"]').first().textContent()).toContain('ambiguës : 1');
		expect(await page.locator('fieldset legend').textContent()).toContain('Saint-Damase');
		expect(await page.locator('fieldset input[type="radio"]').count()).toBe(3);
		expect(await page.locator('table', { hasText: 'Municipalité imaginaire' }).count()).toBe(1);
		expect(await seriousViolationsWithoutJavaScript(browser, page)).toEqual([]);

		await page.check('fieldset input[value="municipality:54017"]');
		await page.click('main form[action="?/confirm"] button');
		await page.waitForLoadState();
		expect(await page.locator('.notice.success').textContent()).toMatch(/Adhésions créées : [01] /);
		await page.context().close();
	});
});
