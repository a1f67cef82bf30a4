import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import { signInWithForm } from '../../../test/account-forms';
import { launchBrowser, newPage, seriousViolationsWithoutJavaScript } from '../../../test/browser';
import { freshAddress } from '../../../test/session';

const baseUrl = inject('baseUrl');
let browser: Browser;

beforeAll(async () => {
	browser = await launchBrowser();
});
afterAll(() => browser?.close());

describe('qui sommes-nous', () => {
	test('the page is built from the records: the board with its officers first, la permanence by team, the accompaniment team by region, the committees', async () => {
		const page = await newPage(browser, { javaScriptEnabled: false });
		await page.goto(`${baseUrl}/`);
		await page.click('.main-nav a:has-text("Qui sommes-nous")');
		expect(await page.locator('h1').textContent()).toBe('Qui sommes-nous');

		const president = page.locator('ul[aria-labelledby="board-officers"] li').first();
		expect(await president.locator('.name').textContent()).toBe('Doreen Assaad');
		expect(await president.locator('.role').textContent()).toBe('Présidence');
		expect(await president.textContent()).toContain('Délégation de l’Union des municipalités du Québec');
		expect(await page.locator('ul[aria-labelledby="board-ex-officio"]').textContent()).toContain('Isabelle Lizée');
		expect(await page.locator('ul[aria-labelledby="board-administrators"] li').count()).toBe(9);

		expect(await page.locator('ul[aria-labelledby="team-communications"]').textContent()).toContain('Chargé des communications');
		// Those who left during 2024-2025 are not on the page.
		expect(await page.locator('#permanence').textContent()).not.toContain('Jessica Beauchamp');
		expect(await page.locator('#accompagnement tr:has-text("Abitibi-Témiscamingue")').textContent()).toContain('Robert B. Brière');
		expect(await page.locator('#comites h3').allTextContents()).toContain('Comité de contenu PourRallier Contenu');
		expect(await seriousViolationsWithoutJavaScript(browser, page)).toEqual([]);

		// The contents lead to each group from the keyboard.
		await page.focus('nav.contents a[href="#comites"]');
		await page.keyboard.press('Enter');
		expect(new URL(page.url()).hash).toBe('#comites');
		await page.context().close();
	});

	test('staff add someone to la permanence without JavaScript: a bad input comes back next to its field with what was typed; then the person is on the public page', async () => {
		const staff = await newPage(browser, { javaScriptEnabled: false, extraHTTPHeaders: { 'x-forwarded-for': freshAddress() } });
		await signInWithForm(staff, baseUrl, 'permanence@demo.espacemuni.org', 'demonstration-muni');
		await staff.goto(`${baseUrl}/admin/gouvernance`);
		expect(new URL(staff.url()).pathname).toBe('/admin/gouvernance/conseil');
		expect(await staff.locator('tbody').textContent()).toContain('Doreen Assaad');
		await staff.click('nav a:has-text("Permanence")');

		await staff.fill('#name', 'Camille Essai');
		await staff.fill('#jobTitle', 'C');
		await staff.selectOption('#team', 'communications');
		await staff.click('main form[action="?/ajouter"] button');
		expect(await staff.locator('#jobTitle-error').textContent()).toBe('Le titre doit compter au moins 2 caractères.');
		expect(await staff.getAttribute('#jobTitle', 'aria-invalid')).toBe('true');
		expect(await staff.inputValue('#name')).toBe('Camille Essai');
		expect(await staff.inputValue('#team')).toBe('communications');
		expect(await seriousViolationsWithoutJavaScript(browser, staff)).toEqual([]);

		await staff.fill('#jobTitle', 'Chargée de projet – essais');
		await staff.click('main form[action="?/ajouter"] button');
		expect(await staff.locator('[role="status"]').textContent()).toBe('Camille Essai fait maintenant partie de la permanence.');
		expect(await staff.locator('section[aria-labelledby="team-communications"] tbody tr').last().textContent()).toContain('Camille Essai');

		await staff.goto(`${baseUrl}/qui-sommes-nous`);
		expect(await staff.locator('ul[aria-labelledby="team-communications"] li').last().textContent()).toContain('Camille Essai');
		await staff.context().close();
	});
});
