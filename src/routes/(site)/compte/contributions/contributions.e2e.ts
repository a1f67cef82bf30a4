import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import { signInWithForm } from '../../../../test/account-forms';
import { launchBrowser, newPage, seriousAccessibilityViolations, seriousViolationsWithoutJavaScript } from '../../../../test/browser';
import { waitForMail } from '../../../../test/outbox';
import { freshAddress, requestAs, signInOverHttp } from '../../../../test/session';

const baseUrl = inject('baseUrl');
const outbox = join(inject('dataDir'), 'outbox');
const PASSWORD = 'demonstration-muni';
const MEMBER = 'levis@demo.espacemuni.org';
const STAFF = 'permanence@demo.espacemuni.org';
const TITLE = 'Prêter des trottinettes des neiges aux familles nouvellement arrivées';
let browser: Browser;

beforeAll(async () => {
	browser = await launchBrowser();
});
afterAll(() => browser?.close());

async function signedIn(email: string, javaScriptEnabled: boolean): Promise<Page> {
	const page = await newPage(browser, { javaScriptEnabled, extraHTTPHeaders: { 'x-forwarded-for': freshAddress() } });
	await signInWithForm(page, baseUrl, email, PASSWORD);
	return page;
}

async function submit(page: Page, button: string) {
	await page.click(`main form[method="POST"] button:has-text("${button}")`);
	await page.waitForLoadState();
}

describe('contributions to the bank', () => {
	test('a member proposes a measure, staff approve it, it appears in the bank and the member is told', async () => {
		// The member's side, without JavaScript: plain forms.
		const member = await signedIn(MEMBER, false);
		await member.goto(`${baseUrl}/compte/contributions`);
		expect(await member.locator('h1').textContent()).toBe('Mes contributions à la Banque des mesures');
		expect(await member.locator('main').textContent()).toContain('La mesure sera associée à Lévis');
		expect(await seriousViolationsWithoutJavaScript(browser, member)).toEqual([]);

		// A first try with errors keeps what was typed.
		const description = 'Des trottinettes des neiges sont prêtées gratuitement tout l’hiver, avec une initiation au parc.';
		await member.fill('#title', 'Prêt');
		await member.fill('#description', description);
		await member.check('#clienteles-familles');
		await submit(member, 'Envoyer la proposition');
		expect(await member.locator('#title-error').textContent()).toBe('Le titre doit compter au moins 5 caractères.');
		expect(await member.locator('#themes-error').textContent()).toBe('Choisissez au moins un champ d’intervention.');
		expect(await member.inputValue('#title')).toBe('Prêt');
		expect(await member.inputValue('#description')).toBe(description);
		expect(await member.isChecked('#clienteles-familles')).toBe(true);
		expect(await member.getAttribute('#title', 'aria-invalid')).toBe('true');
		expect(await seriousViolationsWithoutJavaScript(browser, member)).toEqual([]);

		await member.fill('#title', TITLE);
		await member.check('#themes-loisir');
		await member.check('#themes-immigration');
		await member.fill('#planStartYear', '2025');
		await submit(member, 'Envoyer la proposition');
		await member.waitForURL(/\/compte\/contributions\/\d+\?envoyee=1$/);
		expect(await member.locator('[role="status"]').textContent()).toContain('Votre proposition a été envoyée');
		expect(await member.locator('.badge').textContent()).toBe('En attente');
		expect(await seriousViolationsWithoutJavaScript(browser, member)).toEqual([]);
		const contributionPath = new URL(member.url()).pathname;
		const id = contributionPath.split('/').pop()!;

		// Pending: not public, but listed for the organisation.
		const visitor = await newPage(browser, { extraHTTPHeaders: { 'x-forwarded-for': freshAddress() } });
		await visitor.goto(`${baseUrl}/banque?q=${encodeURIComponent('trottinettes des neiges')}`);
		expect(await visitor.locator('main').textContent()).not.toContain(TITLE);
		expect((await visitor.goto(`${baseUrl}/banque/mesures/${id}`))?.status()).toBe(404);
		await member.goto(`${baseUrl}/compte/contributions`);
		expect(await member.locator('tbody tr', { hasText: TITLE }).textContent()).toContain('En attente');

		// Another organisation's member does not see it.
		const rimouski = await signInOverHttp(baseUrl, 'rimouski@demo.espacemuni.org', PASSWORD);
		expect((await requestAs(baseUrl, rimouski, contributionPath)).status).toBe(404);
		expect(await (await requestAs(baseUrl, rimouski, '/compte/contributions')).text()).not.toContain(TITLE);

		// Staff review: the queue, then the contribution.
		const staff = await signedIn(STAFF, true);
		await staff.goto(`${baseUrl}/admin/banque-contributions`);
		expect(await staff.locator('h1').textContent()).toMatch(/^Contributions à examiner \(\d+\)$/);
		expect(await seriousAccessibilityViolations(staff)).toEqual([]);
		await staff.click(`a:has-text("${TITLE}")`);
		await staff.waitForURL(new RegExp(`/admin/banque-contributions/${id}$`));
		expect(await staff.locator('main').textContent()).toContain('Proposée par Dominique Lévis (démo) (levis@demo.espacemuni.org) pour Lévis');
		expect(await staff.inputValue('#municipalityCode')).toBe('Lévis (25213)');
		expect(await seriousAccessibilityViolations(staff)).toEqual([]);

		// Refusing needs a reason, shown next to the field.
		await submit(staff, 'Refuser');
		expect(await staff.locator('#reviewNote-error').textContent()).toContain('Expliquez pourquoi la contribution est refusée');
		expect(await seriousAccessibilityViolations(staff)).toEqual([]);

		await submit(staff, 'Approuver et publier');
		await staff.waitForURL(/\/admin\/banque-contributions\?fait=approuvee$/);
		expect(await staff.locator('[role="status"]').textContent()).toContain('Contribution approuvée et publiée');
		expect(await staff.locator('main').textContent()).not.toContain(TITLE);

		// Published: found in the bank, and the member is told by email.
		await visitor.goto(`${baseUrl}/banque?q=${encodeURIComponent('trottinettes des neiges')}`);
		expect(await visitor.locator('.result-list h3 a').allTextContents()).toContain(TITLE);
		const mail = await waitForMail(outbox, MEMBER, /Votre mesure est publiée/);
		expect(mail.text).toContain(`« ${TITLE} », proposée pour Lévis, a été approuvée`);
		expect(mail.links.some((link) => link.endsWith(`/banque/mesures/${id}`))).toBe(true);

		await member.goto(`${baseUrl}${contributionPath}`);
		expect(await member.locator('.badge').textContent()).toBe('Approuvée');
		expect(await member.locator('main form[method="POST"]').count()).toBe(0);
		expect(await seriousViolationsWithoutJavaScript(browser, member)).toEqual([]);

		for (const page of [member, staff, visitor]) await page.context().close();
	});

	test('the review pages are for staff, the contribution pages for signed-in people', async () => {
		const member = await signInOverHttp(baseUrl, MEMBER, PASSWORD);
		expect((await requestAs(baseUrl, member, '/admin/banque-contributions')).status).toBe(403);
		expect((await requestAs(baseUrl, member, '/admin/banque-contributions/1?/approuver', { version: '1' })).status).toBe(403);
		const visitor = await requestAs(baseUrl, null, '/compte/contributions');
		expect(visitor.status).toBe(303);
		expect(visitor.headers.get('location')).toContain('/compte/connexion');
	});
});
