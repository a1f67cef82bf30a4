import AxeBuilder from '@axe-core/playwright';
import { chromium, type Browser, type BrowserContextOptions, type Page } from 'playwright-core';
import { execFileSync } from 'node:child_process';

function chromiumPath(): string {
	if (process.env.CHROMIUM_PATH) return process.env.CHROMIUM_PATH;
	for (const name of ['chromium', 'chromium-browser']) {
		try {
			return execFileSync('which', [name], { encoding: 'utf8' }).trim();
		} catch {
			// try the next name
		}
	}
	throw new Error('Chromium est introuvable : installez le paquet Debian « chromium » ou définissez CHROMIUM_PATH.');
}

/** Debian's Chromium, headless, with the flags that keep it off the network. */
export function launchBrowser(): Promise<Browser> {
	return chromium.launch({
		executablePath: chromiumPath(),
		args: [
			'--headless',
			'--no-sandbox',
			'--disable-gpu',
			'--disable-background-networking',
			'--disable-component-update',
			'--disable-sync',
			'--no-first-run'
		]
	});
}

/** axe-core's serious and critical violations on the page, as readable lines (an empty list means clean). */
export async function seriousAccessibilityViolations(page: Page): Promise<string[]> {
	const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice']).analyze();
	return results.violations
		.filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
		.map((violation) => `${violation.id} (${violation.impact}): ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`);
}

/** A page in its own context (axe-core needs one); close it with `page.context().close()`. */
export async function newPage(browser: Browser, options: BrowserContextOptions = {}): Promise<Page> {
	const context = await browser.newContext(options);
	return context.newPage();
}

/**
 * axe-core needs JavaScript, which no-JavaScript pages have turned off: this checks what such a page
 * shows (its HTML as it stands, scripts removed, on the same origin so styles apply) in a page of its own.
 */
export async function seriousViolationsWithoutJavaScript(browser: Browser, page: Page): Promise<string[]> {
	const html = (await page.content()).replace(/<script\b[\s\S]*?<\/script>/gi, '');
	const checker = await newPage(browser);
	try {
		await checker.goto(new URL('/robots.txt', page.url()).toString());
		await checker.setContent(html, { waitUntil: 'load' });
		return await seriousAccessibilityViolations(checker);
	} finally {
		await checker.context().close();
	}
}
