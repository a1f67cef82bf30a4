import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import { readXlsxRows } from '$lib/server/platform/exports/xlsx';
import { signInWithForm } from '../../../test/account-forms';
import { launchBrowser, newPage, seriousAccessibilityViolations, seriousViolationsWithoutJavaScript } from '../../../test/browser';
import { freshAddress } from '../../../test/session';

const baseUrl = inject('baseUrl');
const REPORT = '/rapport/2024-2025';
let browser: Browser;
let staff: Page;

/** Figures as the page prints them, with ordinary spaces: « 3 711 mesures ». */
const spaced = (text: string) => text.replace(/[\s\u00a0\u202f]+/g, ' ').trim();
const figureTexts = async (page: Page) => (await page.locator('.figure').evaluateAll((items) => items.map((item) => item.textContent ?? ''))).map(spaced);

beforeAll(async () => {
	browser = await launchBrowser();
	staff = await newPage(browser, { extraHTTPHeaders: { 'x-forwarded-for': freshAddress() } });
	await signInWithForm(staff, baseUrl, 'permanence@demo.espacemuni.org', 'demonstration-muni');
});
afterAll(() => browser?.close());

describe('the 2024-2025 activity report generated from the records', () => {
	test('shows the seed’s key figures, each with a source link, and last year’s difference', async () => {
		expect((await staff.goto(`${baseUrl}${REPORT}`))?.status()).toBe(200);
		expect(await staff.locator('h1').textContent()).toBe('Rapport d’activités 2024-2025');
		const figures = await figureTexts(staff);
		const seedFigures = [
			'4 000 personnes abonnées à l’infolettre',
			'152 000 utilisatrices et utilisateurs du site Web (augmentation de 20 000 par rapport à 2023-2024)',
			'114 projets Voisins solidaires financés',
			'89 projets MADA accompagnés',
			'603 heures d’accompagnement offert (MADA)',
			'18 municipalités accompagnées en politique familiale municipale',
			'152 heures d’accompagnement offert (PFM)',
			'37 000 citoyennes et citoyens ont pris part à des fêtes',
			'1 150 exemplaires imprimés',
			'580 utilisatrices et utilisateurs de l’Espace collaboratif',
			'21 tables, comités et conseils d’administration'
		];
		for (const expected of seedFigures) expect(figures.some((text) => text.startsWith(expected))).toBe(true);

		const sources = await staff.locator('.figure').evaluateAll((items) => items.map((item) => item.querySelector('a.figure-source')?.getAttribute('href') ?? null));
		expect(sources.length).toBeGreaterThan(100);
		expect(sources.filter((href) => !href)).toEqual([]);
		// A typed figure links to its entry, which shows its value, date and source note.
		const typed = staff.locator('.figure', { hasText: 'personnes abonnées à l’infolettre' }).locator('a.figure-source');
		await typed.click();
		await staff.waitForURL(/\/rapport\/2024-2025\/indicateurs\//);
		const entry = spaced((await staff.locator('main').textContent()) ?? '');
		expect(entry).toContain('4 000');
		expect(entry).toContain('Rapport d’activités 2024-2025, section Inspirer, « Infolettres »');
		expect(entry).toContain('31 mars 2025');
	});

	test('the Banque’s figures are computed by the catalogue module: 3 711 mesures, 54 subventions, 116 initiatives', async () => {
		await staff.goto(`${baseUrl}${REPORT}`);
		const figures = await figureTexts(staff);
		for (const expected of ['3 711 mesures', '54 subventions', '116 initiatives inspirantes']) expect(figures.some((text) => text.startsWith(expected))).toBe(true);
		expect(await staff.locator('.figure', { hasText: 'subventions' }).locator('a.figure-source').getAttribute('href')).toBe('/banque?type=programme');
	});

	test('members by type are computed by the membership module, and the seed’s 426 is flagged against 372 + 35 + 20', async () => {
		await staff.goto(`${baseUrl}${REPORT}`);
		const figures = await figureTexts(staff);
		for (const expected of ['372 municipalités et arrondissements membres', '35 MRC membres', '20 organismes et individus membres']) expect(figures.some((text) => text.startsWith(expected))).toBe(true);
		const consistency = spaced((await staff.locator('.consistency').textContent()) ?? '');
		expect(consistency).toContain('426 au rapport, mais ses parties donnent 427');
	});

	test('is accessible, has a chart followed by its data table, and downloads its figures', async () => {
		await staff.goto(`${baseUrl}${REPORT}`);
		expect(await seriousAccessibilityViolations(staff)).toEqual([]);
		const chart = staff.locator('figure.chart', { hasText: 'outils dans le coffre à outils MADA' });
		expect(await chart.locator('svg[role="img"] title').textContent()).toBe('outils dans le coffre à outils MADA');
		const row = staff.locator('table.chart-data tr', { hasText: 'outils MADA élaborés par Espace MUNI' });
		expect(await row.locator('td').textContent()).toBe('25');

		const cookies = (await staff.context().cookies()).map((cookie) => `${cookie.name}=${cookie.value}`).join('; ');
		const sheet = await fetch(`${baseUrl}${REPORT}/chiffres.xlsx`, { headers: { cookie: cookies } });
		expect(sheet.headers.get('content-type')).toContain('spreadsheetml');
		const { headers, rows } = await readXlsxRows(Buffer.from(await sheet.arrayBuffer()));
		expect(headers).toContain('Note de source');
		const subscribers = rows.find((row) => row[headers.indexOf('Chiffre')] === 'personnes abonnées à l’infolettre');
		expect(subscribers?.[headers.indexOf('Valeur')]).toBe('4000');
		const docx = await fetch(`${baseUrl}${REPORT}/rapport.docx`, { headers: { cookie: cookies } });
		expect(docx.headers.get('content-type')).toContain('wordprocessingml');
	});

	test('prints with its own stylesheet: no site navigation, a cover page, a page per section', async () => {
		await staff.goto(`${baseUrl}${REPORT}`);
		await staff.emulateMedia({ media: 'print' });
		expect(await staff.locator('.site-header').isVisible()).toBe(false);
		expect(await staff.locator('.staff-tools').isVisible()).toBe(false);
		expect(await staff.locator('nav.toc').isVisible()).toBe(true);
		const breaks = await staff.evaluate(() => ({
			cover: getComputedStyle(document.querySelector('.cover')!).breakAfter,
			section: getComputedStyle(document.querySelector('.report-section')!).breakBefore
		}));
		expect(breaks).toEqual({ cover: 'page', section: 'page' });
		await staff.emulateMedia({ media: 'screen' });
	});

	test('the public reads the published report but no draft, and a wrong fiscal year is not found; the change model is public', async () => {
		const visitor = await newPage(browser, { javaScriptEnabled: false });
		expect((await visitor.goto(`${baseUrl}${REPORT}`))?.status()).toBe(200);
		expect((await figureTexts(visitor)).some((text) => text.startsWith('4 000 personnes abonnées à l’infolettre'))).toBe(true);
		expect((await visitor.goto(`${baseUrl}/rapport/2025-2026`))?.status()).toBe(404);
		expect(await visitor.locator('h1').textContent()).toBe('Page introuvable');
		expect((await visitor.goto(`${baseUrl}/rapport/2024-2026`))?.status()).toBe(404);
		expect((await visitor.goto(`${baseUrl}/modele-de-changement`))?.status()).toBe(200);
		expect(spaced((await visitor.locator('main').textContent()) ?? '')).toContain('Pour Espace MUNI, « inspirer » veut dire : informer, sensibiliser et influencer le monde municipal');
		expect(await visitor.locator('main table tbody tr').count()).toBe(4);
		expect(await seriousViolationsWithoutJavaScript(browser, visitor)).toEqual([]);
		await visitor.context().close();
	});

	test('staff record a representation without JavaScript: a bad input keeps what was typed, then it is listed', async () => {
		const page = await newPage(browser, { javaScriptEnabled: false, extraHTTPHeaders: { 'x-forwarded-for': freshAddress() } });
		await signInWithForm(page, baseUrl, 'permanence@demo.espacemuni.org', 'demonstration-muni');
		await page.goto(`${baseUrl}/admin/rapport/representations/nouvelle?exercice=2024-2025`);
		await page.selectOption('#type', 'salon');
		await page.fill('#host', 'Association québécoise du loisir municipal');
		await page.fill('#startOn', '2024-10-02');
		await page.fill('#endOn', '2024-10-01');
		await page.click('main form[method="POST"] button[type="submit"]');
		expect(await page.locator('#title-error').textContent()).toBe('Le titre doit compter au moins 3 caractères.');
		expect(await page.locator('#endOn-error').textContent()).toBe('La fin ne peut précéder le début.');
		expect(await page.inputValue('#host')).toBe('Association québécoise du loisir municipal');
		expect(await page.getAttribute('#title', 'aria-invalid')).toBe('true');
		expect(await seriousViolationsWithoutJavaScript(browser, page)).toEqual([]);

		await page.fill('#title', 'Salon des essais');
		await page.fill('#endOn', '2024-10-03');
		await page.click('main form[method="POST"] button[type="submit"]');
		expect(await page.locator('[role="status"]').textContent()).toBe('La représentation est enregistrée.');
		await page.goto(`${baseUrl}/admin/rapport/representations?exercice=2024-2025&type=salon`);
		expect(await page.locator('tbody th').allTextContents()).toEqual(expect.arrayContaining([expect.stringContaining('Salon des essais')]));
		await page.goto(`${baseUrl}/admin/rapport?exercice=2024-2025`);
		expect(await seriousViolationsWithoutJavaScript(browser, page)).toEqual([]);
		await page.context().close();
	});
});
