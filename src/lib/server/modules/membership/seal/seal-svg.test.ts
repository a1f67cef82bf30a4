import { describe, expect, test } from 'vitest';
import { layoutName, SEAL_PNG_PIXELS, sealDownloadSvg, sealPng, sealSvg } from './seal-svg';
import { textWidth } from './render';

const content = (name: string) => ({ name, yearLabel: '2025-2026', title: `Sceau Fièrement membre : ${name}, 2025-2026` });

/** Width, height and pixels per metre read from the PNG's own chunks. */
function pngFacts(png: Buffer) {
	const chunks = new Map<string, Buffer>();
	for (let offset = 8; offset < png.length; ) {
		const length = png.readUInt32BE(offset);
		chunks.set(png.toString('latin1', offset + 4, offset + 8), png.subarray(offset + 8, offset + 8 + length));
		offset += 12 + length;
	}
	const header = chunks.get('IHDR')!;
	const physical = chunks.get('pHYs');
	return { width: header.readUInt32BE(0), height: header.readUInt32BE(4), dotsPerMetre: physical?.readUInt32BE(0), chunks: [...chunks.keys()] };
}

describe('the Fièrement membre seal', () => {
	test('the drawing holds the member’s name, escaped, and the year', () => {
		const svg = sealSvg(content('Saint-Zénon & Cie <test>'));
		expect(svg).toContain('Saint-Zénon');
		expect(svg).toContain('&amp; Cie &lt;test&gt;');
		expect(svg).not.toContain('<test>');
		expect(svg).toContain('>2025-2026</text>');
		expect(svg).toContain('FIÈREMENT MEMBRE');
	});

	test('the SVG download draws its text as outlines and keeps the name in its title', () => {
		const svg = sealDownloadSvg(content('Saint-Zénon & Cie <test>'));
		expect(svg).not.toMatch(/<text\b/);
		expect(svg).toMatch(/<path\b/);
		expect(svg).toContain('<title id="seal-title">Sceau Fièrement membre : Saint-Zénon &amp; Cie &lt;test&gt;, 2025-2026</title>');
		expect(svg).not.toContain('<test>');
	});

	test('long names wrap inside the disc at a smaller size; compound names stay whole while they fit', () => {
		const long = layoutName('Municipalité de Saint-Jean-Baptiste-de-Rouville');
		expect(long.lines.length).toBeGreaterThan(1);
		expect(long.lines.join(' ').replaceAll('- ', '-')).toBe('Municipalité de Saint-Jean-Baptiste-de-Rouville');
		for (const line of long.lines) expect(textWidth(line, long.fontSize, 700)).toBeLessThanOrEqual(500);
		const short = layoutName('Lévis');
		expect(short.lines).toEqual(['Lévis']);
		expect(short.fontSize).toBeGreaterThan(long.fontSize);
		expect(layoutName('Saint-Zénon & Cie').lines[0]).toBe('Saint-Zénon');
	});

	test('the PNG is a real PNG at print size, and another name draws another image', async () => {
		const [levis, rimouski] = await Promise.all([sealPng(content('Lévis')), sealPng(content('Rimouski'))]);
		expect(levis.subarray(0, 8)).toEqual(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]));
		const facts = pngFacts(levis);
		expect(facts).toMatchObject({ width: SEAL_PNG_PIXELS, height: SEAL_PNG_PIXELS, dotsPerMetre: 30000 });
		expect(facts.chunks.slice(0, 2)).toEqual(['IHDR', 'pHYs']);
		expect(facts.chunks.at(-1)).toBe('IEND');
		expect(pngFacts(rimouski).width).toBe(SEAL_PNG_PIXELS);
		expect(levis.equals(rimouski)).toBe(false);
	});
});
