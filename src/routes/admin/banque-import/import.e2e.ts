import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import { signInWithForm } from '../../../test/account-forms';
import { launchBrowser, newPage, seriousAccessibilityViolations, seriousViolationsWithoutJavaScript } from '../../../test/browser';
import { freshAddress, requestAs, signInOverHttp } from '../../../test/session';

const baseUrl = inject('baseUrl');
const PASSWORD = 'demonstration-muni';
const GOOD_TITLE = 'Installer des abreuvoirs pour chiens le long du parcours des Anses';
const description = 'Des abreuvoirs accessibles sont installés tous les deux kilomètres sur la piste cyclable.';
let browser: Browser;
let folder: string;

beforeAll(async () => {
	browser = await launchBrowser();
	folder = mkdtempSync(join(tmpdir(), 'muni-import-'));
});
afterAll(async () => {
	await browser?.close();
	rmSync(folder, { recursive: true, force: true });
});

function fixture(name: string, content: string): string {
	const path = join(folder, name);
	writeFileSync(path, content);
	return path;
}

async function submit(page: Page, button: string) {
	await page.click(`main form[method="POST"] button:has-text("${button}")`);
	await page.waitForLoadState();
}

describe('importing an action plan', () => {
	test('staff upload a CSV without JavaScript, map its columns, see each row’s errors and import the good row', async () => {
		const page = await newPage(browser, { javaScriptEnabled: false, extraHTTPHeaders: { 'x-forwarded-for': freshAddress() } });
		await signInWithForm(page, baseUrl, 'permanence@demo.espacemuni.org', PASSWORD);
		await page.goto(`${baseUrl}/admin/banque-import`);
		expect(await page.locator('h1').textContent()).toBe('Importer un plan d’action');
		expect(await seriousViolationsWithoutJavaScript(browser, page)).toEqual([]);

		// Nothing chosen, then a file of the wrong type: French messages next to the field.
		await submit(page, 'Téléverser');
		expect(await page.locator('#file-error').textContent()).toBe('Choisissez un fichier .xlsx ou .csv.');
		await page.setInputFiles('#file', fixture('plan.txt', 'Titre\nUne mesure'));
		await submit(page, 'Téléverser');
		expect(await page.locator('#file-error').textContent()).toContain('Ce type de fichier n’est pas accepté');
		expect(await page.getAttribute('#file', 'aria-invalid')).toBe('true');
		expect(await seriousViolationsWithoutJavaScript(browser, page)).toEqual([]);

		const csv = [
			'Mesure;Description;Thème(s);Clientèle(s);Année',
			`${GOOD_TITLE};${description};Loisir, sport et plein air;Familles;2025`,
			`;${description};transport;aines;2025`,
			`Organiser une course de canots sur glace;${description};Sports extrêmes;Familles;2025`
		].join('\r\n');
		await page.setInputFiles('#file', fixture('plan-levis.csv', csv));
		await submit(page, 'Téléverser');
		await page.waitForURL(/\/admin\/banque-import\/[0-9a-f-]{36}$/);
		const importPath = new URL(page.url()).pathname;

		// Step 2: the columns are guessed from their headers; the values for every row are typed.
		expect(await page.locator('h1').textContent()).toBe('Associer les colonnes de « plan-levis.csv »');
		expect(await page.inputValue('#column-title')).toBe('0');
		expect(await page.inputValue('#column-themes')).toBe('2');
		expect(await page.inputValue('#column-clienteles')).toBe('3');
		expect(await page.inputValue('#column-year')).toBe('4');
		expect(await seriousViolationsWithoutJavaScript(browser, page)).toEqual([]);
		await page.fill('#place', 'Nulle-Part-sur-Mer');
		await submit(page, 'Voir l’aperçu');
		expect(await page.locator('#place-error').textContent()).toContain('introuvable');
		expect(await page.inputValue('#column-title')).toBe('0');
		await page.fill('#place', 'levis');
		await page.selectOption('#policyType', 'pfm');
		await submit(page, 'Voir l’aperçu');
		await page.waitForURL(new RegExp(`${importPath}/apercu$`));

		// Step 3: each row with its errors.
		const rowText = (line: number) => page.locator('tbody tr', { has: page.locator(`td:text-is("${line}")`) }).textContent();
		expect(await rowText(2)).toContain('Prête');
		expect(await rowText(3)).toContain('Le titre doit compter au moins 5 caractères.');
		expect(await rowText(4)).toContain('Champ d’intervention inconnu : « Sports extrêmes ».');
		expect(await page.locator('.counts dd').allTextContents()).toEqual(['1', '2', '0']);
		expect(await seriousViolationsWithoutJavaScript(browser, page)).toEqual([]);

		// Step 4: the report.
		await submit(page, 'Importer les lignes prêtes');
		await page.waitForURL(new RegExp(`${importPath}/rapport$`));
		const summary = await page.locator('.summary').textContent();
		expect(summary).toContain('1 fiche importée');
		expect(summary).toContain('2 lignes ignorées');
		expect(await page.locator('#imported-title + .table-wrap').textContent()).toContain(GOOD_TITLE);
		expect(await page.locator('#skipped-title + .table-wrap').textContent()).toContain('Sports extrêmes');
		expect(await seriousViolationsWithoutJavaScript(browser, page)).toEqual([]);

		// The item exists as a draft of Lévis, and the import is listed with its outcome.
		await page.click(`a:has-text("${GOOD_TITLE}")`);
		expect(await page.locator('h1').textContent()).toBe(GOOD_TITLE);
		await page.goto(`${baseUrl}/admin/banque-import`);
		expect(await page.locator('tbody tr', { hasText: 'plan-levis.csv' }).first().textContent()).toContain('Importé : 1 fiche');
		// An imported file cannot be imported twice: its pages lead to the report.
		await page.goto(`${baseUrl}${importPath}/apercu`);
		await page.waitForURL(new RegExp(`${importPath}/rapport$`));
		await page.context().close();
	});

	test('with JavaScript the pages are accessible too', async () => {
		const page = await newPage(browser, { extraHTTPHeaders: { 'x-forwarded-for': freshAddress() } });
		await signInWithForm(page, baseUrl, 'admin@demo.espacemuni.org', PASSWORD);
		await page.goto(`${baseUrl}/admin/banque-import`);
		expect(await seriousAccessibilityViolations(page)).toEqual([]);
		await page.setInputFiles('#file', fixture('plan-mrc.csv', `Action,Description,Thèmes,Clientèles\n${GOOD_TITLE} de la MRC,${description},loisir,familles`));
		await submit(page, 'Téléverser');
		await page.waitForURL(/\/admin\/banque-import\/[0-9a-f-]{36}$/);
		expect(await seriousAccessibilityViolations(page)).toEqual([]);
		await page.fill('#place', 'MRC de Rimouski-Neigette');
		await submit(page, 'Voir l’aperçu');
		await page.waitForURL(/\/apercu$/);
		expect(await seriousAccessibilityViolations(page)).toEqual([]);
		await page.goBack();
		await submit(page, 'Abandonner cet import');
		await page.waitForURL(/\/admin\/banque-import$/);
		expect(await page.locator('tbody tr', { hasText: 'plan-mrc.csv' }).first().textContent()).toContain('Abandonné');
		await page.context().close();
	});

	test('only staff reach the import', async () => {
		const member = await signInOverHttp(baseUrl, 'levis@demo.espacemuni.org', PASSWORD);
		expect((await requestAs(baseUrl, member, '/admin/banque-import')).status).toBe(403);
		const visitor = await requestAs(baseUrl, null, '/admin/banque-import');
		expect(visitor.headers.get('location')).toContain('/compte/connexion');
	});
});
