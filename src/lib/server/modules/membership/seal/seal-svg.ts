import { SEAL_FONT_FAMILY } from './fonts';
import { escapeXml, outlineSvg, renderPng, textWidth } from './render';

export type SealContent = {
	/** The member organisation's name, as it is on record. */
	name: string;
	/** The membership year it is a member for, « 2025-2026 ». */
	yearLabel: string;
	/** Read by screen readers and shown by file viewers: « Sceau Fièrement membre de Lévis, 2025-2026 ». */
	title: string;
};

/** The PNG: 2400 px for a seal printed 8 cm wide, i.e. 762 dpi (300 px per cm); still 300 dpi at 20 cm. */
export const SEAL_PNG_PIXELS = 2400;
export const SEAL_PRINT_CENTIMETRES = 8;
const SEAL_PNG_DOTS_PER_METRE = Math.round(SEAL_PNG_PIXELS / (SEAL_PRINT_CENTIMETRES / 100));

const SIZE = 1000;
const CENTRE = SIZE / 2;
const BRAND = '#00625a';
const BRAND_DARK = '#004540';
const INNER_RADIUS = 318;
/** The band between the white inner disc and the outer line, where the ring's words run. */
const RING_TEXT_SIZE = 60;
const RING_TOP_BASELINE = 382;
const RING_BOTTOM_BASELINE = 428;

const NAME_WEIGHT = 700;
/** The name's block sits above the year, inside the white disc. */
const NAME_BOX = { top: 300, bottom: 600, width: 500 };
const NAME_SIZES = [84, 76, 68, 62, 56, 50, 45, 40, 36, 32, 28, 25, 22];
const LINE_HEIGHT = 1.14;
const MIN_SIZE_WITHOUT_BREAKS = 56;

type Piece = { text: string; breakAfter: 'space' | 'hyphen' | 'end' };

/** The name cut where it may break: between words, and (when allowed) after a hyphen inside a compound name too wide for a line. */
function piecesOf(name: string, fontSize: number, splitCompounds: boolean): Piece[] {
	const words = name.trim().split(/\s+/).filter(Boolean);
	return words.flatMap((word, wordIndex) => {
		const tooWide = splitCompounds && textWidth(word, fontSize, NAME_WEIGHT) > NAME_BOX.width;
		const parts = tooWide ? word.split(/(?<=-)(?=.)/) : [word];
		return parts.map((text, partIndex): Piece => ({
			text,
			breakAfter: partIndex < parts.length - 1 ? 'hyphen' : wordIndex < words.length - 1 ? 'space' : 'end'
		}));
	});
}

/** Greedy line filling; null when a single piece is wider than the line. */
function wrap(pieces: Piece[], fontSize: number, maxWidth: number): string[] | null {
	const lines: string[] = [];
	let line = '';
	for (const [index, piece] of pieces.entries()) {
		const joiner = index > 0 && pieces[index - 1].breakAfter === 'space' ? ' ' : '';
		const candidate = line ? line + joiner + piece.text : piece.text;
		if (textWidth(candidate, fontSize, NAME_WEIGHT) <= maxWidth) {
			line = candidate;
			continue;
		}
		if (!line) return null;
		lines.push(line);
		line = piece.text;
		if (textWidth(line, fontSize, NAME_WEIGHT) > maxWidth) return null;
	}
	if (line) lines.push(line);
	return lines;
}

export type NameLayout = { lines: string[]; fontSize: number };

function fitAt(name: string, fontSize: number, splitCompounds: boolean): NameLayout | null {
	const maxLines = Math.max(1, Math.floor((NAME_BOX.bottom - NAME_BOX.top) / (fontSize * LINE_HEIGHT)));
	const lines = wrap(piecesOf(name, fontSize, splitCompounds), fontSize, NAME_BOX.width);
	return lines && lines.length <= maxLines ? { lines, fontSize } : null;
}

/**
 * The largest size at which the name fits the disc. Compound names stay whole while a readable size
 * allows it (Saint-Zénon); longer ones (Saint-Jean-Baptiste-de-Rouville) break after a hyphen rather than shrink.
 */
export function layoutName(name: string): NameLayout {
	for (const fontSize of NAME_SIZES.filter((size) => size >= MIN_SIZE_WITHOUT_BREAKS)) {
		const layout = fitAt(name, fontSize, false);
		if (layout) return layout;
	}
	for (const fontSize of NAME_SIZES) {
		const layout = fitAt(name, fontSize, true);
		if (layout) return layout;
	}
	const fontSize = NAME_SIZES[NAME_SIZES.length - 1];
	return { lines: wrap(piecesOf(name, fontSize, true), fontSize, Number.POSITIVE_INFINITY) ?? [name], fontSize };
}

function nameText({ lines, fontSize }: NameLayout): string {
	const lineHeight = fontSize * LINE_HEIGHT;
	const middle = (NAME_BOX.top + NAME_BOX.bottom) / 2;
	// Baselines placed so that the block of capitals is centred in the box.
	const firstBaseline = middle - ((lines.length - 1) * lineHeight) / 2 + fontSize * 0.36;
	const tspans = lines
		.map((line, index) => `<tspan x="${CENTRE}" y="${round(firstBaseline + index * lineHeight)}">${escapeXml(line)}</tspan>`)
		.join('');
	return `<text font-family="${SEAL_FONT_FAMILY}" font-weight="${NAME_WEIGHT}" font-size="${fontSize}" fill="${BRAND_DARK}" text-anchor="middle">${tspans}</text>`;
}

function star(cx: number, cy: number, radius: number): string {
	const points = Array.from({ length: 10 }, (_, index) => {
		const angle = -Math.PI / 2 + (index * Math.PI) / 5;
		const r = index % 2 === 0 ? radius : radius * 0.45;
		return `${round(cx + r * Math.cos(angle))},${round(cy + r * Math.sin(angle))}`;
	});
	return `<polygon points="${points.join(' ')}" fill="#ffffff"/>`;
}

const round = (value: number) => Math.round(value * 10) / 10;

/** An arc through the top (left to right, letters upright outside it) or the bottom (letters upright inside it). */
const arc = (radius: number, through: 'top' | 'bottom') =>
	`M ${CENTRE - radius} ${CENTRE} A ${radius} ${radius} 0 0 ${through === 'top' ? 1 : 0} ${CENTRE + radius} ${CENTRE}`;

/** The seal as an SVG with live text in Inter: the source of the PNG and of the outlined download. */
export function sealSvg(content: SealContent): string {
	const ringText = (id: string, text: string) =>
		`<text font-family="${SEAL_FONT_FAMILY}" font-weight="800" font-size="${RING_TEXT_SIZE}" letter-spacing="5" fill="#ffffff"><textPath href="#${id}" startOffset="50%" text-anchor="middle">${escapeXml(text)}</textPath></text>`;
	return [
		`<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${SIZE} ${SIZE}" width="${SIZE}" height="${SIZE}" role="img" aria-labelledby="seal-title">`,
		`<title id="seal-title">${escapeXml(content.title)}</title>`,
		`<defs><path id="seal-top" d="${arc(RING_TOP_BASELINE, 'top')}"/><path id="seal-bottom" d="${arc(RING_BOTTOM_BASELINE, 'bottom')}"/></defs>`,
		`<circle cx="${CENTRE}" cy="${CENTRE}" r="${CENTRE - 8}" fill="${BRAND}"/>`,
		`<circle cx="${CENTRE}" cy="${CENTRE}" r="${CENTRE - 34}" fill="none" stroke="#ffffff" stroke-width="5"/>`,
		`<circle cx="${CENTRE}" cy="${CENTRE}" r="${INNER_RADIUS}" fill="#ffffff"/>`,
		ringText('seal-top', 'FIÈREMENT MEMBRE'),
		ringText('seal-bottom', 'ESPACE MUNI'),
		star(CENTRE - 405, CENTRE, 26),
		star(CENTRE + 405, CENTRE, 26),
		nameText(layoutName(content.name)),
		`<line x1="${CENTRE - 90}" y1="650" x2="${CENTRE + 90}" y2="650" stroke="${BRAND}" stroke-width="5" stroke-linecap="round"/>`,
		`<text x="${CENTRE}" y="728" font-family="${SEAL_FONT_FAMILY}" font-weight="800" font-size="58" fill="${BRAND}" text-anchor="middle">${escapeXml(content.yearLabel)}</text>`,
		'</svg>'
	].join('\n');
}

/** The download: text drawn as outlines (no font needed to show the name right), with its title kept for screen readers. */
export function sealDownloadSvg(content: SealContent): string {
	const outlined = outlineSvg(sealSvg(content));
	return outlined.replace(
		/<svg\b([^>]*)>/,
		`<svg$1 role="img" aria-labelledby="seal-title"><title id="seal-title">${escapeXml(content.title)}</title>`
	);
}

export function sealPng(content: SealContent): Promise<Buffer> {
	return renderPng(sealSvg(content), SEAL_PNG_PIXELS, SEAL_PNG_DOTS_PER_METRE);
}
