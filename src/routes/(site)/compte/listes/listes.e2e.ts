import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import mammoth from 'mammoth';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import { readXlsxRows } from '$lib/server/platform/exports/xlsx';
import { signInWithForm, signUpWithForm } from '../../../../test/account-forms';
import { launchBrowser, newPage, seriousAccessibilityViolations, seriousViolationsWithoutJavaScript } from '../../../../test/browser';
import { waitForMail } from '../../../../test/outbox';
import { freshAddress, requestAs, signInOverHttp } from '../../../../test/session';

const baseUrl = inject('baseUrl');
const outbox = join(inject('dataDir'), 'outbox');
const PASSWORD = 'demonstration-muni';
let browser: Browser;

beforeAll(async () => {
	browser = await launchBrowser();
});
afterAll(() => browser?.close());

type Item = { path: string; title: string };

/** Published items of the demonstration bank, from the public API. */
async function publishedItems(kind: string, count: number): Promise<Item[]> {
	const response = await fetch(`${baseUrl}/api/v1/catalogue?type=${kind}&par_page=${count}`, { headers: { 'x-forwarded-for': freshAddress() } });
	const body = (await response.json()) as { resultats: { url: string; titre: string }[] };
	return body.resultats.map((result) => ({ path: new URL(result.url).pathname, title: result.titre }));
}

const entryTitles = (page: Page) => page.locator('.entries h3').allTextContents().then((titles) => titles.map((title) => title.trim()));
const statusText = (page: Page) => page.locator('main [role="status"]').first().textContent();
const addForm = 'form[action="?/ajouterAListe"]';

async function download(page: Page, linkText: string): Promise<{ name: string; body: Buffer }> {
	const [file] = await Promise.all([page.waitForEvent('download'), page.click(`main a:has-text("${linkText}")`)]);
	return { name: file.suggestedFilename(), body: await readFile((await file.path())!) };
}

describe('lists of items', () => {
	test('a member saves two items from their pages, reorders, annotates and downloads the list', async () => {
		const [first, second] = await publishedItems('mesure', 2);
		const page = await newPage(browser, { extraHTTPHeaders: { 'x-forwarded-for': freshAddress() } });
		await signInWithForm(page, baseUrl, 'rimouski@demo.espacemuni.org', PASSWORD);

		// First item: a new list named in the same form. Typing starts once the page is hydrated: hydration
		// would otherwise empty the field just filled (a CI run failed so, with the machine busy).
		await page.goto(`${baseUrl}${first.path}`, { waitUntil: 'networkidle' });
		if ((await page.locator('#listId').count()) > 0) await page.selectOption('#listId', '');
		await page.click(`${addForm} button`);
		expect(await page.locator('#newListName-error').textContent()).toBe('Nommez la liste.');
		await page.fill('#newListName', 'Plan d’action famille (essai)');
		await page.click(`${addForm} button`);
		await page.locator('.add-to-list .success').waitFor();
		expect(await statusText(page)).toContain('La fiche est ajoutée à « Plan d’action famille (essai) », en position 1.');
		const listHref = (await page.locator('.add-to-list .success a').getAttribute('href'))!;
		const listId = listHref.split('/').pop()!;
		expect(await seriousAccessibilityViolations(page)).toEqual([]);

		// Second item: the list is chosen; adding it twice changes nothing.
		await page.goto(`${baseUrl}${second.path}`, { waitUntil: 'networkidle' });
		await page.selectOption('#listId', listId);
		await page.click(`${addForm} button`);
		await page.locator('.add-to-list .success').waitFor();
		expect(await statusText(page)).toContain('en position 2');
		await page.selectOption('#listId', listId);
		await page.click(`${addForm} button`);
		await page.locator('.add-to-list .success:has-text("déjà")').waitFor();
		expect(await statusText(page)).toContain('Cette fiche est déjà dans « Plan d’action famille (essai) » : rien n’a changé.');

		await page.click('.add-to-list .success a');
		await page.waitForURL(`**${listHref}`);
		expect(await entryTitles(page)).toEqual([first.title, second.title]);
		expect(await seriousAccessibilityViolations(page)).toEqual([]);

		await page.getByRole('button', { name: `Monter : ${second.title}`, exact: true }).click();
		await page.locator('main [role="status"]:has-text("position 1 sur 2")').waitFor();
		expect(await entryTitles(page)).toEqual([second.title, first.title]);

		// A note too long comes back with its message and with everything typed.
		const firstId = first.path.split('/').pop();
		const tooLong = 'x'.repeat(2001);
		await page.fill(`#note-${firstId}`, tooLong);
		await page.getByRole('button', { name: `Enregistrer la note : ${first.title}`, exact: true }).click();
		await page.locator(`#note-${firstId}-error`).waitFor();
		expect(await page.locator(`#note-${firstId}-error`).textContent()).toBe('La note ne peut dépasser 2 000 caractères.');
		expect(await page.inputValue(`#note-${firstId}`)).toBe(tooLong);
		expect(await seriousAccessibilityViolations(page)).toEqual([]);
		const note = 'À présenter au conseil en avril : budget à prévoir.';
		await page.fill(`#note-${firstId}`, note);
		await page.getByRole('button', { name: `Enregistrer la note : ${first.title}`, exact: true }).click();
		await page.locator('main [role="status"]:has-text("Note enregistrée")').waitFor();
		await page.reload();
		expect(await page.inputValue(`#note-${firstId}`)).toBe(note);

		const docx = await download(page, 'Document Word');
		expect(docx.name).toMatch(/^plan-d-action-famille-essai-\d{4}-\d{2}-\d{2}\.docx$/);
		const { value: text } = await mammoth.extractRawText({ buffer: docx.body });
		const order = ['Plan d’action famille (essai)', `1. ${second.title}`, `2. ${first.title}`, `Note : ${note}`].map((part) => text.indexOf(part));
		expect(order.every((position) => position >= 0), text).toBe(true);
		expect(order).toEqual([...order].sort((a, b) => a - b));

		const xlsx = await download(page, 'Classeur Excel');
		const { headers, rows } = await readXlsxRows(xlsx.body);
		expect(headers.slice(0, 2)).toEqual(['Position', 'Titre']);
		expect(rows.map((row) => [row[0], row[1], row[headers.indexOf('Note')]])).toEqual([
			['1', second.title, ''],
			['2', first.title, note]
		]);
		expect(rows[1][headers.indexOf('Adresse de la fiche')]).toBe(`${baseUrl}${first.path}`);

		await page.goto(`${baseUrl}/compte/listes`);
		expect(await page.locator(`main a[href$="${listId}"]`).textContent()).toBe('Plan d’action famille (essai)');
		expect(await page.locator('.lists').textContent()).toContain('2 fiches');
		expect(await seriousAccessibilityViolations(page)).toEqual([]);
		await page.context().close();
	});

	test('without JavaScript: create a list, add items, reorder, then delete it after confirming', async () => {
		const page = await newPage(browser, { javaScriptEnabled: false, extraHTTPHeaders: { 'x-forwarded-for': freshAddress() } });
		const email = 'listes-sans-js@exemple.ca';
		await signUpWithForm(page, baseUrl, { name: 'Ariane Sans-Script', email, password: 'phrase de passe d’Ariane' });
		const mail = await waitForMail(outbox, email, /Confirmez votre adresse/);
		await page.goto(mail.links.find((link) => link.includes('verify-email'))!);
		await page.waitForURL(/\/compte$/);

		await page.goto(`${baseUrl}/compte/listes`);
		expect(await page.locator('.empty').textContent()).toContain('Vous n’avez encore aucune liste');
		expect(await seriousViolationsWithoutJavaScript(browser, page)).toEqual([]);

		// Bad input: the description typed is kept, the message is beside the name.
		await page.fill('#description', 'Pour le comité de suivi');
		await page.click('form[action="?/creer"] button');
		expect(await page.locator('#name-error').textContent()).toBe('Nommez la liste.');
		expect(await page.inputValue('#description')).toBe('Pour le comité de suivi');
		expect(await seriousViolationsWithoutJavaScript(browser, page)).toEqual([]);
		await page.fill('#name', 'Idées sans script');
		await page.click('form[action="?/creer"] button');
		expect(await statusText(page)).toContain('La liste « Idées sans script » est créée');
		const listPath = new URL(page.url()).pathname;

		const items = [...(await publishedItems('initiative', 1)), ...(await publishedItems('outil', 2))];
		for (const item of items) {
			await page.goto(`${baseUrl}${item.path}`);
			await page.click(`${addForm} button`);
			expect(await statusText(page)).toContain('La fiche est ajoutée à « Idées sans script »');
		}
		await page.goto(`${baseUrl}${listPath}`);
		expect(await entryTitles(page)).toEqual(items.map((item) => item.title));

		// The last goes first through its position field; a wrong position keeps what was typed.
		const lastId = items[2].path.split('/').pop();
		await page.fill(`#position-${lastId}`, 'premier');
		await page.press(`#position-${lastId}`, 'Enter');
		expect(await page.locator(`#position-${lastId}-error`).textContent()).toBe('Écrivez un nombre.');
		expect(await page.inputValue(`#position-${lastId}`)).toBe('premier');
		expect(await seriousViolationsWithoutJavaScript(browser, page)).toEqual([]);
		await page.fill(`#position-${lastId}`, '1');
		await page.press(`#position-${lastId}`, 'Enter');
		expect(await statusText(page)).toContain('est maintenant en position 1 sur 3');
		expect(await entryTitles(page)).toEqual([items[2].title, items[0].title, items[1].title]);
		await page.getByRole('button', { name: `Descendre : ${items[0].title}`, exact: true }).click();
		expect(await entryTitles(page)).toEqual([items[2].title, items[1].title, items[0].title]);
		await page.getByRole('button', { name: `Retirer de la liste : ${items[1].title}`, exact: true }).click();
		expect(await statusText(page)).toContain('a été retirée de la liste');
		expect(await entryTitles(page)).toEqual([items[2].title, items[0].title]);
		expect(await page.inputValue(`#position-${items[0].path.split('/').pop()}`)).toBe('2');
		expect(await seriousViolationsWithoutJavaScript(browser, page)).toEqual([]);

		await page.click('main a:has-text("Supprimer cette liste")');
		expect(await page.locator('h1').textContent()).toBe('Supprimer la liste « Idées sans script » ?');
		expect(await seriousViolationsWithoutJavaScript(browser, page)).toEqual([]);
		await page.click('main form[method="POST"] button');
		await page.waitForURL(/\/compte\/listes\?ok=supprimee$/);
		expect(await statusText(page)).toBe('La liste a été supprimée.');
		expect(await page.locator('.empty').count()).toBe(1);
		expect((await page.goto(`${baseUrl}${listPath}`))?.status()).toBe(404);
		await page.context().close();
	});

	test('a list is its owner’s alone; a visitor is sent to the login page and back', async () => {
		const [item] = await publishedItems('programme', 1);
		const levis = await signInOverHttp(baseUrl, 'levis@demo.espacemuni.org', PASSWORD);
		const created = await requestAs(baseUrl, levis, '/compte/listes?/creer', { name: 'Liste de Lévis', description: '' });
		expect(created.status).toBe(303);
		const listPath = created.headers.get('location')!.split('?')[0];
		expect((await requestAs(baseUrl, levis, `${item.path}?/ajouterAListe`, { listId: listPath.split('/').pop()!, newListName: '' })).status).toBe(200);

		const rimouski = await signInOverHttp(baseUrl, 'rimouski@demo.espacemuni.org', PASSWORD);
		for (const path of [listPath, `${listPath}/export.xlsx`, `${listPath}/export.docx`, `${listPath}/supprimer`]) {
			expect((await requestAs(baseUrl, rimouski, path)).status, path).toBe(404);
			expect((await requestAs(baseUrl, levis, path)).status, path).toBe(200);
			const visitor = await requestAs(baseUrl, null, path);
			expect(visitor.status, path).toBe(303);
			expect(visitor.headers.get('location'), path).toBe(`/compte/connexion?suite=${encodeURIComponent(path)}`);
		}
		expect((await requestAs(baseUrl, rimouski, `${listPath}/supprimer`, {})).status).toBe(404);
		expect((await requestAs(baseUrl, levis, listPath)).status).toBe(200);

		const page = await newPage(browser);
		await page.goto(`${baseUrl}${item.path}`);
		const invitation = page.locator('main a:has-text("Connectez-vous pour enregistrer cette fiche dans une liste")');
		expect(await invitation.getAttribute('href')).toBe(`/compte/connexion?suite=${encodeURIComponent(item.path)}`);
		expect(await page.locator(addForm).count()).toBe(0);
		await page.context().close();
	});
});
