// Espace MUNI's fiscal year (exercice) runs from 1 April to 31 March and is named by the year it
// starts in: 2024 is « 2024-2025 ». Dates are ISO calendar dates (YYYY-MM-DD), read in Québec time by callers.

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** The fiscal year a calendar date falls in. */
export function fiscalYearOf(isoDate: string): number {
	const match = ISO_DATE.exec(isoDate);
	if (!match) throw new Error(`Date invalide : ${isoDate}`);
	const year = Number(match[1]);
	return Number(match[2]) >= 4 ? year : year - 1;
}

/** First day and last day (both included) of a fiscal year. */
export function fiscalYearBounds(fiscalYear: number): { first: string; last: string } {
	return { first: `${fiscalYear}-04-01`, last: `${fiscalYear + 1}-03-31` };
}

/** « 2024-2025 » */
export function fiscalYearLabel(fiscalYear: number): string {
	return `${fiscalYear}-${fiscalYear + 1}`;
}

/** Reads « 2024-2025 » back; anything else (« 2024-2026 », « 2024 ») is null. */
export function parseFiscalYearLabel(label: string): number | null {
	const match = /^(\d{4})-(\d{4})$/.exec(label);
	if (!match) return null;
	const start = Number(match[1]);
	return Number(match[2]) === start + 1 && start >= 1900 && start < 3000 ? start : null;
}

/** The period a manifest's stats(period) receives for a fiscal year: from 1 April 00:00 to the next 1 April 00:00 (exclusive), Québec time. */
export function fiscalYearPeriod(fiscalYear: number): { start: Date; end: Date } {
	return { start: quebecMidnight(`${fiscalYear}-04-01`), end: quebecMidnight(`${fiscalYear + 1}-04-01`) };
}

/** Midnight in Montréal on a calendar date (EDT on 1 April, EST in winter). */
export function quebecMidnight(isoDate: string): Date {
	const utcGuess = new Date(`${isoDate}T00:00:00Z`);
	const offsetMinutes = montrealOffsetMinutes(utcGuess);
	return new Date(utcGuess.getTime() - offsetMinutes * 60_000);
}

/** Today's calendar date in Québec. */
export function quebecToday(now: Date = new Date()): string {
	return new Intl.DateTimeFormat('en-CA', { timeZone: 'America/Montreal', year: 'numeric', month: '2-digit', day: '2-digit' }).format(now);
}

/** Adds days to a calendar date. */
export function addDays(isoDate: string, days: number): string {
	const date = new Date(`${isoDate}T12:00:00Z`);
	date.setUTCDate(date.getUTCDate() + days);
	return date.toISOString().slice(0, 10);
}

function montrealOffsetMinutes(at: Date): number {
	const parts = new Intl.DateTimeFormat('en-US', { timeZone: 'America/Montreal', timeZoneName: 'longOffset' }).formatToParts(at);
	const zone = parts.find((part) => part.type === 'timeZoneName')?.value ?? 'GMT';
	const match = /GMT([+-])(\d{2}):(\d{2})/.exec(zone);
	if (!match) return 0;
	const minutes = Number(match[2]) * 60 + Number(match[3]);
	return match[1] === '-' ? -minutes : minutes;
}
