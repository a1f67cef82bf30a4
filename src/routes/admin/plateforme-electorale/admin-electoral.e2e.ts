import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import { signInWithForm } from '../../../test/account-forms';
import { launchBrowser, newPage, seriousViolationsWithoutJavaScript } from '../../../test/browser';
import { freshAddress, requestAs, signInOverHttp } from '../../../test/session';

const baseUrl = inject('baseUrl');
const PASSWORD = 'demonstration-muni';
const ROOT = '/admin/plateforme-electorale';
const SLUG = 'essai-administration-2029';
const EDITION = `${ROOT}/${SLUG}`;
const RATIONALE = 'Un parc pensé pour tous les âges fait bouger les enfants et brise l’isolement des personnes aînées.';
const COMMITMENT = 'Aménager un parc intergénérationnel dans chaque quartier';

let browser: Browser;
let staff: Page;

beforeAll(async () => {
	browser = await launchBrowser();
	staff = await staffPage();
});
afterAll(async () => {
	await staff?.context().close();
	await browser?.close();
});

async function staffPage(javaScriptEnabled = false): Promise<Page> {
	const page = await newPage(browser, { javaScriptEnabled, extraHTTPHeaders: { 'x-forwarded-for': freshAddress() } });
	await signInWithForm(page, baseUrl, 'permanence@demo.espacemuni.org', PASSWORD);
	return page;
}

const expectAccessible = async (page: Page) => expect(await seriousViolationsWithoutJavaScript(browser, page), page.url()).toEqual([]);
const textOf = async (page: Page, selector: string) => ((await page.locator(selector).first().textContent()) ?? '').replace(/\s+/g, ' ').trim();
const save = (page: Page) => page.click('main form[method="POST"] button[type="submit"]');
const idOf = (page: Page) => Number(new URL(page.url()).pathname.split('/').at(-1));

describe('the back office of Ma Plateforme électorale', () => {
	let commitmentId = 0;

	test('staff create an edition: wrong fields are explained next to them and nothing typed is lost; then they edit it', async () => {
		await staff.goto(`${baseUrl}${ROOT}`);
		expect(await textOf(staff, 'h1')).toBe('Ma Plateforme électorale : éditions');
		await expectAccessible(staff);

		await staff.click('a:has-text("Nouvelle édition")');
		await staff.fill('#name', 'E');
		await staff.fill('#slug', 'Essai administration 2029');
		await save(staff);
		expect(await textOf(staff, '#name-error')).toBe('Le nom doit compter au moins 3 caractères.');
		expect(await textOf(staff, '#slug-error')).toContain('lettres minuscules sans accents');
		expect(await textOf(staff, '#electionDate-error')).toBe('Écrivez la date du scrutin sous la forme AAAA-MM-JJ.');
		expect(await staff.getAttribute('#name', 'aria-invalid')).toBe('true');
		expect(await staff.inputValue('#slug')).toBe('Essai administration 2029');
		expect(await staff.locator('.error-summary li').allTextContents()).toEqual([
			'Nom : Le nom doit compter au moins 3 caractères.',
			expect.stringContaining('Identifiant dans l’adresse :'),
			'Date du scrutin : Écrivez la date du scrutin sous la forme AAAA-MM-JJ.'
		]);
		await expectAccessible(staff);

		await staff.fill('#name', 'Essai administration 2029');
		await staff.fill('#slug', '');
		await staff.fill('#electionDate', '2029-11-04');
		await save(staff);
		await staff.waitForURL(new RegExp(`${EDITION}\\?fait=creee$`));
		expect(await textOf(staff, '[role="status"]')).toContain('9 thèmes et les 4 clientèles');
		await expectAccessible(staff);

		await staff.fill('#name', 'Essai administration 2029 (fermée)');
		await staff.check('#isOpen-false');
		await save(staff);
		expect(await textOf(staff, '[role="status"]')).toBe('L’édition est enregistrée.');
		expect(await textOf(staff, 'h1')).toBe('Essai administration 2029 (fermée)');
		expect(await staff.isChecked('#isOpen-false')).toBe(true);

		await staff.goto(`${baseUrl}${ROOT}`);
		expect(await textOf(staff, `tbody tr:has(a[href$="${SLUG}"])`)).toContain('Fermée');
	});

	test('staff rename, add and delete an edition’s themes and clientèles', async () => {
		await staff.goto(`${baseUrl}${EDITION}/vocabulaires`);
		await expectAccessible(staff);
		await staff.fill('#new-theme', 'Ajouté par erreur');
		await staff.click('form:has(#new-theme) button');
		expect(await textOf(staff, '[role="status"]')).toBe('« Ajouté par erreur » est ajouté à la fin de la liste.');
		await staff.click('button[aria-label="Supprimer « Ajouté par erreur »"]');
		expect(await textOf(staff, '[role="status"]')).toBe('« Ajouté par erreur » est supprimé.');

		const familles = staff.locator('tr:has(code:text-is("familles"))');
		await familles.locator('input[name="label"]').fill('F');
		await familles.locator('button:has-text("Renommer")').click();
		expect(await textOf(staff, 'tr:has(code:text-is("familles")) .field-error')).toBe('Le libellé doit compter au moins 2 caractères.');
		expect(await staff.locator('tr:has(code:text-is("familles")) input[name="label"]').inputValue()).toBe('F');
		await staff.locator('tr:has(code:text-is("familles")) input[name="label"]').fill('Familles et proches');
		await staff.locator('tr:has(code:text-is("familles")) button:has-text("Renommer")').click();
		expect(await textOf(staff, '[role="status"]')).toBe('Le libellé devient « Familles et proches ».');
		await expectAccessible(staff);
	});

	test('staff write a commitment: a bad input keeps what was typed; then they link a measure of the bank and edit it', async () => {
		await staff.goto(`${baseUrl}${EDITION}/engagements`);
		expect(await textOf(staff, '[role="status"]')).toBe('0 engagement');
		await expectAccessible(staff);
		await staff.click('a:has-text("Nouvel engagement")');
		await expectAccessible(staff);

		await staff.fill('#title', 'Un parc');
		await staff.fill('#rationale', RATIONALE);
		await staff.check('#costLevel-moyen');
		await staff.selectOption('#theme', 'loisir');
		await save(staff);
		expect(await textOf(staff, '#title-error')).toBe('L’engagement doit compter au moins 10 caractères.');
		expect(await textOf(staff, '#clienteles-error')).toBe('Choisissez au moins une clientèle.');
		expect(await textOf(staff, '#timeFrame-error')).toBe('Choisissez un horizon de réalisation.');
		expect(await staff.inputValue('#title')).toBe('Un parc');
		expect(await staff.inputValue('#rationale')).toBe(RATIONALE);
		expect(await staff.isChecked('#costLevel-moyen')).toBe(true);
		expect(await staff.inputValue('#theme')).toBe('loisir');
		await expectAccessible(staff);

		await staff.fill('#title', COMMITMENT);
		await staff.check('#timeFrame-long');
		await staff.check('#clienteles-familles');
		await staff.check('#clienteles-aines');
		await save(staff);
		await staff.waitForURL(/\/engagements\/\d+\?fait=cree$/);
		commitmentId = idOf(staff);
		expect(await textOf(staff, 'main h1 + p')).toContain('Brouillon · version 1');

		await staff.fill('#recherche', 'parc intergénérationnel');
		await staff.click('form[role="search"] button');
		expect(await textOf(staff, '.evidence [role="status"]')).toMatch(/fiches? trouvées? pour « parc intergénérationnel »/);
		const measure = staff.locator('.evidence ul li:has-text("Mesure ·")').first();
		const measureTitle = await textOf(staff, '.evidence ul li:has-text("Mesure ·") a');
		await measure.locator('button:has-text("Ajouter")').click();
		await staff.waitForURL(/fait=preuve-ajoutee/);
		expect(await textOf(staff, '[role="status"]')).toBe('La fiche est ajoutée aux preuves et l’engagement est enregistré.');
		expect(await staff.locator('.evidence ol li').count()).toBe(1);
		expect(await textOf(staff, '.evidence ol li a')).toBe(measureTitle);
		expect(await textOf(staff, '.evidence ul li:has-text("Déjà liée") a')).toBe(measureTitle);
		await expectAccessible(staff);

		await staff.fill('#powers', 'Urbanisme, loisirs');
		await staff.check('#status-published');
		await save(staff);
		expect(await textOf(staff, '[role="status"]')).toBe('L’engagement est enregistré (version 3).');
		expect(await staff.inputValue('#powers')).toBe('Urbanisme, loisirs');

		await staff.goto(`${baseUrl}${EDITION}/engagements?statut=published&clientele=aines&q=PARC`);
		expect(await staff.locator('tbody tr').count()).toBe(1);
		expect(await textOf(staff, 'tbody tr')).toContain('Familles et proches');
		await staff.goto(`${baseUrl}${EDITION}/engagements?statut=draft`);
		expect(await staff.locator('tbody tr').count()).toBe(0);

		await staff.goto(`${baseUrl}${EDITION}/engagements/${commitmentId}/historique`);
		expect(await staff.locator('main section h2').count()).toBe(3);
		expect(await textOf(staff, 'main section')).toContain('Urbanisme, loisirs');
		await expectAccessible(staff);
	});

	test('an edit from a stale version is refused in French and keeps what was typed', async () => {
		const other = await staffPage();
		await staff.goto(`${baseUrl}${EDITION}/engagements/${commitmentId}`);
		await other.goto(`${baseUrl}${EDITION}/engagements/${commitmentId}`);
		await other.fill('#title', 'Aménager des parcs pour toutes les générations');
		await save(other);
		expect(await textOf(other, '[role="status"]')).toContain('version 4');

		await staff.fill('#title', 'Un parc intergénérationnel près de chaque école');
		await save(staff);
		expect(await textOf(staff, '[role="alert"]')).toContain('Quelqu’un a modifié cet engagement pendant que vous le corrigiez');
		expect(await textOf(staff, '[role="alert"] table')).toContain('Aménager des parcs pour toutes les générations');
		expect(await staff.inputValue('#title')).toBe('Un parc intergénérationnel près de chaque école');
		await expectAccessible(staff);
		await save(staff);
		expect(await textOf(staff, '[role="status"]')).toBe('L’engagement est enregistré (version 5).');
		await other.context().close();
	});

	test('with JavaScript, searching the bank keeps the text typed in the commitment', async () => {
		const page = await staffPage(true);
		// Once the page is hydrated, the search is a client-side navigation that leaves the fields alone.
		await page.goto(`${baseUrl}${EDITION}/engagements/${commitmentId}`, { waitUntil: 'networkidle' });
		await page.fill('#rationale', 'Un texte en cours d’écriture, pas encore enregistré.');
		await page.fill('#recherche', 'jardin collectif');
		await page.click('form[role="search"] button');
		await page.waitForURL(/recherche=jardin/);
		await page.locator('.evidence [role="status"]').waitFor();
		expect(await page.inputValue('#rationale')).toBe('Un texte en cours d’écriture, pas encore enregistré.');
		await page.context().close();
	});

	test('staff write, edit, reorder and delete quiz questions', async () => {
		await staff.goto(`${baseUrl}${EDITION}/questions`);
		expect(await textOf(staff, 'main')).toContain('Aucune question pour l’instant');
		await expectAccessible(staff);
		await staff.click('a:has-text("Nouvelle question")');
		await staff.fill('#prompt', 'Combien de municipalités locales compte le Québec ?');
		await staff.fill('#choice1', 'Environ 500');
		await staff.fill('#sourceUrl', 'http://www.mamh.gouv.qc.ca');
		await save(staff);
		expect(await textOf(staff, '#choices-error')).toBe('Écrivez au moins deux choix de réponse.');
		expect(await textOf(staff, '#correctChoice-error')).toBe('Indiquez la bonne réponse.');
		expect(await textOf(staff, '#sourceUrl-error')).toBe('Écrivez une adresse complète qui commence par https://.');
		expect(await staff.inputValue('#prompt')).toBe('Combien de municipalités locales compte le Québec ?');
		expect(await staff.inputValue('#choice1')).toBe('Environ 500');
		await expectAccessible(staff);

		await staff.fill('#choice3', 'Plus de 1 100');
		await staff.check('#correct-3');
		await staff.fill('#explanation', 'Le Québec compte plus de 1 100 municipalités locales, dont la plupart de moins de 2 000 habitants.');
		await staff.fill('#sourceLabel', 'Ministère des Affaires municipales et de l’Habitation');
		await staff.fill('#sourceUrl', 'https://www.quebec.ca/gouvernement/ministere/affaires-municipales');
		await save(staff);
		await staff.waitForURL(/\/questions\?fait=ajoutee$/);

		await staff.click('a:has-text("Nouvelle question")');
		await staff.fill('#prompt', 'Qui adopte le budget d’une municipalité ?');
		await staff.fill('#choice1', 'Le conseil municipal');
		await staff.fill('#choice2', 'Le gouvernement du Québec');
		await staff.check('#correctChoice');
		await staff.fill('#explanation', 'Le conseil municipal adopte chaque année le budget de la municipalité.');
		await staff.check('#status-published');
		await save(staff);
		expect(await staff.locator('tbody tr').count()).toBe(2);
		await expectAccessible(staff);

		await staff.click('button[aria-label="Monter la question 2"]');
		expect(await textOf(staff, '[role="status"]')).toBe('La question est maintenant à la position 1.');
		expect(await textOf(staff, 'tbody tr th')).toBe('Qui adopte le budget d’une municipalité ?');

		await staff.click('tbody tr:nth-child(2) th a');
		expect(await staff.inputValue('#choice2')).toBe('Plus de 1 100');
		expect(await staff.isChecked('#correct-2')).toBe(true);
		await expectAccessible(staff);
		await staff.check('#status-published');
		await staff.fill('#choice3', 'Près de 3 000');
		await save(staff);
		expect(await textOf(staff, '[role="status"]')).toBe('La question est enregistrée.');
		expect(await textOf(staff, 'tbody tr:nth-child(2)')).toContain('Publiée');

		await staff.click('tbody tr:nth-child(1) a:has-text("Supprimer")');
		expect(await textOf(staff, 'blockquote')).toBe('Qui adopte le budget d’une municipalité ?');
		await expectAccessible(staff);
		await save(staff);
		expect(await textOf(staff, '[role="status"]')).toBe('La question est supprimée.');
		expect(await staff.locator('tbody tr').count()).toBe(1);
	});

	test('visitors are sent to the login page and members are refused, for pages and actions alike', async () => {
		const member = await signInOverHttp(baseUrl, 'levis@demo.espacemuni.org', PASSWORD);
		const paths = [
			ROOT,
			`${ROOT}/nouvelle`,
			EDITION,
			`${EDITION}/vocabulaires`,
			`${EDITION}/engagements`,
			`${EDITION}/engagements/nouveau`,
			`${EDITION}/engagements/${commitmentId}`,
			`${EDITION}/engagements/${commitmentId}/historique`,
			`${EDITION}/questions`,
			`${EDITION}/questions/nouvelle`
		];
		for (const path of paths) {
			const visitor = await requestAs(baseUrl, null, path);
			expect(visitor.status, path).toBe(303);
			expect(visitor.headers.get('location'), path).toContain('/compte/connexion');
			expect((await requestAs(baseUrl, member, path)).status, path).toBe(403);
		}
		const posts: [string, Record<string, string>][] = [
			[`${ROOT}/nouvelle`, { name: 'Piratée', electionDate: '2029-11-04', isOpen: 'true' }],
			[`${EDITION}/engagements/${commitmentId}`, { title: 'Réécrit par un membre', version: '5' }],
			[`${EDITION}/vocabulaires?/ajouter`, { vocabulary: 'theme', label: 'Piraté' }]
		];
		for (const [path, form] of posts) {
			expect((await requestAs(baseUrl, member, path, form)).status, path).toBe(403);
			expect((await requestAs(baseUrl, null, path, form)).headers.get('location'), path).toContain('/compte/connexion');
		}
		await staff.goto(`${baseUrl}${EDITION}/engagements/${commitmentId}`);
		expect(await staff.inputValue('#title')).toBe('Un parc intergénérationnel près de chaque école');
	});
});
