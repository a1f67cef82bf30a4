import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import { launchBrowser, newPage, seriousViolationsWithoutJavaScript } from '../../../../test/browser';
import { signUpWithForm } from '../../../../test/account-forms';
import { waitForMail } from '../../../../test/outbox';
import { freshAddress } from '../../../../test/session';

const baseUrl = inject('baseUrl');
const outbox = join(inject('dataDir'), 'outbox');
let browser: Browser;

beforeAll(async () => {
	browser = await launchBrowser();
});
afterAll(() => browser?.close());

const plainPage = () => newPage(browser, { javaScriptEnabled: false, extraHTTPHeaders: { 'x-forwarded-for': freshAddress() } });

async function signUpAndVerify(page: Page, name: string, email: string, password: string) {
	await signUpWithForm(page, baseUrl, { name, email, password });
	const mail = await waitForMail(outbox, email, /Confirmez votre adresse/);
	await page.goto(mail.links.find((link) => link.includes('verify-email'))!);
	await page.waitForURL(/\/compte$/);
}

describe('organisations', () => {
	test('sign up, create an organisation, invite a colleague who accepts and sees it', async () => {
		const owner = await plainPage();
		await signUpAndVerify(owner, 'Élise Côté', 'elise@organisme.ca', 'phrase de passe d’Élise');

		await owner.goto(`${baseUrl}/compte/organisations`);
		expect(await owner.locator('.empty').textContent()).toContain('aucune organisation');
		// Bad input first: a non-profit without a name.
		await owner.selectOption('#kind', 'nonprofit');
		await owner.click('form[action="?/creer"] button[type="submit"]');
		expect(await owner.locator('#name-error').textContent()).toBe('Le nom doit compter au moins 2 caractères.');
		expect(await owner.inputValue('#kind')).toBe('nonprofit');
		await owner.fill('#name', 'Loisirs pour tous de Lévis');
		await owner.click('form[action="?/creer"] button[type="submit"]');
		expect(await owner.locator('[role="status"]').textContent()).toContain('Loisirs pour tous de Lévis');
		expect(await seriousViolationsWithoutJavaScript(browser, owner)).toEqual([]);

		// A municipality that already has its organisation cannot be created twice.
		await owner.selectOption('#kind', 'municipality');
		await owner.selectOption('#municipalityCode', '25213');
		await owner.click('form[action="?/creer"] button[type="submit"]');
		expect(await owner.locator('#municipalityCode-error').textContent()).toContain('existe déjà');

		await owner.click('a:has-text("Loisirs pour tous de Lévis")');
		await owner.fill('#email', 'pas une adresse');
		await owner.click('form[action="?/inviter"] button');
		expect(await owner.locator('#email-error').textContent()).toContain('adresse courriel valide');
		expect(await owner.inputValue('#email')).toBe('pas une adresse');
		await owner.fill('#email', 'Felix@Organisme.ca');
		await owner.click('form[action="?/inviter"] button');
		expect(await owner.locator('[role="status"]').textContent()).toContain('felix@organisme.ca');
		expect(await owner.locator('#invitations-title + ul').textContent()).toContain('felix@organisme.ca');
		expect(await seriousViolationsWithoutJavaScript(browser, owner)).toEqual([]);

		const invitation = await waitForMail(outbox, 'felix@organisme.ca', /Invitation à rejoindre Loisirs pour tous de Lévis/);
		expect(invitation.text).toContain('Élise Côté vous invite');
		const link = invitation.links.find((candidate) => candidate.includes('/invitation/'))!;

		const colleague = await plainPage();
		await colleague.goto(link);
		expect(await colleague.locator('.lead').textContent()).toContain('Loisirs pour tous de Lévis');
		await signUpAndVerify(colleague, 'Félix Bouchard', 'felix@organisme.ca', 'phrase de passe de Félix');
		await colleague.goto(link);
		await colleague.click('main form[method="POST"] button');
		expect(await colleague.locator('[role="status"]').textContent()).toContain('Vous faites maintenant partie de Loisirs pour tous de Lévis');
		await colleague.click('main a:has-text("Mes organisations")');
		expect(await colleague.locator('h1').textContent()).toBe('Loisirs pour tous de Lévis');
		const members = await colleague.locator('.members').textContent();
		expect(members).toContain('Élise Côté');
		expect(members).toContain('Félix Bouchard');
		// A member sees the organisation but does not manage it.
		expect(await colleague.locator('form[action="?/inviter"]').count()).toBe(0);

		// The link works once.
		await colleague.goto(link);
		expect(await colleague.locator('[role="alert"]').textContent()).toContain('n’est plus valable');

		// The last responsable cannot be removed; a member can.
		await owner.goto(owner.url().split('?')[0]);
		await owner.click('button:has-text("Retirer Élise Côté")');
		expect(await owner.locator('[role="alert"]').textContent()).toContain('au moins une ou un responsable');
		await owner.click('button:has-text("Retirer Félix Bouchard")');
		expect(await owner.locator('[role="status"]').textContent()).toContain('retirée');
		await colleague.goto(`${baseUrl}/compte/organisations`);
		expect(await colleague.locator('.empty').count()).toBe(1);

		await owner.context().close();
		await colleague.context().close();
	});
});
