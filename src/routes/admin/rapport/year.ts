import { fiscalYearLabel, fiscalYearOf, parseFiscalYearLabel, quebecToday } from '$lib/fiscal-year';

/** The fiscal year the back office works on: the one in the address, else the last one ended (the one being reported). */
export function workingYear(url: URL): number {
	return parseFiscalYearLabel(url.searchParams.get('exercice') ?? '') ?? fiscalYearOf(quebecToday()) - 1;
}

/** The years offered in the year pickers: four back and the one under way. */
export function yearChoices(selected: number): string[] {
	const current = fiscalYearOf(quebecToday());
	const years = new Set([current, current - 1, current - 2, current - 3, current - 4, selected]);
	return [...years].sort((a, b) => b - a).map(fiscalYearLabel);
}
