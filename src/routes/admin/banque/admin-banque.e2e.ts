import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import { signInWithForm } from '../../../test/account-forms';
import { launchBrowser, newPage, seriousAccessibilityViolations, seriousViolationsWithoutJavaScript } from '../../../test/browser';
import { freshAddress, requestAs, signInOverHttp } from '../../../test/session';

const baseUrl = inject('baseUrl');
const PASSWORD = 'demonstration-muni';
const TITLE = 'Aménager un jardin collectif sur le toit de la bibliothèque';
const NEAR_TITLE = 'Aménager un jardin collectif sur le toit de la bibliothèque municipale';
const DESCRIPTION = 'Des bacs de culture accessibles aux familles du quartier, entretenus avec le comité de citoyens.';

let browser: Browser;
let staff: Page;
/** The first measure this file creates, then its near twin. */
const created = { first: 0, second: 0 };

beforeAll(async () => {
	browser = await launchBrowser();
	staff = await newPage(browser, { javaScriptEnabled: false, extraHTTPHeaders: { 'x-forwarded-for': freshAddress() } });
	await signInWithForm(staff, baseUrl, 'permanence@demo.espacemuni.org', PASSWORD);
});
afterAll(async () => {
	await staff?.context().close();
	await browser?.close();
});

const expectAccessible = async (page: Page) => expect(await seriousViolationsWithoutJavaScript(browser, page), page.url()).toEqual([]);
const textOf = async (page: Page, selector: string) => ((await page.locator(selector).first().textContent()) ?? '').replace(/\s+/g, ' ').trim();
const idOf = (page: Page) => Number(new URL(page.url()).pathname.split('/').at(-1));

async function fillMeasure(page: Page, title: string) {
	await page.fill('#title', title);
	await page.fill('#description', DESCRIPTION);
	await page.fill('#municipalityCode', 'Lévis');
	await page.check('#themes-environnement');
	await page.check('#clienteles-familles');
	await page.selectOption('#policyType', 'pfm');
	await page.fill('#adoptionYear', '2024');
}

describe('the bank’s back office', () => {
	test('staff create a measure: wrong fields are explained next to them and nothing typed is lost', async () => {
		await staff.goto(`${baseUrl}/admin/banque`);
		expect(await staff.locator('h1').textContent()).toBe('Fiches de la Banque des mesures');
		expect(await staff.locator('tbody tr').count()).toBeGreaterThan(10);
		await expectAccessible(staff);

		await staff.click('a:has-text("Nouvelle mesure")');
		expect(new URL(staff.url()).search).toBe('?type=mesure');
		await expectAccessible(staff);

		await staff.fill('#title', 'Bacs');
		await staff.fill('#description', DESCRIPTION);
		await staff.fill('#municipalityCode', 'Lévis');
		await staff.check('#themes-environnement');
		await staff.fill('#adoptionYear', '202a');
		await staff.click('button:has-text("Enregistrer comme brouillon")');

		expect(await textOf(staff, '#title-error')).toBe('Le titre doit compter au moins 5 caractères.');
		expect(await staff.getAttribute('#title', 'aria-invalid')).toBe('true');
		expect(await staff.getAttribute('#title', 'aria-describedby')).toBe('title-error');
		expect(await textOf(staff, '#clienteles-error')).toBe('Choisissez au moins une clientèle.');
		expect(await textOf(staff, '#adoptionYear-error')).toBe('L’année doit être un nombre.');
		expect(await staff.locator('.error-summary li').count()).toBe(3);
		expect(await staff.inputValue('#description')).toBe(DESCRIPTION);
		expect(await staff.inputValue('#municipalityCode')).toBe('Lévis');
		expect(await staff.inputValue('#adoptionYear')).toBe('202a');
		expect(await staff.isChecked('#themes-environnement')).toBe(true);
		await expectAccessible(staff);

		await fillMeasure(staff, TITLE);
		await staff.click('button:has-text("Enregistrer comme brouillon")');
		await staff.waitForURL(/\/admin\/banque\/\d+\?fait=creee$/);
		created.first = idOf(staff);
		expect(await textOf(staff, '[role="status"]')).toBe('La fiche est enregistrée.');
		expect(await staff.inputValue('#municipalityCode')).toBe('Lévis (25213)');
		expect(await textOf(staff, 'main h1 + p')).toContain('Brouillon · version 1');
		await expectAccessible(staff);
	});

	test('a measure with the same title in the same municipality is held back until staff confirm', async () => {
		await staff.goto(`${baseUrl}/admin/banque/nouvelle?type=mesure`);
		await fillMeasure(staff, NEAR_TITLE);
		await staff.click('button:has-text("Enregistrer et publier")');

		const warning = staff.locator('.duplicates');
		expect(await warning.locator('h2').textContent()).toBe('Fiches semblables déjà dans la Banque');
		const link = warning.locator('li a');
		expect(await link.count()).toBe(1);
		expect(await link.textContent()).toContain(TITLE);
		expect(await link.getAttribute('target')).toBe('_blank');
		expect(await link.getAttribute('href')).toBe(`/banque/mesures/${created.first}`);
		expect(await staff.inputValue('#title')).toBe(NEAR_TITLE);
		expect(await staff.isChecked('#clienteles-familles')).toBe(true);
		await expectAccessible(staff);

		await staff.click('button:has-text("Enregistrer quand même")');
		await staff.waitForURL(/\/admin\/banque\/\d+\?fait=creee$/);
		created.second = idOf(staff);
		expect(created.second).not.toBe(created.first);
		expect(await textOf(staff, 'main h1 + p')).toContain('Publiée · version 1');
	});

	test('staff publish the measure and the public search finds it', async () => {
		await staff.goto(`${baseUrl}/admin/banque/${created.first}`);
		await staff.click('main form[method="POST"] button:has-text("Publier")');
		await staff.waitForURL(/fait=statut$/);
		expect(await textOf(staff, '[role="status"]')).toBe('Statut de la fiche : Publiée.');

		const visitor = await newPage(browser, { javaScriptEnabled: false });
		await visitor.goto(`${baseUrl}/banque?q=${encodeURIComponent('jardin collectif toit bibliothèque')}`);
		expect(await visitor.locator('.result-list h3 a').allTextContents()).toContain(TITLE);
		await visitor.context().close();
	});

	test('an edit started before someone else’s save is refused with both versions shown, and nothing typed is lost', async () => {
		const second = await staff.context().newPage();
		await staff.goto(`${baseUrl}/admin/banque/${created.first}`);
		await second.goto(`${baseUrl}/admin/banque/${created.first}`);

		await staff.fill('#description', `${DESCRIPTION} Une corvée a lieu chaque printemps.`);
		await staff.fill('#note', 'Ajout de la corvée');
		await staff.click('button:has-text("Enregistrer les modifications")');
		expect(await textOf(staff, '[role="status"]')).toBe('Modifications enregistrées : version 3.');

		await second.fill('#title', `${TITLE} du quartier`);
		await second.click('button:has-text("Enregistrer les modifications")');
		const conflict = second.locator('.conflict');
		expect(await conflict.textContent()).toContain('Quelqu’un a modifié cette fiche pendant que vous la corrigiez');
		expect(await textOf(second, '#conflict-title')).toBe('Ce que dit la version actuelle (version 3)');
		expect(await conflict.locator('tbody th').allTextContents()).toEqual(['Titre', 'Description']);
		expect(await conflict.locator('tbody tr:has-text("Description") td').first().textContent()).toContain('Une corvée a lieu chaque printemps.');
		expect(await second.inputValue('#title')).toBe(`${TITLE} du quartier`);
		expect(await second.inputValue('input[name="version"]')).toBe('3');
		expect(await seriousViolationsWithoutJavaScript(browser, second)).toEqual([]);

		// Having seen the current version, the person saves again on purpose; the new title is close to the
		// twin measure of the same town, so the duplicate warning comes first, and then the edit is saved.
		await second.fill('#description', `${DESCRIPTION} Une corvée a lieu chaque printemps.`);
		await second.click('button:has-text("Enregistrer les modifications")');
		expect(await second.locator('.duplicates li a').allTextContents()).toEqual([expect.stringContaining(NEAR_TITLE)]);
		await second.click('button:has-text("Enregistrer quand même")');
		expect(await textOf(second, '[role="status"]')).toBe('Modifications enregistrées : version 4.');
		expect(await second.inputValue('#title')).toBe(`${TITLE} du quartier`);
		await second.close();
	});

	test('the history shows each version, who saved it, and the changed fields before and after', async () => {
		await staff.goto(`${baseUrl}/admin/banque/${created.first}`);
		await staff.click('a:has-text("Historique des versions")');
		expect(await staff.locator('.versions > li h2').allTextContents()).toEqual(['Version 4', 'Version 3', 'Version 2', 'Version 1']);
		const third = staff.locator('.versions > li').nth(1);
		expect(await third.textContent()).toContain('par Sam Permanence (démo)');
		expect(await third.textContent()).toContain('Note : Ajout de la corvée');
		expect(await third.locator('tbody th').allTextContents()).toEqual(['Description']);
		expect(await third.locator('tbody td').nth(1).textContent()).toContain('Une corvée a lieu chaque printemps.');
		const publication = staff.locator('.versions > li').nth(2);
		expect((await publication.locator('tbody td').allTextContents()).map((text) => text.trim())).toEqual(['Brouillon', 'Publiée']);
		const first = staff.locator('.versions > li').nth(3);
		expect(await first.locator('tbody tr:has-text("Municipalité") td').nth(1).textContent()).toBe('Lévis (25213)');
		await expectAccessible(staff);
	});

	test('staff add a theme, tag two items with it at once, then rename it: the items follow in the public search', async () => {
		await staff.goto(`${baseUrl}/admin/banque/vocabulaires`);
		await expectAccessible(staff);
		await staff.fill('#new-theme', 'Agriculture urbaine');
		await staff.click('form:has(#new-theme) button');
		expect(await textOf(staff, '[role="status"]')).toBe('« Agriculture urbaine » est ajouté, avec l’identifiant agriculture-urbaine.');

		await staff.goto(`${baseUrl}/admin/banque?q=${encodeURIComponent('jardin collectif toit')}`);
		expect(await staff.locator('tbody tr').count()).toBe(2);
		await staff.click('button:has-text("Appliquer aux fiches cochées")');
		expect(await textOf(staff, '[role="alert"]')).toBe('Cochez au moins une fiche.');

		await staff.check(`#item-${created.first}`);
		await staff.check(`#item-${created.second}`);
		await staff.selectOption('#bulk-theme', 'agriculture-urbaine');
		await staff.click('button:has-text("Appliquer aux fiches cochées")');
		expect(await textOf(staff, '[role="status"]')).toBe('2 fiches modifiées.');
		expect(new URL(staff.url()).searchParams.get('q')).toBe('jardin collectif toit');
		await staff.goto(`${baseUrl}/admin/banque/${created.second}`);
		expect(await staff.isChecked('#themes-agriculture-urbaine')).toBe(true);

		await staff.goto(`${baseUrl}/admin/banque/vocabulaires`);
		const row = staff.locator('tr:has(th:has-text("Agriculture urbaine"))');
		expect(await row.locator('td.number').textContent()).toBe('2');
		await row.locator('input[name="label"]').fill('Agriculture urbaine et permaculture');
		await row.locator('button:has-text("Renommer")').click();
		expect(await textOf(staff, '[role="status"]')).toBe('Renommé en « Agriculture urbaine et permaculture » ; 2 fiches suivent ce nouveau libellé.');
		await expectAccessible(staff);

		// Retired, the theme stays on the items that carry it but is no longer offered for new ones.
		await staff.locator('tr:has(th:has-text("Agriculture urbaine")) button:has-text("Retirer")').click();
		expect(await textOf(staff, '[role="status"]')).toBe('« Agriculture urbaine et permaculture » est retiré : il n’est plus proposé.');
		await staff.goto(`${baseUrl}/admin/banque/nouvelle?type=mesure`);
		expect(await staff.locator('#themes-agriculture-urbaine').count()).toBe(0);
		await staff.goto(`${baseUrl}/admin/banque/${created.second}`);
		expect(await staff.isChecked('#themes-agriculture-urbaine')).toBe(true);
		expect(await staff.locator('label[for="themes-agriculture-urbaine"]').textContent()).toBe('Agriculture urbaine et permaculture (retiré)');

		const visitor = await newPage(browser, { javaScriptEnabled: false });
		await visitor.goto(`${baseUrl}/banque?q=permaculture`);
		expect((await visitor.locator('.result-list h3 a').allTextContents()).sort()).toEqual([`${TITLE} du quartier`, NEAR_TITLE].sort());
		await visitor.context().close();
	});

	test('the list pages are accessible with a script too', async () => {
		const page = await newPage(browser, { extraHTTPHeaders: { 'x-forwarded-for': freshAddress() } });
		await signInWithForm(page, baseUrl, 'permanence@demo.espacemuni.org', PASSWORD);
		for (const path of ['/admin/banque?statut=published', `/admin/banque/${created.first}`, '/admin/banque/vocabulaires']) {
			await page.goto(`${baseUrl}${path}`);
			expect(await seriousAccessibilityViolations(page), path).toEqual([]);
		}
		await page.context().close();
	});
});

describe('the back office is for staff only', () => {
	test('a member gets 403 on every page and action; a visitor is sent to the login page', async () => {
		const member = await signInOverHttp(baseUrl, 'levis@demo.espacemuni.org', PASSWORD);
		const paths = ['/admin/banque', '/admin/banque/nouvelle?type=mesure', `/admin/banque/${created.first || 1}`, `/admin/banque/${created.first || 1}/historique`, '/admin/banque/vocabulaires'];
		for (const path of paths) {
			expect((await requestAs(baseUrl, member, path)).status, path).toBe(403);
			const visitor = await requestAs(baseUrl, null, path);
			expect(visitor.status, path).toBe(303);
			expect(visitor.headers.get('location'), path).toContain('/compte/connexion');
		}
		const post = await requestAs(baseUrl, member, '/admin/banque?/etiqueter', { ids: String(created.first || 1), theme: 'sante', action: 'ajouter' });
		expect(post.status).toBe(403);
		const rename = await requestAs(baseUrl, member, '/admin/banque/vocabulaires?/ajouter', { vocabulary: 'theme', label: 'Terme d’un membre' });
		expect(rename.status).toBe(403);
	});
});
