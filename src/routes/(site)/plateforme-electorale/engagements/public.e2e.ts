import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import { launchBrowser, newPage, seriousAccessibilityViolations, seriousViolationsWithoutJavaScript } from '../../../../test/browser';

const baseUrl = inject('baseUrl');
// Other tests may open newer editions on the shared server: these pages ask for the demonstration one by name.
const EDITION = 'municipalites-2025';
let browser: Browser;

beforeAll(async () => {
	browser = await launchBrowser();
});
afterAll(() => browser?.close());

const countIn = (text: string | null) => Number((text ?? '').replace(/\D/g, ''));
const shownCount = async (page: Page) => countIn(await page.locator('.results .count').textContent());
/** The count shown next to a filter value, read from its hidden text (« (12 engagements) »). */
const optionCount = async (page: Page, name: string, slug: string) => countIn(await page.locator(`label[for="${name}-${slug}"] .count`).textContent());
const themeHeadings = (page: Page) => page.locator('.results section h2').evaluateAll((nodes) => nodes.map((node) => node.firstChild?.textContent?.trim() ?? ''));
const commitmentTitles = (page: Page) => page.locator('.commitment h3').allTextContents();

describe('Ma Plateforme électorale: public pages', () => {
	test('the landing page names the edition and its election date and offers the three paths and the questions', async () => {
		const page = await newPage(browser);
		expect((await page.goto(`${baseUrl}/plateforme-electorale?edition=${EDITION}`))?.status()).toBe(200);
		expect(await page.locator('h1').textContent()).toBe('Ma Plateforme électorale');
		expect(await page.locator('.edition-line').textContent()).toContain('Municipalités 2025 · élection générale le 2 novembre 2025');
		expect(await page.locator('.edition-line .badge.demo').count()).toBe(1);
		const paths = await page.locator('.paths h3 a').evaluateAll((links) => links.map((link) => [link.textContent, new URL((link as HTMLAnchorElement).href).pathname]));
		expect(paths).toEqual([
			['Bâtir ma plateforme', '/plateforme-electorale/creer'],
			['Consulter les engagements', '/plateforme-electorale/engagements'],
			['Jouer au jeu-questionnaire', '/plateforme-electorale/jeu-questionnaire']
		]);
		expect(await page.locator('#questions-title a').getAttribute('href')).toBe(`/plateforme-electorale/questions?edition=${EDITION}`);
		expect(await page.locator('.themes li').count()).toBe(9);
		expect(await seriousAccessibilityViolations(page)).toEqual([]);
		await page.context().close();
	});

	test.each(['/plateforme-electorale', '/en/plateforme-electorale', `/plateforme-electorale/engagements?edition=${EDITION}`, `/en/plateforme-electorale/questions?edition=${EDITION}`])(
		'%s answers in its language with no serious accessibility violation',
		async (path) => {
			const page = await newPage(browser);
			expect((await page.goto(`${baseUrl}${path}`))?.status()).toBe(200);
			expect(await page.getAttribute('html', 'lang')).toBe(path.startsWith('/en') ? 'en-CA' : 'fr-CA');
			expect(await seriousAccessibilityViolations(page)).toEqual([]);
			await page.context().close();
		}
	);

	test('an unknown edition is a 404', async () => {
		const page = await newPage(browser);
		for (const path of ['/plateforme-electorale', '/plateforme-electorale/engagements', '/plateforme-electorale/questions', '/plateforme-electorale/jeu-questionnaire']) {
			expect((await page.goto(`${baseUrl}${path}?edition=n-existe-pas`))?.status()).toBe(404);
		}
		await page.context().close();
	});
});

describe('browsing the commitments', () => {
	test('without JavaScript: a theme, then a clientèle, narrow the list to their counts, the URL is shareable and a chip removes a filter', async () => {
		const context = await browser.newContext({ javaScriptEnabled: false });
		const page = await context.newPage();
		await page.goto(`${baseUrl}/plateforme-electorale/engagements?edition=${EDITION}`);
		const all = await shownCount(page);
		expect(all).toBeGreaterThanOrEqual(90);
		expect(await themeHeadings(page)).toHaveLength(9);

		const loisir = await optionCount(page, 'theme', 'loisir');
		expect(loisir).toBeGreaterThan(0);
		await page.check('#theme-loisir');
		await page.click('main form.filters button[type="submit"]');
		await page.waitForURL(/theme=loisir/);
		expect(await shownCount(page)).toBe(loisir);
		expect(await themeHeadings(page)).toEqual(['Territoire attractif – loisir']);
		expect(await page.locator('.commitment').count()).toBe(loisir);

		// A clientèle's count already accounts for the theme chosen.
		const aines = await optionCount(page, 'clientele', 'aines');
		await page.check('#clientele-aines');
		await page.click('main form.filters button[type="submit"]');
		await page.waitForURL(/clientele=aines/);
		expect(await shownCount(page)).toBe(aines);
		expect(new URL(page.url()).searchParams.get('edition')).toBe(EDITION);
		const titles = await commitmentTitles(page);
		for (const card of await page.locator('.commitment').all()) {
			expect(await card.locator('.clientele').allTextContents()).toContain('Personnes aînées');
			expect(await card.locator('.facts dt').allTextContents()).toEqual(expect.arrayContaining(['Coût indicatif', 'Délai de réalisation']));
		}
		expect(await seriousViolationsWithoutJavaScript(browser, page)).toEqual([]);

		const shared = await context.newPage();
		await shared.goto(page.url());
		expect(await commitmentTitles(shared)).toEqual(titles);

		await page.locator('a.chip', { hasText: 'Territoire attractif – loisir' }).click();
		await page.waitForURL((url) => !url.searchParams.has('theme'));
		expect(await shownCount(page)).toBe(await optionCount(page, 'clientele', 'aines'));
		await context.close();
	});

	test('each commitment shows its examples from the bank, which open the item’s page', async () => {
		const page = await newPage(browser);
		await page.goto(`${baseUrl}/plateforme-electorale/engagements?edition=${EDITION}&theme=mobilite`);
		const links = await page.locator('.commitment .evidence a').evaluateAll((nodes) => nodes.map((node) => new URL((node as HTMLAnchorElement).href).pathname));
		expect(links.length).toBeGreaterThan(0);
		for (const path of links) expect(path).toMatch(/^\/banque\/(mesures|initiatives)\/\d+$/);
		expect((await page.goto(`${baseUrl}${links[0]}`))?.status()).toBe(200);
		await page.context().close();
	});

	test('with JavaScript: ticking a clientèle updates the list and the address without a reload', async () => {
		const page = await newPage(browser);
		await page.goto(`${baseUrl}/plateforme-electorale/engagements?edition=${EDITION}`);
		await page.waitForLoadState('networkidle');
		const expected = await optionCount(page, 'clientele', 'handicap');
		await page.evaluate(() => ((window as unknown as { notReloaded: boolean }).notReloaded = true));
		await page.check('#clientele-handicap');
		await page.waitForURL(/clientele=handicap/);
		await expect.poll(() => shownCount(page)).toBe(expected);
		expect(await page.evaluate(() => (window as unknown as { notReloaded?: boolean }).notReloaded)).toBe(true);
		expect(await page.locator('#clientele-handicap').isChecked()).toBe(true);
		expect(await seriousAccessibilityViolations(page)).toEqual([]);
		await page.context().close();
	});

	test('a filter value this edition does not have is named and ignored', async () => {
		const page = await newPage(browser);
		expect((await page.goto(`${baseUrl}/plateforme-electorale/engagements?edition=${EDITION}&theme=zzz`))?.status()).toBe(200);
		expect(await page.locator('.notice[role="alert"]').textContent()).toContain('« zzz » n’est ni un thème ni une clientèle');
		expect(await shownCount(page)).toBeGreaterThanOrEqual(90);
		await page.context().close();
	});
});

describe('questions to ask the candidates', () => {
	test('one or two questions per theme, drawn from the commitments, filtered by clientèle without JavaScript, printable without navigation', async () => {
		const context = await browser.newContext({ javaScriptEnabled: false });
		const page = await context.newPage();
		await page.goto(`${baseUrl}/plateforme-electorale/questions?edition=${EDITION}`);
		expect(await page.locator('h1').textContent()).toBe('Questions à poser à vos candidates et candidats');
		const themes = page.locator('section.theme');
		expect(await themes.count()).toBe(9);
		for (const theme of await themes.all()) {
			const questions = await theme.locator('.question').allTextContents();
			expect(questions.length).toBeGreaterThanOrEqual(1);
			expect(questions.length).toBeLessThanOrEqual(2);
			for (const question of questions) expect(question).toMatch(/^(Vous engagez-vous à |Que proposez-vous au sujet de cet engagement).+\?$/);
		}
		// The questions come from the commitments of the same theme.
		const firstQuestion = (await page.locator('section.theme').first().locator('.question').first().textContent()) ?? '';
		const browse = await context.newPage();
		await browse.goto(`${baseUrl}/plateforme-electorale/engagements?edition=${EDITION}`);
		const firstTitle = ((await browse.locator('.commitment h3').first().textContent()) ?? '').replace(/[.\s]+$/, '');
		expect(firstQuestion).toContain(firstTitle.split(/\s+/).slice(1).join(' '));

		await page.check('#clientele-enfants-adolescents');
		await page.click('main form.filters button[type="submit"]');
		await page.waitForURL(/clientele=enfants-adolescents/);
		expect(await page.locator('.chosen').textContent()).toContain('Enfants et adolescents');
		expect(await page.locator('.question').count()).toBeGreaterThan(0);
		expect(await seriousViolationsWithoutJavaScript(browser, page)).toEqual([]);

		await page.emulateMedia({ media: 'print' });
		expect(await page.locator('.site-header').isVisible()).toBe(false);
		expect(await page.locator('.site-footer').isVisible()).toBe(false);
		expect(await page.locator('form.filters').isVisible()).toBe(false);
		expect(await page.locator('.breadcrumb').isVisible()).toBe(false);
		expect(await page.locator('h1').isVisible()).toBe(true);
		expect(await page.locator('.question').first().isVisible()).toBe(true);
		await context.close();
	});
});
