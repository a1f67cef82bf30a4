import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import { launchBrowser, newPage, seriousViolationsWithoutJavaScript } from '../../../test/browser';
import { signInWithForm, signUpWithForm } from '../../../test/account-forms';
import { waitForMail } from '../../../test/outbox';

const baseUrl = inject('baseUrl');
const outbox = join(inject('dataDir'), 'outbox');
let browser: Browser;
let address = 10;

beforeAll(async () => {
	browser = await launchBrowser();
});
afterAll(() => browser?.close());

/** A page without JavaScript, from its own client address. */
const plainPage = () => newPage(browser, { javaScriptEnabled: false, extraHTTPHeaders: { 'x-forwarded-for': `203.0.113.${address++}` } });

const signUp = (page: Page, fields: Parameters<typeof signUpWithForm>[2]) => signUpWithForm(page, baseUrl, fields);
const signIn = (page: Page, email: string, password: string) => signInWithForm(page, baseUrl, email, password);

const fieldError = (page: Page, field: string) => page.locator(`#${field}-error`).textContent();

describe('accounts without JavaScript', () => {
	test('sign up, receive the email, verify, and arrive signed in', async () => {
		const page = await plainPage();
		await signUp(page, { name: 'Amélie Tremblay', email: 'amelie@exemple.ca', password: 'une phrase de passe solide' });
		expect(await page.locator('[role="status"]').textContent()).toContain('amelie@exemple.ca');

		const mail = await waitForMail(outbox, 'amelie@exemple.ca', /Confirmez votre adresse/);
		expect(mail.text).toContain('Bonjour Amélie Tremblay');
		expect(mail.html).toContain('Espace MUNI');
		const link = mail.links.find((candidate) => candidate.includes('verify-email'));
		expect(link).toBeDefined();

		await page.goto(link!);
		await page.waitForURL(/\/compte$/);
		expect(await page.locator('h1').textContent()).toBe('Mon compte');
		expect(await page.locator('.facts').textContent()).toContain('amelie@exemple.ca');
		expect(await seriousViolationsWithoutJavaScript(browser, page)).toEqual([]);

		await page.click('.account-nav button');
		await page.waitForURL(/deconnecte=1/);
		expect(await page.locator('.account-nav').textContent()).toContain('Se connecter');
		await page.context().close();
	});

	test('bad input on sign-up shows French messages next to the fields and keeps what was typed, except passwords', async () => {
		const page = await plainPage();
		await signUp(page, { name: '', email: 'pas-une-adresse', password: 'court', confirm: 'autre' });
		expect(await fieldError(page, 'name')).toBe('Ce champ est obligatoire.');
		expect(await fieldError(page, 'email')).toContain('adresse courriel valide');
		expect(await fieldError(page, 'password')).toContain('au moins 12 caractères');
		expect(await page.inputValue('#email')).toBe('pas-une-adresse');
		expect(await page.inputValue('#password')).toBe('');
		expect(await page.getAttribute('#email', 'aria-invalid')).toBe('true');
		expect(await page.getAttribute('#email', 'aria-describedby')).toContain('email-error');
		expect(await page.locator('.error-summary a').count()).toBe(4);
		expect(await seriousViolationsWithoutJavaScript(browser, page)).toEqual([]);

		await signUp(page, { name: 'Nom correct', email: 'long@exemple.ca', password: 'une phrase de passe solide', confirm: 'une autre phrase' });
		expect(await fieldError(page, 'passwordConfirm')).toBe('Les deux mots de passe ne sont pas identiques.');
		expect(await page.getAttribute('#name', 'maxlength')).toBe('120');
		await page.context().close();

		// The browser stops at 120 characters; the server says so too when something else sends more.
		const response = await fetch(`${baseUrl}/compte/inscription`, {
			method: 'POST',
			headers: { origin: baseUrl, accept: 'text/html', 'content-type': 'application/x-www-form-urlencoded', 'x-forwarded-for': '203.0.113.250' },
			body: new URLSearchParams({ name: 'N'.repeat(121), email: 'long@exemple.ca', password: 'x'.repeat(12), passwordConfirm: 'x'.repeat(12) })
		});
		expect(response.status).toBe(400);
		expect(await response.text()).toContain('Ce champ ne peut dépasser 120 caractères.');
	});

	test('log in: wrong password, unverified address, then success; forgotten password resets it', async () => {
		const page = await plainPage();
		await signUp(page, { name: 'Benoît Gagnon', email: 'benoit@exemple.ca', password: 'premier mot de passe' });

		await signIn(page, 'benoit@exemple.ca', 'premier mot de passe');
		expect(await page.locator('[role="alert"]').first().textContent()).toContain('pas encore confirmée');

		const verification = await waitForMail(outbox, 'benoit@exemple.ca', /Confirmez votre adresse/);
		await page.goto(verification.links.find((candidate) => candidate.includes('verify-email'))!);
		await page.click('.account-nav button');

		await signIn(page, 'benoit@exemple.ca', 'mauvais mot de passe');
		expect(await fieldError(page, 'password')).toBe('Adresse courriel ou mot de passe incorrect.');
		expect(await page.inputValue('#email')).toBe('benoit@exemple.ca');

		// The forgotten-password answer is the same for an unknown address.
		await page.goto(`${baseUrl}/compte/mot-de-passe-oublie`);
		await page.fill('#email', 'personne@exemple.ca');
		await page.click('main form[method="POST"] button');
		const unknownAnswer = (await page.locator('[role="status"]').textContent())!.replace('personne@exemple.ca', '…');
		await page.goto(`${baseUrl}/compte/mot-de-passe-oublie`);
		await page.fill('#email', 'benoit@exemple.ca');
		await page.click('main form[method="POST"] button');
		expect((await page.locator('[role="status"]').textContent())!.replace('benoit@exemple.ca', '…')).toBe(unknownAnswer);

		const reset = await waitForMail(outbox, 'benoit@exemple.ca', /Réinitialisez votre mot de passe/);
		await page.goto(reset.links.find((candidate) => candidate.includes('reset-password'))!);
		await page.waitForURL(/nouveau-mot-de-passe\?token=/);
		await page.fill('#newPassword', 'deuxième mot de passe');
		await page.fill('#passwordConfirm', 'deuxième mot de passe');
		await page.click('main form[method="POST"] button');
		await page.waitForURL(/reinitialise=1/);

		await signIn(page, 'benoit@exemple.ca', 'premier mot de passe');
		expect(await fieldError(page, 'password')).toBe('Adresse courriel ou mot de passe incorrect.');
		await signIn(page, 'benoit@exemple.ca', 'deuxième mot de passe');
		await page.waitForURL(/\/compte$/);
		await page.context().close();
	});

	test('change password from the account page and log out everywhere', async () => {
		const first = await plainPage();
		await signUp(first, { name: 'Chloé Roy', email: 'chloe@exemple.ca', password: 'mot de passe de Chloé' });
		const verification = await waitForMail(outbox, 'chloe@exemple.ca', /Confirmez votre adresse/);
		await first.goto(verification.links.find((candidate) => candidate.includes('verify-email'))!);

		const second = await plainPage();
		await signIn(second, 'chloe@exemple.ca', 'mot de passe de Chloé');
		await first.goto(`${baseUrl}/compte`);
		expect(await first.locator('.sessions li').count()).toBe(2);

		await first.fill('#currentPassword', 'pas le bon');
		await first.fill('#newPassword', 'nouveau mot de passe long');
		await first.fill('#passwordConfirm', 'nouveau mot de passe long');
		await first.click('form[action="?/motDePasse"] button');
		expect(await fieldError(first, 'currentPassword')).toBe('Le mot de passe actuel est incorrect.');

		await first.click('form[action="?/partout"] button');
		await first.waitForURL(/deconnecte=1/);
		await second.goto(`${baseUrl}/compte`);
		await second.waitForURL(/connexion\?suite=/);
		await first.context().close();
		await second.context().close();
	});

	test('change of address: the current address approves, the new one verifies, then the account uses it', async () => {
		const page = await plainPage();
		await signUp(page, { name: 'Denise Lavoie', email: 'denise@ancienne.ca', password: 'mot de passe de Denise' });
		const verification = await waitForMail(outbox, 'denise@ancienne.ca', /Confirmez votre adresse/);
		await page.goto(verification.links.find((candidate) => candidate.includes('verify-email'))!);
		await page.waitForURL(/\/compte$/);

		await page.fill('#newEmail', 'denise@ancienne.ca');
		await page.click('form[action="?/courriel"] button');
		expect(await fieldError(page, 'newEmail')).toBe('C’est déjà votre adresse.');
		await page.fill('#newEmail', 'denise@nouvelle.ca');
		await page.click('form[action="?/courriel"] button');
		expect(await page.locator('[role="status"]').textContent()).toContain('denise@ancienne.ca');

		const approval = await waitForMail(outbox, 'denise@ancienne.ca', /Confirmez le changement/);
		expect(approval.text).toContain('denise@nouvelle.ca');
		await page.goto(approval.links.find((candidate) => candidate.includes('verify-email'))!);
		const confirmation = await waitForMail(outbox, 'denise@nouvelle.ca', /Confirmez votre adresse/);
		await page.goto(confirmation.links.find((candidate) => candidate.includes('verify-email'))!);
		await page.goto(`${baseUrl}/compte`);
		expect(await page.locator('.facts').textContent()).toContain('denise@nouvelle.ca');
		await page.context().close();
	});

	test('too many log-in attempts are refused with a clear message, and what was typed is kept', async () => {
		const page = await plainPage();
		for (let attempt = 0; attempt < 10; attempt++) await signIn(page, 'quelquun@exemple.ca', 'essai numéro ' + attempt);
		await signIn(page, 'quelquun@exemple.ca', 'encore un essai');
		expect(await page.locator('[role="alert"]').first().textContent()).toMatch(/Trop de tentatives\. Réessayez dans \d+ minute/);
		expect(await page.inputValue('#email')).toBe('quelquun@exemple.ca');
		await page.context().close();
	});
});
