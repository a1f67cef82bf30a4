import { fiscalYearOf, parseFiscalYearLabel, quebecToday } from '$lib/fiscal-year';

/** The campaign year asked for in `?annee=2025-2026`, this year's campaign otherwise. */
export function campaignYearOf(url: URL): number {
	return parseFiscalYearLabel(url.searchParams.get('annee') ?? '') ?? fiscalYearOf(quebecToday());
}
