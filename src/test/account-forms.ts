import type { Page } from 'playwright-core';

/** Fills and sends the real sign-up form. */
export async function signUpWithForm(page: Page, baseUrl: string, fields: { name: string; email: string; password: string; confirm?: string }) {
	await page.goto(`${baseUrl}/compte/inscription`);
	await page.fill('#name', fields.name);
	await page.fill('#email', fields.email);
	await page.fill('#password', fields.password);
	await page.fill('#passwordConfirm', fields.confirm ?? fields.password);
	await page.click('main form[method="POST"] button[type="submit"]');
	await page.waitForLoadState();
}

/** Fills and sends the real login form. */
export async function signInWithForm(page: Page, baseUrl: string, email: string, password: string) {
	await page.goto(`${baseUrl}/compte/connexion`);
	await page.fill('#email', email);
	await page.fill('#password', password);
	await page.click('main form[method="POST"] button[type="submit"]');
	await page.waitForLoadState();
}
