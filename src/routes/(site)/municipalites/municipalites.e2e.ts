import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import { launchBrowser, newPage } from '../../../test/browser';

const baseUrl = inject('baseUrl');
let browser: Browser;

beforeAll(async () => {
	browser = await launchBrowser();
});
afterAll(() => browser?.close());

const firstResultNames = (page: import('playwright-core').Page) => page.locator('tbody th[scope="row"] a').allTextContents();

describe('municipal directory without JavaScript', () => {
	test('a plain GET form searches ignoring accents, case and "St"', async () => {
		const context = await browser.newContext({ javaScriptEnabled: false });
		const page = await context.newPage();
		await page.goto(`${baseUrl}/municipalites`);
		await page.fill('#q', 'levis');
		await page.click('button[type="submit"]');
		await page.waitForURL(/q=levis/);
		expect((await firstResultNames(page))[0]).toBe('Lévis');

		await page.fill('#q', 'st-jacques');
		await page.click('button[type="submit"]');
		await page.waitForURL(/q=st-jacques/);
		const names = await firstResultNames(page);
		expect(names.length).toBeGreaterThan(3);
		expect(names.every((name) => name.startsWith('Saint-Jacques'))).toBe(true);
		await context.close();
	});

	test('filters by region, MRC and population class, and the URL holds the whole state', async () => {
		const context = await browser.newContext({ javaScriptEnabled: false });
		const page = await context.newPage();
		await page.goto(`${baseUrl}/municipalites`);
		await page.selectOption('#region', '12');
		await page.selectOption('#tri', 'population-decroissante');
		await page.click('button[type="submit"]');
		await page.waitForURL(/region=12/);
		expect((await firstResultNames(page))[0]).toBe('Lévis');
		expect(await page.locator('[role="status"]').textContent()).toContain('136 municipalités');

		// The MRC list now only holds the region's territories.
		const mrcOptions = await page.locator('#mrc option').allTextContents();
		expect(mrcOptions).toContain('Les Appalaches');
		expect(mrcOptions).not.toContain('Brome-Missisquoi');
		await page.selectOption('#mrc', { label: 'Les Appalaches' });
		await page.selectOption('#population', { index: 1 });
		await page.click('button[type="submit"]');
		await page.waitForURL(/population=1/);
		const names = await firstResultNames(page);
		expect(names).toContain('Saint-Jacques-de-Leeds');
		expect(names).not.toContain('Thetford Mines');

		// Reloading the shared URL gives the same page.
		const shared = page.url();
		const again = await context.newPage();
		await again.goto(shared);
		expect(await firstResultNames(again)).toEqual(names);

		// A chip removes one filter and keeps the others.
		await page.click('a.chip:has-text("Les Appalaches")');
		await page.waitForURL((url) => !url.searchParams.has('mrc'));
		expect(new URL(page.url()).searchParams.get('region')).toBe('12');
		await context.close();
	});

	test('bad input shows French messages and sane defaults, never a 500', async () => {
		const context = await browser.newContext({ javaScriptEnabled: false });
		const page = await context.newPage();
		const response = await page.goto(`${baseUrl}/municipalites?population=abc&page=-3&region=99&tri=n%27importe`);
		expect(response?.status()).toBe(200);
		const alert = await page.locator('[role="alert"]').textContent();
		expect(alert).toContain('« abc » n’est pas une taille de population connue');
		expect(alert).toContain('« -3 » n’est pas un numéro de page');
		expect(alert).toContain('Aucune région ne porte le code « 99 »');
		expect(alert).toContain('n’est pas un tri possible');
		expect(await page.locator('[role="status"]').textContent()).toMatch(/^1\s122 municipalités/);
		expect(await firstResultNames(page)).toHaveLength(25);

		const pastEnd = await page.goto(`${baseUrl}/municipalites?page=999`);
		expect(pastEnd?.status()).toBe(200);
		expect(await page.locator('[role="alert"]').textContent()).toContain('La page 999 n’existe pas');
		expect(await page.locator('.pagination [aria-current="page"]').textContent()).toContain('45');
		await context.close();
	});

	test('paginates with links that keep the filters', async () => {
		const context = await browser.newContext({ javaScriptEnabled: false });
		const page = await context.newPage();
		await page.goto(`${baseUrl}/municipalites?region=05`);
		const first = await firstResultNames(page);
		await page.click('a[rel="next"]');
		await page.waitForURL(/page=2/);
		expect(new URL(page.url()).searchParams.get('region')).toBe('05');
		const second = await firstResultNames(page);
		expect(second).toHaveLength(25);
		expect(second.some((name) => first.includes(name))).toBe(false);
		await context.close();
	});
});

describe('municipal directory with JavaScript', () => {
	test('results follow typing without a reload and the count is announced', async () => {
		const page = await newPage(browser);
		await page.goto(`${baseUrl}/municipalites`, { waitUntil: 'networkidle' });
		await page.evaluate(() => ((window as unknown as { marker: string }).marker = 'same document'));
		await page.locator('#q').pressSequentially('montreal', { delay: 30 });
		await page.waitForURL(/q=montreal/);
		await expect.poll(() => firstResultNames(page)).toContain('Montréal');
		// Same document: the page was updated in place, not reloaded, and the field kept its focus.
		expect(await page.evaluate(() => (window as unknown as { marker?: string }).marker)).toBe('same document');
		expect(await page.evaluate(() => document.activeElement?.id)).toBe('q');
		const status = page.locator('[role="status"]');
		expect(await status.getAttribute('aria-live')).toBe('polite');
		expect(await status.textContent()).toMatch(/municipalité/);
		await page.context().close();
	});
});
