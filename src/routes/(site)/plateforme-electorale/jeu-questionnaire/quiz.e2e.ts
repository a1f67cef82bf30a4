import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import { launchBrowser, seriousAccessibilityViolations, seriousViolationsWithoutJavaScript } from '../../../../test/browser';
import { freshAddress } from '../../../../test/session';

const baseUrl = inject('baseUrl');
const EDITION = 'municipalites-2025';
// Fifteen screens and their accessibility checks take longer than the default minute on a busy machine.
const WHOLE_GAME_MS = 120_000;
const ATTEMPT_URL = /\/plateforme-electorale\/jeu-questionnaire\/([0-9a-f-]{36})\/(\d+)$/;
let browser: Browser;

beforeAll(async () => {
	browser = await launchBrowser();
});
afterAll(() => browser?.close());

type Played = { attemptId: string; total: number; right: number; verdicts: boolean[] };

function player(javaScriptEnabled: boolean): Promise<BrowserContext> {
	return browser.newContext({ javaScriptEnabled, extraHTTPHeaders: { 'x-forwarded-for': freshAddress() } });
}

const violations = (page: Page, javaScriptEnabled: boolean) => (javaScriptEnabled ? seriousAccessibilityViolations(page) : seriousViolationsWithoutJavaScript(browser, page));

/** Plays a whole attempt from the start page, checking each screen; answers alternate between the first and the last choice. */
async function playQuiz(page: Page, javaScriptEnabled: boolean): Promise<Played> {
	await page.goto(`${baseUrl}/plateforme-electorale/jeu-questionnaire?edition=${EDITION}`);
	const announced = Number((await page.locator('.start .lead').textContent())?.match(/\d+/)?.[0]);
	expect(announced).toBe(15);
	expect(await violations(page, javaScriptEnabled)).toEqual([]);
	await page.click('main form[method="POST"] button');
	await page.waitForURL(ATTEMPT_URL);
	await page.locator('fieldset.question').waitFor();
	const attemptId = ATTEMPT_URL.exec(new URL(page.url()).pathname)![1];

	// « Valider » without a choice: a French message next to the question, and the same question again.
	await page.click('main form[method="POST"] button');
	await page.locator('#choix-error').waitFor();
	expect(await page.locator('#choix-error').textContent()).toBe('Choisissez une réponse.');
	expect(await page.locator('fieldset.question').getAttribute('aria-describedby')).toBe('choix-error');
	expect(await page.locator('fieldset.question legend').count()).toBe(1);
	expect(await violations(page, javaScriptEnabled)).toEqual([]);

	const verdicts: boolean[] = [];
	for (let number = 1; ; number++) {
		// With JavaScript the address changes before the page does: wait for this question's own screen.
		await page.locator('.progress', { hasText: `Question ${number} sur ${announced}` }).waitFor();
		await page.locator('fieldset.question').waitFor();
		const radios = page.locator('fieldset.question input[type="radio"]');
		expect(await radios.count()).toBeGreaterThanOrEqual(2);
		await radios.nth(number % 2 === 0 ? 0 : (await radios.count()) - 1).check();
		await page.click('main form[method="POST"] button');
		await page.locator('.verdict').waitFor();
		const verdict = (await page.locator('.verdict').textContent()) ?? '';
		verdicts.push(verdict.includes('Bonne réponse'));
		expect(await page.locator('.quiz-answer .explanation').count()).toBe(1);
		const source = await page.locator('.quiz-answer .source a').getAttribute('href');
		expect(source).toMatch(/^https?:\/\//);
		if (number === 1) expect(await violations(page, javaScriptEnabled)).toEqual([]);
		const next = page.locator('main a.button');
		if (number === announced) {
			expect(await next.textContent()).toBe('Voir mon résultat');
			await next.click();
			await page.waitForURL((url) => url.pathname.endsWith(attemptId));
			break;
		}
		expect(await next.textContent()).toBe('Question suivante');
		await next.click();
		await page.waitForURL((url) => url.pathname.endsWith(`/${number + 1}`));
	}
	return { attemptId, total: announced, right: verdicts.filter(Boolean).length, verdicts };
}

async function checkRecap(page: Page, played: Played, javaScriptEnabled: boolean) {
	expect(await page.locator('.quiz-score .value').textContent()).toBe(`${played.right} sur ${played.total}`);
	const recap = page.locator('.recap > li');
	expect(await recap.count()).toBe(played.total);
	expect(await page.locator('.recap .verdict').evaluateAll((nodes) => nodes.map((node) => node.textContent?.includes('Bonne réponse')))).toEqual(played.verdicts);
	expect(await page.locator('.recap .explanation').count()).toBe(played.total);
	expect(await violations(page, javaScriptEnabled)).toEqual([]);
}

/** The shareable page: the score and the questions right or missed, and nothing about the player or the time. */
async function checkResultPage(page: Page, played: Played, address: string, javaScriptEnabled: boolean) {
	const response = await page.goto(`${baseUrl}/plateforme-electorale/jeu-questionnaire/resultat/${played.attemptId}`);
	expect(response?.status()).toBe(200);
	expect(await page.locator('.quiz-score .value').textContent()).toBe(`${played.right} sur ${played.total}`);
	const outcomes = await page.locator('.questions .outcome').allTextContents();
	expect(outcomes.map((text) => text.includes('Réussie'))).toEqual(played.verdicts);
	const html = await page.content();
	const text = (await page.locator('main').textContent()) ?? '';
	expect(html).not.toContain(address);
	expect(text).not.toMatch(/\b\d{1,2}\s?(h|:)\s?\d{2}\b/);
	const today = new Date();
	expect(text).not.toContain(today.toISOString().slice(0, 10));
	expect(text).not.toContain(new Intl.DateTimeFormat('fr-CA', { dateStyle: 'long' }).format(today));
	expect(await page.locator('main input, main textarea').count()).toBe(0);
	expect(await page.locator('meta[name="robots"]').getAttribute('content')).toBe('noindex');
	expect(await violations(page, javaScriptEnabled)).toEqual([]);
}

describe('the quiz (jeu-questionnaire)', () => {
	test('without JavaScript: start, a missing answer, every question with its verdict, the recap, a completed attempt that does not change, the result page and a replay', async () => {
		const address = freshAddress();
		const context = await browser.newContext({ javaScriptEnabled: false, extraHTTPHeaders: { 'x-forwarded-for': address } });
		const page = await context.newPage();
		const played = await playQuiz(page, false);
		await checkRecap(page, played, false);

		// Sending the first answer again, with another choice, changes nothing.
		const changed = await fetch(`${baseUrl}/plateforme-electorale/jeu-questionnaire/${played.attemptId}/1`, {
			method: 'POST',
			headers: { accept: 'text/html', 'content-type': 'application/x-www-form-urlencoded', origin: baseUrl, 'x-forwarded-for': address },
			body: new URLSearchParams({ choix: played.verdicts[0] ? '0' : '1' }),
			redirect: 'manual'
		});
		expect(changed.status).toBe(303);
		await page.goto(`${baseUrl}/plateforme-electorale/jeu-questionnaire/${played.attemptId}`);
		expect(await page.locator('.quiz-score .value').textContent()).toBe(`${played.right} sur ${played.total}`);

		// « Rejouer » starts a new attempt at its first question.
		await page.click('main form[method="POST"] button');
		await page.waitForURL(ATTEMPT_URL);
		const replay = ATTEMPT_URL.exec(new URL(page.url()).pathname)!;
		expect(replay[1]).not.toBe(played.attemptId);
		expect(replay[2]).toBe('1');

		const sharedView = await (await player(false)).newPage();
		await checkResultPage(sharedView, played, address, false);
		await sharedView.context().close();
		await context.close();
	}, WHOLE_GAME_MS);

	test('with JavaScript: the same game, screen by screen, and the result page', async () => {
		const address = freshAddress();
		const context = await browser.newContext({ extraHTTPHeaders: { 'x-forwarded-for': address } });
		const page = await context.newPage();
		const played = await playQuiz(page, true);
		await checkRecap(page, played, true);
		await page.locator('a', { hasText: 'Voir la page de résultat à partager' }).click();
		await page.waitForURL(/\/resultat\//);
		await checkResultPage(page, played, address, true);
		await context.close();
	}, WHOLE_GAME_MS);

	test('an unknown attempt, a question out of range and the result of an unfinished attempt are 404; a later question waits for the earlier ones', async () => {
		const context = await player(false);
		const page = await context.newPage();
		expect((await page.goto(`${baseUrl}/plateforme-electorale/jeu-questionnaire/00000000-0000-4000-8000-000000000000`))?.status()).toBe(404);
		expect((await page.goto(`${baseUrl}/plateforme-electorale/jeu-questionnaire/pas-un-uuid/1`))?.status()).toBe(404);
		await page.goto(`${baseUrl}/plateforme-electorale/jeu-questionnaire?edition=${EDITION}`);
		await page.click('main form[method="POST"] button');
		await page.waitForURL(ATTEMPT_URL);
		const attemptId = ATTEMPT_URL.exec(new URL(page.url()).pathname)![1];
		expect((await page.goto(`${baseUrl}/plateforme-electorale/jeu-questionnaire/${attemptId}/99`))?.status()).toBe(404);
		expect((await page.goto(`${baseUrl}/plateforme-electorale/jeu-questionnaire/resultat/${attemptId}`))?.status()).toBe(404);
		await page.goto(`${baseUrl}/plateforme-electorale/jeu-questionnaire/${attemptId}/5`);
		expect(new URL(page.url()).pathname).toBe(`/plateforme-electorale/jeu-questionnaire/${attemptId}/1`);
		await context.close();
	});
});
