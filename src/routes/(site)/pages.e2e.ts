import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import { launchBrowser, newPage, seriousAccessibilityViolations } from '../../test/browser';

const baseUrl = inject('baseUrl');
let browser: Browser;

beforeAll(async () => {
	browser = await launchBrowser();
});
afterAll(() => browser?.close());

const pages: { path: string; status: number; heading: RegExp }[] = [
	{ path: '/', status: 200, heading: /municipalités en santé/ },
	{ path: '/municipalites', status: 200, heading: /Municipalités du Québec/ },
	{ path: '/municipalites?q=zzzzzz', status: 200, heading: /Municipalités du Québec/ },
	{ path: '/municipalites/25213', status: 200, heading: /^Lévis$/ },
	{ path: '/municipalites/31140', status: 200, heading: /Saint-Jacques-de-Leeds/ },
	{ path: '/municipalites/99050', status: 200, heading: /.+/ },
	{ path: '/regions', status: 200, heading: /Régions administratives/ },
	{ path: '/regions/16', status: 200, heading: /Montérégie/ },
	{ path: '/recherche?q=monteregie', status: 200, heading: /Recherche/ },
	{ path: '/recherche', status: 200, heading: /Recherche/ },
	{ path: '/municipalites/00000', status: 404, heading: /Page introuvable/ },
	{ path: '/regions/42', status: 404, heading: /Page introuvable/ },
	{ path: '/cette-page-nexiste-pas', status: 404, heading: /Page introuvable/ },
	{ path: '/en', status: 200, heading: /Healthy municipalities/ },
	{ path: '/en/municipalites/25213', status: 200, heading: /^Lévis$/ }
];

describe('every page', () => {
	for (const { path, status, heading } of pages) {
		test(`${path} answers ${status}, in the right language, with no serious accessibility violation`, async () => {
			const page = await newPage(browser);
			const response = await page.goto(`${baseUrl}${path}`);
			expect(response?.status()).toBe(status);
			expect(await page.locator('h1').first().textContent()).toMatch(heading);
			expect(await page.getAttribute('html', 'lang')).toBe(path.startsWith('/en') ? 'en-CA' : 'fr-CA');
			expect(await page.locator('header').count()).toBe(1);
			expect(await page.locator('main#contenu').count()).toBe(1);
			expect(await page.locator('footer').count()).toBe(1);
			expect(await seriousAccessibilityViolations(page)).toEqual([]);
			await page.context().close();
		});
	}

	test('every page shows the demonstration banner when demonstration content is on', async () => {
		const page = await newPage(browser);
		await page.goto(`${baseUrl}/regions`);
		expect(await page.locator('.demo-banner').textContent()).toContain('Données de démonstration');
		await page.context().close();
	});

	test('fits a 360 px wide screen without sideways scrolling', async () => {
		const page = await newPage(browser, { viewport: { width: 360, height: 740 } });
		for (const path of ['/', '/municipalites', '/municipalites/25213', '/regions/03']) {
			await page.goto(`${baseUrl}${path}`);
			const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
			expect(overflow, path).toBeLessThanOrEqual(0);
		}
		await page.context().close();
	});
});

test('the accessibility check itself catches an unlabelled field', async () => {
	const page = await newPage(browser);
	await page.setContent('<!doctype html><html lang="fr"><title>t</title><main><input type="text"></main></html>');
	expect((await seriousAccessibilityViolations(page)).join()).toContain('label');
	await page.context().close();
});

describe('keyboard and language', () => {
	test('the first Tab reaches the skip link, which moves focus to the main content', async () => {
		const page = await newPage(browser);
		await page.goto(`${baseUrl}/municipalites`);
		await page.keyboard.press('Tab');
		expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Aller au contenu');
		const outline = await page.evaluate(() => getComputedStyle(document.activeElement!).outlineStyle);
		expect(outline).not.toBe('none');
		await page.keyboard.press('Enter');
		await page.keyboard.press('Tab');
		const focusedInsideMain = await page.evaluate(() => document.activeElement?.closest('main') !== null);
		expect(focusedInsideMain).toBe(true);
		await page.context().close();
	});

	test('the language switch keeps the page and its query', async () => {
		const page = await newPage(browser);
		await page.goto(`${baseUrl}/municipalites?region=06`);
		await page.click('a[hreflang="en"]');
		await page.waitForURL(/\/en\/municipalites\?region=06/);
		expect(await page.locator('h1').textContent()).toBe('Québec municipalities');
		await page.click('a[hreflang="fr"]');
		await page.waitForURL((url) => url.pathname === '/municipalites');
		expect(await page.locator('h1').textContent()).toBe('Municipalités du Québec');
		await page.context().close();
	});

	test('the site-wide search finds places by name, accents and typos forgiven', async () => {
		const context = await browser.newContext({ javaScriptEnabled: false });
		const page = await context.newPage();
		await page.goto(baseUrl);
		await page.fill('#home-q', 'Monteregie');
		await page.click('form[role="search"] button');
		await page.waitForURL(/recherche\?q=Monteregie/);
		expect(await page.locator('.hits a').first().textContent()).toBe('Montérégie');
		await page.goto(`${baseUrl}/recherche?q=${encodeURIComponent('Drummondvile')}`);
		expect(await page.locator('.hits a').allTextContents()).toContain('Drummondville');
		await context.close();
	});
});

describe('health and headers', () => {
	test('/healthz reports the database', async () => {
		const response = await fetch(`${baseUrl}/healthz`);
		expect(response.status).toBe(200);
		expect(await response.json()).toEqual({ status: 'ok', database: 'pglite' });
	});

	test('the municipality sheet draws the region map with the place marked', async () => {
		const page = await newPage(browser);
		await page.goto(`${baseUrl}/municipalites/31140`);
		const map = page.locator('figure.map svg');
		expect(await map.getAttribute('role')).toBe('img');
		expect(await map.locator('path.area.highlighted').count()).toBe(1);
		expect(await map.locator('circle.point').count()).toBe(1);
		expect(await map.locator('desc').textContent()).toContain('Les Appalaches');
		await page.context().close();
	});
});
