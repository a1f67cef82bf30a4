/** One cell of an exported table; a string[] is a list of values shown as one cell. */
export type ExportCell = string | number | Date | null | string[];

export type ExportColumnKind = 'text' | 'number' | 'date' | 'url';

export type ExportColumn = {
	key: string;
	header: string;
	/** Width in characters, as Excel counts it; worked out from the content when missing. */
	width?: number;
	kind?: ExportColumnKind;
};

/** The one shape every export format renders: CSV, Excel sheet, Word table. */
export type ExportTable = {
	title: string;
	columns: ExportColumn[];
	rows: Record<string, ExportCell>[];
};

export const LIST_SEPARATOR = '; ';

const QUEBEC_DAY = new Intl.DateTimeFormat('en-CA', {
	timeZone: 'America/Toronto',
	year: 'numeric',
	month: '2-digit',
	day: '2-digit'
});

const isUtcMidnight = (date: Date) =>
	date.getUTCHours() === 0 && date.getUTCMinutes() === 0 && date.getUTCSeconds() === 0 && date.getUTCMilliseconds() === 0;

/**
 * The calendar day of a date as yyyy-mm-dd. A date at exactly midnight UTC is a date-only value
 * (a `date` column, `new Date('2026-11-25')`) and keeps its UTC day; any other instant is a moment
 * of activity and gets the day it was in Québec, so an evening event does not slip to the next day.
 */
export function isoDay(date: Date): string {
	if (isUtcMidnight(date)) return date.toISOString().slice(0, 10);
	return QUEBEC_DAY.format(date);
}

/** The cell as plain text, the way CSV and Word show it. */
export function cellText(value: ExportCell | undefined): string {
	if (value === null || value === undefined) return '';
	if (Array.isArray(value)) return value.filter((item) => item !== '').join(LIST_SEPARATOR);
	if (value instanceof Date) return Number.isNaN(value.getTime()) ? '' : isoDay(value);
	if (typeof value === 'number') return Number.isFinite(value) ? String(value) : '';
	return value;
}

// Spreadsheet programs run a cell starting with one of these as a formula (OWASP « CSV injection »).
const FORMULA_START = /^'*[=+\-@\t\r]/;

/**
 * Whether a text would be taken for a formula. Text that already starts with apostrophes before such a
 * character counts too, so that `unguardFormula` undoes `guardFormula` exactly.
 */
export const looksLikeFormula = (text: string) => FORMULA_START.test(text);

export const guardFormula = (text: string) => (looksLikeFormula(text) ? `'${text}` : text);

export const unguardFormula = (text: string) => (text.startsWith("'") && looksLikeFormula(text.slice(1)) ? text.slice(1) : text);

/** Only these open from a spreadsheet or document link; anything else (javascript:, file:) stays plain text. */
export function safeLink(text: string): string | null {
	try {
		const url = new URL(text.trim());
		return ['http:', 'https:', 'mailto:'].includes(url.protocol) ? url.href : null;
	} catch {
		return null;
	}
}
