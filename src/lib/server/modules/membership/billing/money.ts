import { getLocale } from '$lib/paraglide/runtime';

/** The largest amount a form accepts: far above any dues, far below the integer column's limit. */
export const MAX_AMOUNT_CENTS = 100_000_000;

export type DollarsReading = { cents: number; problem?: undefined } | { cents?: undefined; problem: 'empty' | 'invalid' | 'negative' | 'too_large' };

/**
 * Reads an amount typed in dollars, the French way or the English way: « 1 250,00 », « 1250.00 », « 1 250 $ »,
 * « 1,250.50 ». With both separators, the last one is the decimal mark.
 */
export function readDollars(typed: string): DollarsReading {
	let text = typed.replace(/[\s\u00a0\u202f]/g, '').replace(/\$/g, '');
	if (text === '') return { problem: 'empty' };
	const negative = text.startsWith('-');
	if (negative) text = text.slice(1);
	const decimalMark = Math.max(text.lastIndexOf(','), text.lastIndexOf('.'));
	if (text.includes(',') && text.includes('.')) {
		text = text.slice(0, decimalMark).replace(/[.,]/g, '') + '.' + text.slice(decimalMark + 1);
	} else {
		text = text.replace(',', '.');
	}
	const match = /^(\d+)(?:\.(\d{1,2}))?$/.exec(text);
	if (!match) return { problem: 'invalid' };
	const cents = Number(match[1]) * 100 + Number((match[2] ?? '').padEnd(2, '0'));
	if (negative && cents > 0) return { problem: 'negative' };
	if (cents > MAX_AMOUNT_CENTS) return { problem: 'too_large' };
	return { cents };
}

const formatters = new Map<string, Intl.NumberFormat>();

function formatter(style: 'currency' | 'decimal'): Intl.NumberFormat {
	const locale = getLocale() === 'fr' ? 'fr-CA' : 'en-CA';
	const key = `${locale}:${style}`;
	let cached = formatters.get(key);
	if (!cached) {
		cached = new Intl.NumberFormat(locale, { style, currency: 'CAD', minimumFractionDigits: 2, maximumFractionDigits: 2 });
		formatters.set(key, cached);
	}
	return cached;
}

/** « 1 250,00 $ » (French) or « $1,250.00 » (English). */
export function formatDollars(cents: number): string {
	return formatter('currency').format(cents / 100);
}

/** The amount as typed back into a form: « 1 250,00 », without the currency sign. */
export function dollarsInputValue(cents: number): string {
	return formatter('decimal').format(cents / 100);
}
