import { isoDay } from './table';

export type ExportKind = 'xlsx' | 'csv' | 'docx';

export const CONTENT_TYPES: Record<ExportKind, string> = {
	xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
	docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
	csv: 'text/csv; charset=utf-8'
};

const LIGATURES: Record<string, string> = { œ: 'oe', Œ: 'OE', æ: 'ae', Æ: 'AE', ß: 'ss' };

/** Accents and ligatures folded to plain ASCII letters: « Œuvre élégante » → « OEuvre elegante ». */
export function foldAccents(text: string): string {
	return text
		.normalize('NFD')
		.replace(/\p{M}/gu, '')
		.replace(/[œŒæÆß]/g, (letter) => LIGATURES[letter]);
}

/** A lowercase, dash-separated ASCII name: « Banque des mesures (été) » → « banque-des-mesures-ete ». */
export function slugify(text: string, maxLength = 80): string {
	const slug = foldAccents(text)
		.toLowerCase()
		.replace(/[^a-z0-9]+/g, '-')
		.replace(/^-+|-+$/g, '');
	return slug.slice(0, maxLength).replace(/-+$/, '');
}

/** `banque-mesures-2026-11-25.xlsx`: the slug of the name, the day (in Québec) and the extension. */
export function exportFileName(base: string, date: Date, ext: ExportKind): string {
	return `${slugify(base) || 'export'}-${isoDay(date)}.${ext}`;
}

/** The name for browsers that ignore `filename*`: printable ASCII without quotes, backslashes or path separators. */
function asciiFileName(filename: string): string {
	return foldAccents(filename).replace(/[^\x20-\x7e]|["\\/]/g, '_');
}

/** RFC 5987 percent-encoding: encodeURIComponent leaves ' ( ) * as they are, which the header grammar does not allow. */
function encodeRfc5987(text: string): string {
	return encodeURIComponent(text).replace(/['()*]/g, (char) => `%${char.charCodeAt(0).toString(16).toUpperCase()}`);
}

export function contentDisposition(filename: string): string {
	const name = filename.replace(/[\u0000-\u001f\u007f/\\]/g, '_');
	return `attachment; filename="${asciiFileName(name)}"; filename*=UTF-8''${encodeRfc5987(name)}`;
}

/** A response that downloads the file under its name, never cached and never sniffed as another type. */
export function attachment(body: Buffer | string, filename: string, kind: ExportKind): Response {
	const bytes = typeof body === 'string' ? new TextEncoder().encode(body) : new Uint8Array(body);
	return new Response(bytes, {
		headers: {
			'content-type': CONTENT_TYPES[kind],
			'content-disposition': contentDisposition(filename),
			'content-length': String(bytes.byteLength),
			'cache-control': 'no-store',
			'x-content-type-options': 'nosniff'
		}
	});
}
