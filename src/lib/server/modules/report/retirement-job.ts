import { fiscalYearOf, fiscalYearPeriod } from '$lib/fiscal-year';
import type { Database } from '../../db/types';
import { collectStats, type StatSource } from './figures';
import { retireReplacedIndicators } from './indicators';
import { getAnnualReport } from './publication';

/**
 * Once a day: in the fiscal year under way and the one before (whose report is written after it
 * ends), typed figures that a module now computes are retired; a published report is left as it is.
 */
export async function retireDailyForReports(db: Database, today: string, manifests: readonly StatSource[]): Promise<void> {
	const current = fiscalYearOf(today);
	for (const fiscalYear of [current - 1, current]) {
		if ((await getAnnualReport(db, fiscalYear))?.status === 'published') continue;
		const keys = new Set((await collectStats(db, manifests, fiscalYearPeriod(fiscalYear))).keys());
		await retireReplacedIndicators(db, null, fiscalYear, keys);
	}
}
