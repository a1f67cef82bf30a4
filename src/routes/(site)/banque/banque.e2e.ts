import { gzipSync } from 'node:zlib';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import { readXlsxRows } from '$lib/server/platform/exports/xlsx';
import { readCsvRows } from '$lib/server/platform/exports/csv';
import { launchBrowser, newPage, seriousAccessibilityViolations, seriousViolationsWithoutJavaScript } from '../../../test/browser';

const baseUrl = inject('baseUrl');
let browser: Browser;

beforeAll(async () => {
	browser = await launchBrowser();
});
afterAll(() => browser?.close());

const resultTitles = (page: Page) => page.locator('.result-list h3 a').allTextContents();
const statusText = async (page: Page) => (await page.locator('.results [role="status"]').textContent())?.replace(/\s+/g, ' ').trim() ?? '';
const countOf = (text: string) => Number(text.replace(/\D*?([\d\s  ]+) résultats?.*/, '$1').replace(/\D/g, ''));

async function firstItemPath(kind: string): Promise<string> {
	const response = await fetch(`${baseUrl}/api/v1/catalogue?type=${kind}&par_page=1`, { headers: { 'x-forwarded-for': '198.51.100.40' } });
	const body = (await response.json()) as { resultats: { url: string }[] };
	return new URL(body.resultats[0].url).pathname;
}

describe('catalogue pages', () => {
	const pages = ['/banque', '/banque?q=transport+aines&theme=transport', '/banque/mesures', '/banque/programmes', '/banque?q=zzzqqq', '/en/banque'];
	test.each(pages)('%s is accessible and French by default', async (path) => {
		const page = await newPage(browser);
		const response = await page.goto(`${baseUrl}${path}`);
		expect(response?.status()).toBe(200);
		expect(await page.getAttribute('html', 'lang')).toBe(path.startsWith('/en') ? 'en-CA' : 'fr-CA');
		expect(await seriousAccessibilityViolations(page)).toEqual([]);
		await page.context().close();
	});

	test.each(['mesure', 'initiative', 'programme', 'outil'])('the detail page of a %s is accessible, labels demonstration content and carries structured data', async (kind) => {
		const path = await firstItemPath(kind);
		const page = await newPage(browser);
		expect((await page.goto(`${baseUrl}${path}`))?.status()).toBe(200);
		expect(await seriousAccessibilityViolations(page)).toEqual([]);
		expect(await page.locator('.badge.demo').first().textContent()).toContain('démonstration');
		const structured = JSON.parse((await page.locator('script[type="application/ld+json"]').textContent()) ?? '{}');
		expect(structured['@context']).toBe('https://schema.org');
		expect(structured.name).toBe(await page.locator('h1').textContent());
		await page.context().close();
	});

	test('a funding programme says whether its call is open, closing or closed', async () => {
		const page = await newPage(browser);
		await page.goto(`${baseUrl}/banque/programmes?tri=titre`);
		const windows = await page.locator('.result .window').allTextContents();
		expect(windows.length).toBeGreaterThan(0);
		for (const text of windows) expect(text).toMatch(/^(Ouvert|Ouvert en continu|Fermé|Ferme aujourd’hui|Ferme dans \d+ jours?|Ouvre dans \d+ jours?)$/);
		await page.context().close();
	});

	test('the detail page prints without navigation and with the print stylesheet', async () => {
		const page = await newPage(browser);
		await page.goto(`${baseUrl}${await firstItemPath('mesure')}`);
		await page.emulateMedia({ media: 'print' });
		expect(await page.locator('.site-header').isVisible()).toBe(false);
		expect(await page.locator('.related').isVisible()).toBe(false);
		expect(await page.locator('h1').isVisible()).toBe(true);
		await page.context().close();
	});

	test('unknown items answer 404 in French', async () => {
		const page = await newPage(browser);
		expect((await page.goto(`${baseUrl}/banque/mesures/99999999`))?.status()).toBe(404);
		expect((await page.goto(`${baseUrl}/banque/autre-chose`))?.status()).toBe(404);
		await page.context().close();
	});
});

describe('catalogue search without JavaScript', () => {
	test('searches, filters with a facet, removes a chip, and the URL holds the state', async () => {
		const context = await browser.newContext({ javaScriptEnabled: false });
		const page = await context.newPage();
		await page.goto(`${baseUrl}/banque`);
		await page.fill('#catalogue-q', 'transport aines');
		await page.click('.search-box button[type="submit"]');
		await page.waitForURL(/q=transport\+aines/);
		const all = countOf(await statusText(page));
		expect(all).toBeGreaterThan(5);
		expect(await page.locator('.result-list mark').count()).toBeGreaterThan(0);

		// Tick a region and apply: the count falls to that value's count, the text stays.
		const label = page.locator('fieldset.facet:has(legend:text("Région")) li').first();
		const expected = Number((await label.locator('.count').textContent())?.replace(/\D/g, ''));
		await label.locator('input').check();
		await page.click('.filter-actions button');
		await page.waitForURL(/region=/);
		expect(countOf(await statusText(page))).toBe(expected);
		expect(new URL(page.url()).searchParams.get('q')).toBe('transport aines');
		expect(await seriousViolationsWithoutJavaScript(browser, page)).toEqual([]);

		// The shared URL gives the same results.
		const titles = await resultTitles(page);
		const again = await context.newPage();
		await again.goto(page.url());
		expect(await resultTitles(again)).toEqual(titles);

		// Removing the region chip keeps the text.
		await page.locator('a.chip').filter({ hasNotText: 'Texte' }).first().click();
		await page.waitForURL((url) => !url.searchParams.has('region'));
		expect(countOf(await statusText(page))).toBe(all);
		await context.close();
	});

	test('a search without result names the filters that emptied it and offers to remove them', async () => {
		const context = await browser.newContext({ javaScriptEnabled: false });
		const page = await context.newPage();
		await page.goto(`${baseUrl}/banque?q=bibliothèque&type=programme&region=10`);
		expect(await page.locator('.empty h2').textContent()).toContain('Aucune fiche');
		const offers = await page.locator('.empty li a').allTextContents();
		expect(offers.some((text) => text.includes('bibliothèque'))).toBe(true);
		expect(offers.some((text) => text.includes('Programmes de subvention'))).toBe(true);
		await page.locator('.empty li a', { hasText: 'Programmes de subvention' }).click();
		await page.waitForURL((url) => !url.searchParams.has('type'));
		await context.close();
	});

	test('bad URL values get French messages and the page still answers', async () => {
		const context = await browser.newContext({ javaScriptEnabled: false });
		const page = await context.newPage();
		const response = await page.goto(`${baseUrl}/banque?theme=n-existe-pas&annee=abc&tri=hasard&page=-2`);
		expect(response?.status()).toBe(200);
		const notice = await page.locator('.notice[role="alert"]').textContent();
		expect(notice).toContain('« n-existe-pas » n’existe pas');
		expect(notice).toContain('« abc »');
		expect(notice).toContain('« hasard »');
		await context.close();
	});

	test('« comme la mienne »: a typed municipality becomes its code, and a wrong name is explained next to the field', async () => {
		const context = await browser.newContext({ javaScriptEnabled: false });
		const page = await context.newPage();
		await page.goto(`${baseUrl}/banque/mesures`);
		await page.fill('#ma-municipalite', 'batiscan');
		await page.click('.filter-actions button');
		await page.waitForURL(/comme=37210/);
		expect(await page.locator('.like-summary').textContent()).toContain('Batiscan');
		expect(await page.inputValue('#ma-municipalite')).toBe('Batiscan');

		await page.fill('#ma-municipalite', 'Xyzville');
		await page.click('.filter-actions button');
		expect(await page.locator('#ma-municipalite-error').textContent()).toContain('« Xyzville »');
		expect(await page.inputValue('#ma-municipalite')).toBe('Xyzville');
		await context.close();
	});
});

describe('catalogue search with JavaScript', () => {
	test('results follow typing without reloading the page, and the count is announced', async () => {
		const page = await newPage(browser);
		await page.goto(`${baseUrl}/banque`);
		await page.evaluate(() => ((window as unknown as { stillHere: boolean }).stillHere = true));
		const before = await statusText(page);
		await page.locator('#catalogue-q').pressSequentially('halte-garderie', { delay: 20 });
		await page.waitForURL(/q=halte-garderie/);
		// What was typed while earlier results arrived is kept, and typing does not pin the default order.
		expect(await page.inputValue('#catalogue-q')).toBe('halte-garderie');
		expect(new URL(page.url()).searchParams.has('tri')).toBe(false);
		await page.waitForFunction((previous) => document.querySelector('.results [role="status"]')?.textContent?.trim() !== previous, before.trim());
		expect(await page.evaluate(() => (window as unknown as { stillHere?: boolean }).stillHere)).toBe(true);
		expect(await page.locator('#catalogue-q').evaluate((input) => input === document.activeElement)).toBe(true);

		// A checkbox applies at once.
		await page.locator('fieldset.facet:has(legend:text("Type")) input').first().check();
		await page.waitForURL(/type=/);
		expect(await page.evaluate(() => (window as unknown as { stillHere?: boolean }).stillHere)).toBe(true);
		await page.context().close();
	});

	test('the search page ships at most 60 KB of compressed JavaScript', async () => {
		const page = await newPage(browser);
		const scripts: Buffer[] = [];
		page.on('response', async (response) => {
			if (response.request().resourceType() === 'script') scripts.push(await response.body());
		});
		await page.goto(`${baseUrl}/banque?q=parc`, { waitUntil: 'networkidle' });
		const inlineScripts = await page.locator('script:not([src]):not([type="application/ld+json"])').allTextContents();
		const compressed = [...scripts, ...inlineScripts.map((text) => Buffer.from(text))].reduce((total, body) => total + gzipSync(body).length, 0);
		console.log(`JavaScript de /banque : ${(compressed / 1024).toFixed(1)} Ko compressés (${scripts.length} fichiers)`);
		expect(scripts.length).toBeGreaterThan(0);
		expect(compressed).toBeLessThanOrEqual(60 * 1024);
		await page.context().close();
	});
});

describe('catalogue exports', () => {
	test('a search exports as .xlsx and .csv with the same rows as the page counts', async () => {
		const query = 'q=parc&theme=loisir';
		const page = await newPage(browser);
		await page.goto(`${baseUrl}/banque?${query}`);
		const total = countOf(await statusText(page));
		expect(total).toBeGreaterThan(0);
		await page.context().close();

		const xlsx = await fetch(`${baseUrl}/banque/export.xlsx?${query}`, { headers: { 'x-forwarded-for': '198.51.100.41' } });
		expect(xlsx.headers.get('content-type')).toContain('spreadsheetml');
		expect(xlsx.headers.get('content-disposition')).toMatch(/banque-des-mesures-\d{4}-\d{2}-\d{2}\.xlsx/);
		const sheet = await readXlsxRows(Buffer.from(await xlsx.arrayBuffer()));
		expect(sheet.headers).toContain('Titre');
		expect(sheet.rows).toHaveLength(total);

		const csv = await fetch(`${baseUrl}/banque/export.csv?${query}`, { headers: { 'x-forwarded-for': '198.51.100.41' } });
		const table = readCsvRows(await csv.text());
		expect(table.rows).toHaveLength(total);
		expect(table.rows.map((row) => row[table.headers.indexOf('Titre')])).toEqual(sheet.rows.map((row) => row[sheet.headers.indexOf('Titre')]));
	});
});
