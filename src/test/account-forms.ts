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
	// Waits until the person is sent on from the sign-in page, or an error shows: waiting for « load » alone
	// could return before the answer (with JavaScript the form posts without a new page), and the next
	// navigation would then cancel the sign-in before its session cookie is set.
	const quietly = (waiting: Promise<unknown>) => waiting.catch(() => undefined);
	const settled = Promise.race([
		quietly(page.waitForURL((url) => !url.pathname.endsWith('/compte/connexion'), { timeout: 20_000 })),
		quietly(page.locator('main [role="alert"], main [id$="-error"]').first().waitFor({ state: 'visible', timeout: 20_000 }))
	]);
	await page.click('main form[method="POST"] button[type="submit"]');
	await settled;
	await page.waitForLoadState();
}
