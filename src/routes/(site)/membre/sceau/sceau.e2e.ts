import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import { readCsvRows } from '$lib/server/platform/exports/csv';
import { launchBrowser, newPage, seriousAccessibilityViolations, seriousViolationsWithoutJavaScript } from '../../../../test/browser';
import { signInWithForm } from '../../../../test/account-forms';
import { requestAs, signInOverHttp } from '../../../../test/session';

const baseUrl = inject('baseUrl');
const PASSWORD = 'demonstration-muni';
let browser: Browser;
let address = 60;

beforeAll(async () => {
	browser = await launchBrowser();
});
afterAll(() => browser?.close());

/** A page of its own client address, with or without JavaScript, signed in as the demo account. */
async function signedInPage(email: string, javaScriptEnabled: boolean): Promise<Page> {
	const page = await newPage(browser, { javaScriptEnabled, extraHTTPHeaders: { 'x-forwarded-for': `203.0.113.${address++}` } });
	await signInWithForm(page, baseUrl, email, PASSWORD);
	return page;
}

const fieldError = (page: Page, field: string) => page.locator(`#${field}-error`).textContent();
const submit = (page: Page) => Promise.all([page.waitForLoadState(), page.click('main form[method="POST"] button[type="submit"]')]);

describe('the Fièrement membre seal', () => {
	test('Lévis sees its seal, downloads it at print size and opts in to the campaign without JavaScript', async () => {
		const page = await signedInPage('levis@demo.espacemuni.org', false);
		expect((await page.goto(`${baseUrl}/membre/sceau`))?.status()).toBe(200);
		expect(await page.locator('h1').textContent()).toBe('Sceau Fièrement membre');
		const preview = page.locator('.seal-preview img');
		expect(await preview.getAttribute('alt')).toContain('Lévis');

		const png = await page.context().request.get(`${baseUrl}/membre/sceau/sceau.png`);
		expect(png.status()).toBe(200);
		expect(png.headers()['content-type']).toBe('image/png');
		expect(png.headers()['content-disposition']).toContain('sceau-fierement-membre-levis-');
		const bytes = await png.body();
		expect(bytes.subarray(1, 4).toString('latin1')).toBe('PNG');
		expect([bytes.readUInt32BE(16), bytes.readUInt32BE(20)]).toEqual([2400, 2400]);
		const svg = await (await page.context().request.get(`${baseUrl}/membre/sceau/sceau.svg`)).text();
		expect(svg).toMatch(/<title id="seal-title">[^<]*Lévis/);

		// A bad postal code comes back next to its field, with everything typed kept.
		await page.fill('#recipientName', 'Service des loisirs');
		await page.fill('#addressLine1', '2175, chemin du Fleuve');
		await page.fill('#city', 'Lévis');
		await page.fill('#postalCode', '12345');
		await page.fill('#stickerCount', '30');
		await submit(page);
		expect(await fieldError(page, 'postalCode')).toContain('G1R 4P5');
		expect(await page.getAttribute('#postalCode', 'aria-invalid')).toBe('true');
		expect(await page.getAttribute('#postalCode', 'aria-describedby')).toContain('postalCode-error');
		expect(await page.inputValue('#addressLine1')).toBe('2175, chemin du Fleuve');
		expect(await page.inputValue('#stickerCount')).toBe('30');
		expect(await seriousViolationsWithoutJavaScript(browser, page)).toEqual([]);

		await page.fill('#postalCode', 'g6w7w9');
		await submit(page);
		expect(await page.locator('main [role="status"]').textContent()).toContain('C’est noté');
		expect(await page.inputValue('#postalCode')).toBe('G6W 7W9');
		await page.context().close();
	});

	test('the page is accessible with JavaScript and its preview draws', async () => {
		const page = await signedInPage('levis@demo.espacemuni.org', true);
		await page.goto(`${baseUrl}/membre/sceau`);
		const preview = page.locator('.seal-preview img');
		await preview.evaluate((image: HTMLImageElement) => image.decode());
		expect(await preview.evaluate((image: HTMLImageElement) => image.naturalWidth)).toBeGreaterThan(0);
		expect(await seriousAccessibilityViolations(page)).toEqual([]);
		await page.context().close();
	});

	test('staff ship what Lévis asked for; the mailing list has its address; a non-member is refused with the reason', async () => {
		const staff = await signInOverHttp(baseUrl, 'permanence@demo.espacemuni.org', PASSWORD);
		const csv = await requestAs(baseUrl, staff, '/admin/fierement-membre/adresses.csv?etat=a-expedier');
		expect(csv.status).toBe(200);
		const rows = readCsvRows(await csv.text()).rows;
		expect(rows.some((row) => row.includes('G6W 7W9') && row.includes('Lévis'))).toBe(true);

		const page = await newPage(browser, { javaScriptEnabled: false, extraHTTPHeaders: { 'x-forwarded-for': `203.0.113.${address++}` } });
		await page.context().addCookies(staff.cookie.split('; ').map((pair) => ({ name: pair.split('=')[0], value: pair.slice(pair.indexOf('=') + 1), url: baseUrl })));
		expect((await page.goto(`${baseUrl}/admin/fierement-membre`))?.status()).toBe(200);
		const before = await page.locator('#to-ship-title').textContent();
		await page.check('input[aria-label*="Lévis"]');
		await submit(page);
		expect(await page.locator('main [role="status"]').textContent()).toContain('1 envoi marqué comme expédié');
		expect(await page.locator('#to-ship-title').textContent()).not.toBe(before);
		expect(await page.locator('section[aria-labelledby="shipped-title"]').textContent()).toContain('Lévis');
		expect(await seriousViolationsWithoutJavaScript(browser, page)).toEqual([]);
		await page.context().close();

		// Staff belong to no member organisation: the seal is refused with the reason, and its files lead there.
		const refused = await requestAs(baseUrl, staff, '/membre/sceau');
		expect(refused.status).toBe(403);
		expect(await refused.text()).toContain('aucune organisation membre');
		const file = await requestAs(baseUrl, staff, '/membre/sceau/sceau.png');
		expect(file.status).toBe(303);
		expect(file.headers.get('location')).toBe('/membre/sceau');
		expect((await requestAs(baseUrl, null, '/membre/sceau')).status).toBe(303);
	});
});
