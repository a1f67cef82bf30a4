import { readFile } from 'node:fs/promises';
import mammoth from 'mammoth';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import { signInWithForm } from '../../../../test/account-forms';
import { launchBrowser, newPage, seriousAccessibilityViolations, seriousViolationsWithoutJavaScript } from '../../../../test/browser';
import { freshAddress, requestAs, signInOverHttp } from '../../../../test/session';

const baseUrl = inject('baseUrl');
const START = '/plateforme-electorale/creer?edition=municipalites-2025';
const LOISIR = 'Territoire attractif – loisir';
const PASSWORD = 'demonstration-muni';
let browser: Browser;

beforeAll(async () => {
	browser = await launchBrowser();
});
afterAll(() => browser?.close());

const visitorPage = (javaScriptEnabled = true) => newPage(browser, { javaScriptEnabled, extraHTTPHeaders: { 'x-forwarded-for': freshAddress() } });
const entryTitles = (page: Page) => page.locator('#engagements .entry h4').allTextContents();
const confirmation = (page: Page) => page.locator('#confirmation').textContent();
const mainButton = (page: Page, name: string) => page.getByRole('main').getByRole('button', { name, exact: true });

/** The titles of the first suggestions of a theme, in the order the page ranks them. */
async function suggestionsOfTheme(page: Page, theme: string, count: number): Promise<string[]> {
	const cards = page.locator('.suggestion').filter({ has: page.locator('.theme', { hasText: theme }) }).filter({ has: page.locator('form[action="?/ajouter"]') });
	return (await cards.locator('h3').allTextContents()).slice(0, count);
}

async function entryId(page: Page, title: string): Promise<string> {
	const id = await page.locator('#engagements .entry').filter({ has: page.locator('h4', { hasText: title }) }).first().getAttribute('id');
	return id!.replace('entree-', '');
}

async function startPlatform(page: Page, municipality: string, candidateName: string) {
	// Typing before the page is hydrated can be undone by hydration (boxes unticked, the form then refused).
	await page.goto(`${baseUrl}${START}`, { waitUntil: 'networkidle' });
	await page.fill('#municipality', municipality);
	await page.getByLabel(LOISIR).check();
	await page.getByLabel('Familles').check();
	await page.fill('#candidateName', candidateName);
	await mainButton(page, 'Créer ma plateforme').click();
	await page.waitForURL(/\/plateforme-electorale\/p\/[A-Za-z0-9_-]{43}\?ok=creee/);
}

describe('Ma Plateforme électorale: the candidate’s builder', () => {
	test('with JavaScript: municipality, themes and clientèles → select, reorder, rewrite, add one’s own → .docx → back through the private link', async () => {
		const page = await visitorPage();
		await page.goto(`${baseUrl}${START}`);
		expect(await seriousAccessibilityViolations(page)).toEqual([]);

		// The name is read as typed (no accents, no capitals); its size and region follow.
		await page.fill('#municipality', 'levis');
		await page.locator('.chosen', { hasText: 'Lévis' }).waitFor();
		expect(await page.locator('.chosen').textContent()).toContain('Chaudière-Appalaches');
		expect(await page.locator('.chosen').textContent()).toMatch(/habitants/);
		await page.fill('#candidateName', 'Jeanne Essai');
		await mainButton(page, 'Créer ma plateforme').click();
		await page.locator('#themes-error').waitFor();
		expect(await page.locator('#themes-error').textContent()).toBe('Cochez au moins un thème qui vous tient à cœur.');
		expect(await page.locator('#clienteles-error').textContent()).toBe('Cochez au moins une clientèle.');
		expect(await page.inputValue('#municipality')).toBe('levis');
		expect(await page.inputValue('#candidateName')).toBe('Jeanne Essai');
		expect(await seriousAccessibilityViolations(page)).toEqual([]);
		await page.getByLabel(LOISIR).check();
		await page.getByLabel('Familles').check();
		await mainButton(page, 'Créer ma plateforme').click();
		await page.waitForURL(/\/plateforme-electorale\/p\/[A-Za-z0-9_-]{43}\?ok=creee/);
		const privateLink = page.url().split('?')[0];
		expect(await page.locator('#key-title').textContent()).toBe('Conservez ce lien : c’est la clé de votre plateforme');
		expect(await page.inputValue('#private-link')).toBe(privateLink);
		expect(await page.locator('.facts-line').textContent()).toContain('Chaudière-Appalaches');
		expect(await seriousAccessibilityViolations(page)).toEqual([]);

		// Three suggestions of the same theme, each kept in the platform.
		const [first, second, third] = await suggestionsOfTheme(page, LOISIR, 3);
		expect(third).toBeTruthy();
		expect(await page.locator('.suggestion').first().locator('.reasons').textContent()).toContain('Un de vos thèmes');
		for (const title of [first, second, third]) {
			await mainButton(page, `Ajouter à ma plateforme : ${title}`).click();
			await page.locator('.suggestion .in-platform', { hasText: 'Dans votre plateforme' }).filter({ has: page.getByRole('link', { name: `voir l’engagement : ${title}` }) }).waitFor();
		}
		expect(await entryTitles(page)).toEqual([first, second, third]);
		expect(await page.locator('.suggestion').first().locator('.examples a').count()).toBeGreaterThan(0);

		// Reorder with the buttons, then with the keyboard: the focus stays on the button pressed.
		await mainButton(page, `Monter : ${third}`).click();
		await page.locator('#confirmation', { hasText: `« ${third} » est en position 2 sur 3 dans « ${LOISIR} ».` }).waitFor();
		expect(await page.evaluate(() => document.activeElement?.getAttribute('data-focus'))).toMatch(/^up-\d+$/);
		await page.keyboard.press('Enter');
		await page.locator('#confirmation', { hasText: `« ${third} » est en position 1 sur 3` }).waitFor();
		expect(await entryTitles(page)).toEqual([third, first, second]);

		// The first one in the candidate's words, saved as they type.
		const rewritten = 'Une patinoire éclairée dans chaque quartier, promis';
		const details = 'Avec les comités de parents, dès le premier hiver du mandat.';
		const firstId = await entryId(page, first);
		await page.fill(`#entree-${firstId}-title`, rewritten);
		await page.fill(`#entree-${firstId}-details`, details);
		await page.locator(`#entree-${firstId}-texte .save-status`, { hasText: 'Enregistré' }).waitFor();

		// Their own commitment joins its theme, after the others.
		const own = 'Ouvrir la piscine municipale le dimanche';
		await page.fill('#own-title-field', own);
		await page.fill('#own-details', 'Toute l’année, avec des bains libres pour les familles.');
		await page.selectOption('#own-theme', { label: LOISIR });
		await mainButton(page, 'Ajouter mon engagement').click();
		await page.locator('#confirmation', { hasText: 'Votre engagement est ajouté' }).waitFor();
		expect(await entryTitles(page)).toEqual([third, rewritten, second, own]);
		expect(await page.inputValue('#own-title-field')).toBe('');

		// Title and introduction autosaved; a reload brings them back.
		await page.fill('#title', 'Lévis, ensemble');
		await page.fill('#introduction', 'Mes engagements pour la qualité de vie des familles lévisiennes.');
		await page.locator('#presentation-form .save-status', { hasText: 'Enregistré' }).waitFor();
		await page.reload();
		expect(await page.inputValue('#introduction')).toBe('Mes engagements pour la qualité de vie des familles lévisiennes.');
		expect(await page.inputValue(`#entree-${firstId}-details`)).toBe(details);
		expect(await seriousAccessibilityViolations(page)).toEqual([]);

		// The Word document: the commitments in the chosen order, in the candidate's words.
		const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('link', { name: 'Télécharger en Word (.docx)' }).click()]);
		expect(download.suggestedFilename()).toMatch(/^plateforme-electorale-levis-\d{4}-\d{2}-\d{2}\.docx$/);
		const { value: text } = await mammoth.extractRawText({ buffer: await readFile((await download.path())!) });
		const order = ['Lévis, ensemble', 'Jeanne Essai', 'Lévis (Chaudière-Appalaches)', 'Mes engagements pour la qualité', LOISIR, third, rewritten, details, second, own, 'Sources'].map((part) => text.indexOf(part));
		expect(order.every((position) => position >= 0), text).toBe(true);
		expect(order).toEqual([...order].sort((a, b) => a - b));
		// The staff wording is gone from the platform (the bank's examples, in the sources, may still read alike).
		expect(text.slice(0, text.indexOf('Sources'))).not.toContain(first);

		// The print-ready preview.
		await page.getByRole('link', { name: 'Voir l’aperçu' }).click();
		await page.waitForURL(/\/apercu$/);
		expect(await page.locator('.document h2').textContent()).toBe('Lévis, ensemble');
		expect(await page.locator('.document h4').allTextContents()).toEqual([third, rewritten, second, own]);
		expect(await mainButton(page, 'Imprimer / enregistrer en PDF').count()).toBe(1);
		expect(await seriousAccessibilityViolations(page)).toEqual([]);
		await page.context().close();

		// Later, elsewhere: the private link opens everything; a wrong link opens nothing.
		const later = await visitorPage();
		await later.goto(privateLink);
		expect(await entryTitles(later)).toEqual([third, rewritten, second, own]);
		expect(await later.inputValue('#title')).toBe('Lévis, ensemble');
		expect(await later.inputValue(`#entree-${firstId}-details`)).toBe(details);
		const token = privateLink.split('/').pop()!;
		const wrong = `${privateLink.slice(0, -token.length)}${token.slice(0, -1)}${token.endsWith('A') ? 'B' : 'A'}`;
		expect((await later.goto(wrong))?.status()).toBe(404);
		expect((await requestAs(baseUrl, null, `${new URL(wrong).pathname}/plateforme.docx`)).status).toBe(404);
		await later.context().close();
	});

	test('two tabs: a text changed in the other tab is not overwritten, and what was typed stays', async () => {
		const first = await visitorPage();
		await startPlatform(first, 'Rimouski', 'Onglets');
		const link = first.url().split('?')[0];
		const second = await first.context().newPage();
		await second.goto(link);

		await first.fill('#introduction', 'Texte du premier onglet');
		await first.locator('#presentation-form .save-status', { hasText: 'Enregistré' }).waitFor();
		await second.fill('#introduction', 'Texte du second onglet');
		await second.locator('#presentation-form .conflict').waitFor();
		expect(await second.locator('#presentation-form .conflict').textContent()).toContain('modifiée ailleurs');
		expect(await second.locator('#presentation-form .conflict dd').allTextContents()).toContain('Texte du premier onglet');
		expect(await second.inputValue('#introduction')).toBe('Texte du second onglet');
		expect(await seriousAccessibilityViolations(second)).toEqual([]);

		// Saving again on purpose replaces the other tab's text.
		await second.locator('#presentation-form button[type="submit"]').click();
		await second.locator('#presentation-form .save-status', { hasText: 'Enregistré' }).waitFor();
		expect(await second.locator('#presentation-form .conflict').count()).toBe(0);
		await first.reload();
		expect(await first.inputValue('#introduction')).toBe('Texte du second onglet');
		await first.context().close();
	});

	test('without JavaScript: homonyms to choose from, plain forms with PRG, errors beside fields with the text kept', async () => {
		const page = await visitorPage(false);
		await page.goto(`${baseUrl}${START}`);
		expect(await seriousViolationsWithoutJavaScript(browser, page)).toEqual([]);
		await page.fill('#municipality', 'saint-damase');
		await page.getByLabel(LOISIR).check();
		await mainButton(page, 'Vérifier ma municipalité').click();
		expect(page.url()).toContain('verifier=1');
		expect(await page.locator('#municipality-error').textContent()).toContain('Plusieurs municipalités correspondent');
		expect(await page.getByLabel(LOISIR).isChecked()).toBe(true);
		expect(await seriousViolationsWithoutJavaScript(browser, page)).toEqual([]);
		await page.locator('label', { hasText: 'Montérégie' }).click();
		await page.getByLabel('Personnes aînées').check();
		await mainButton(page, 'Créer ma plateforme').click();
		await page.waitForURL(/\/p\/[A-Za-z0-9_-]{43}\?ok=creee/);
		expect(await page.locator('h1').textContent()).toBe('Plateforme électorale – Saint-Damase');
		expect(await page.locator('.facts-line').textContent()).toContain('Montérégie');
		expect(await page.getByRole('button', { name: 'Copier le lien' }).count()).toBe(0);
		expect(await seriousViolationsWithoutJavaScript(browser, page)).toEqual([]);

		const [first, second] = await suggestionsOfTheme(page, LOISIR, 2);
		await mainButton(page, `Ajouter à ma plateforme : ${first}`).click();
		expect(page.url()).toMatch(/\?ok=ajoute#suggestion-\d+$/);
		expect(await confirmation(page)).toBe('L’engagement est ajouté à votre plateforme.');
		await mainButton(page, `Ajouter à ma plateforme : ${second}`).click();
		await mainButton(page, `Monter : ${second}`).click();
		expect(await confirmation(page)).toBe(`« ${second} » est en position 1 sur 2 dans « ${LOISIR} ».`);
		expect(await entryTitles(page)).toEqual([second, first]);

		// Too long: the message is beside the field and the text stays; then saved with « Enregistrer ».
		const id = await entryId(page, first);
		const tooLong = `Mon engagement ${'très '.repeat(80)}long`;
		await page.fill(`#entree-${id}-title`, tooLong);
		await page.locator(`#entree-${id}-texte button[type="submit"]`).click();
		expect(await page.locator(`#entree-${id}-title-error`).textContent()).toBe('L’engagement ne peut dépasser 300 caractères.');
		expect(await page.inputValue(`#entree-${id}-title`)).toBe(tooLong);
		expect(await seriousViolationsWithoutJavaScript(browser, page)).toEqual([]);
		await page.fill(`#entree-${id}-title`, 'Dans mes mots');
		await page.locator(`#entree-${id}-texte button[type="submit"]`).click();
		expect(await confirmation(page)).toBe('Enregistré.');
		expect(await entryTitles(page)).toEqual([second, 'Dans mes mots']);

		await page.fill('#own-details', 'Sans titre, ce texte revient.');
		await mainButton(page, 'Ajouter mon engagement').click();
		expect(await page.locator('#own-title-field-error').textContent()).toBe('Écrivez l’engagement en quelques mots.');
		expect(await page.inputValue('#own-details')).toBe('Sans titre, ce texte revient.');
		await page.fill('#own-title-field', 'Un engagement bien à moi');
		await mainButton(page, 'Ajouter mon engagement').click();
		expect(await confirmation(page)).toBe('Votre engagement est ajouté à la plateforme.');
		expect(await entryTitles(page)).toEqual([second, 'Dans mes mots', 'Un engagement bien à moi']);

		await page.getByRole('link', { name: 'Voir l’aperçu' }).click();
		expect(await page.locator('.tools .hint').textContent()).toContain('Ctrl+P');
		expect(await page.getByRole('button', { name: 'Imprimer / enregistrer en PDF' }).count()).toBe(0);
		expect(await seriousViolationsWithoutJavaScript(browser, page)).toEqual([]);
		await page.context().close();
	});

	test('signed in: the owner finds their platforms in the account, opens them without the key and can renew the link', async () => {
		const page = await visitorPage();
		await signInWithForm(page, baseUrl, 'levis@demo.espacemuni.org', PASSWORD);
		await startPlatform(page, 'Lévis', 'Équipe Lévis');
		const link = page.url().split('?')[0];
		expect(await page.locator('.key').textContent()).toContain('Cette plateforme est aussi dans votre compte');
		await startPlatform(page, 'Batiscan', 'Équipe Batiscan');

		await page.goto(`${baseUrl}/compte/plateformes`);
		const listed = page.locator('.platforms li');
		expect(await listed.count()).toBeGreaterThanOrEqual(2);
		expect(await page.locator('.platforms').textContent()).toContain('Équipe Lévis');
		expect(await seriousAccessibilityViolations(page)).toEqual([]);
		await page.locator('.platforms a', { hasText: 'Plateforme électorale – Lévis' }).first().click();
		await page.waitForURL(/\/compte\/plateformes\/\d+$/);
		const ownerPath = new URL(page.url()).pathname;
		expect(await page.locator('#private-link').count()).toBe(0);
		expect(await page.locator('h1').textContent()).toBe('Plateforme électorale – Lévis');
		expect(await seriousAccessibilityViolations(page)).toEqual([]);

		const rimouski = await signInOverHttp(baseUrl, 'rimouski@demo.espacemuni.org', PASSWORD);
		for (const path of [ownerPath, `${ownerPath}/apercu`, `${ownerPath}/plateforme.docx`]) {
			expect((await requestAs(baseUrl, rimouski, path)).status, path).toBe(404);
		}
		expect((await requestAs(baseUrl, null, ownerPath)).status).toBe(303);

		await mainButton(page, 'Créer un nouveau lien privé').click();
		await page.waitForURL(/\/plateforme-electorale\/p\/[A-Za-z0-9_-]{43}\?ok=nouveau-lien/);
		expect(await confirmation(page)).toContain('L’ancien lien ne fonctionne plus.');
		expect(page.url().split('?')[0]).not.toBe(link);
		expect((await requestAs(baseUrl, null, new URL(link).pathname)).status).toBe(404);
		await page.context().close();
	});
});
