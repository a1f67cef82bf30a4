import { crc32 } from 'node:zlib';
import { renderAsync, Resvg, type ResvgRenderOptions } from '@resvg/resvg-js';
import { interFontFiles, SEAL_FONT_FAMILY } from './fonts';

const renderOptions = (extra: ResvgRenderOptions = {}): ResvgRenderOptions => ({
	font: { fontFiles: interFontFiles(), loadSystemFonts: false, defaultFontFamily: SEAL_FONT_FAMILY },
	...extra
});

const MEASURE_SIZE = 100;
const measured = new Map<string, number>();

/** The drawn width of a line of text in Inter at a size and weight, from the same font files the images use. */
export function textWidth(text: string, fontSize: number, fontWeight: number): number {
	const key = `${fontWeight}|${text}`;
	let width = measured.get(key);
	if (width === undefined) {
		const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10"><text x="0" y="${MEASURE_SIZE}" font-family="${SEAL_FONT_FAMILY}" font-weight="${fontWeight}" font-size="${MEASURE_SIZE}">${escapeXml(text)}</text></svg>`;
		width = new Resvg(svg, renderOptions()).getBBox()?.width ?? 0;
		if (measured.size > 5000) measured.clear();
		measured.set(key, width);
	}
	return (width * fontSize) / MEASURE_SIZE;
}

const XML_ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' };

export function escapeXml(text: string): string {
	return text.replace(/[&<>"']/g, (char) => XML_ENTITIES[char]);
}

/** The same drawing with its text turned into outlines, so it shows the same everywhere, with or without the font. */
export function outlineSvg(svg: string): string {
	return new Resvg(svg, renderOptions()).toString();
}

/** A PNG `widthPx` wide that tells printers its intended size: `dotsPerMetre` in the pHYs chunk. */
export async function renderPng(svg: string, widthPx: number, dotsPerMetre: number): Promise<Buffer> {
	// Off the main thread: a print-size image takes a fraction of a second to draw.
	const png = (await renderAsync(svg, renderOptions({ fitTo: { mode: 'width', value: widthPx } }))).asPng();
	return withPhysicalSize(png, dotsPerMetre);
}

const PNG_SIGNATURE_LENGTH = 8;
const IHDR_CHUNK_LENGTH = 4 + 4 + 13 + 4;

/** Inserts a pHYs chunk (pixels per metre, both axes) right after IHDR, where the PNG specification wants it. */
function withPhysicalSize(png: Buffer, dotsPerMetre: number): Buffer {
	const data = Buffer.alloc(9);
	data.writeUInt32BE(dotsPerMetre, 0);
	data.writeUInt32BE(dotsPerMetre, 4);
	data.writeUInt8(1, 8);
	const typeAndData = Buffer.concat([Buffer.from('pHYs', 'latin1'), data]);
	const chunk = Buffer.alloc(4 + typeAndData.length + 4);
	chunk.writeUInt32BE(data.length, 0);
	typeAndData.copy(chunk, 4);
	chunk.writeUInt32BE(crc32(typeAndData), 4 + typeAndData.length);
	const split = PNG_SIGNATURE_LENGTH + IHDR_CHUNK_LENGTH;
	return Buffer.concat([png.subarray(0, split), chunk, png.subarray(split)]);
}
