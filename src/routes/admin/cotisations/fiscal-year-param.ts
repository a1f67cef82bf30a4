import { fiscalYearOf, parseFiscalYearLabel, quebecToday } from '$lib/fiscal-year';

/** The fiscal year asked for in `?exercice=2025-2026` (or a form field of that name); the current one otherwise. */
export function requestedFiscalYear(value: FormDataEntryValue | string | null): number {
	return (typeof value === 'string' ? parseFiscalYearLabel(value) : null) ?? fiscalYearOf(quebecToday());
}
