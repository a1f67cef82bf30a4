// The JavaScript a browser fetches for one page: the modules the page starts (inline `import()`,
// `<script src>`), those it preloads (`<link rel="modulepreload">` and the `Link` header), and
// their static imports, each compressed as a server would send it.
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

export type PageJavaScript = { files: number; rawBytes: number; gzipBytes: number; brotliBytes: number };

const ENTRY_PATTERNS = [
	/import\(\s*["']([^"']+\.js)["']\s*\)/g,
	/<script[^>]*\ssrc=["']([^"']+\.js)["']/g,
	/<link[^>]*rel=["']modulepreload["'][^>]*href=["']([^"']+)["']/g,
	/<link[^>]*href=["']([^"']+)["'][^>]*rel=["']modulepreload["']/g
];
const LINK_HEADER_PRELOAD = /<([^>]+)>;\s*rel="?modulepreload"?/g;
// Static imports in minified output: `import"./a.js"`, `from"./b.js"`; dynamic `import("…")` load later pages, not this one.
const STATIC_IMPORT = /(?:\bfrom|\bimport)\s*["']([^"']+\.js)["']/g;

const matchesOf = (text: string, pattern: RegExp) => [...text.matchAll(pattern)].map((match) => match[1]);

export async function measurePageJavaScript(pageUrl: string): Promise<PageJavaScript> {
	const response = await fetch(pageUrl);
	const html = await response.text();
	const pending = [
		...ENTRY_PATTERNS.flatMap((pattern) => matchesOf(html, pattern)),
		...matchesOf(response.headers.get('link') ?? '', LINK_HEADER_PRELOAD)
	].map((href) => new URL(href, pageUrl).href);
	const seen = new Set<string>();
	const totals: PageJavaScript = { files: 0, rawBytes: 0, gzipBytes: 0, brotliBytes: 0 };
	while (pending.length) {
		const url = pending.pop()!;
		if (seen.has(url) || !url.endsWith('.js')) continue;
		seen.add(url);
		const file = await fetch(url);
		if (file.status !== 200) throw new Error(`${url} : HTTP ${file.status}`);
		const body = Buffer.from(await file.arrayBuffer());
		totals.files++;
		totals.rawBytes += body.length;
		totals.gzipBytes += gzipSync(body, { level: 9 }).length;
		totals.brotliBytes += brotliCompressSync(body, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length;
		pending.push(...matchesOf(body.toString('utf8'), STATIC_IMPORT).map((href) => new URL(href, url).href));
	}
	return totals;
}
