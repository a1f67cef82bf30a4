import { quebecToday } from '$lib/fiscal-year';
import { memberPortraits, parseDay, sameDayYearBefore } from '$lib/server/modules/membership/portrait/portrait';
import type { Database } from '$lib/server/db/types';

/** The day asked in `?date=` (today when absent or not a real day) and the same day a year earlier. */
export async function portraitsAsked(db: Database, url: URL) {
	const typed = url.searchParams.get('date')?.trim() ?? '';
	const asked = typed ? parseDay(typed) : null;
	const on = asked ?? quebecToday();
	const previousOn = sameDayYearBefore(on);
	const [current, previous] = await memberPortraits(db, [on, previousOn]);
	return { typed, invalid: typed !== '' && asked === null, on, previousOn, current, previous };
}
