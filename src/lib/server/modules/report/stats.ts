import { sql } from 'drizzle-orm';
import { addDays, fiscalYearOf, fiscalYearPeriod, quebecToday } from '$lib/fiscal-year';
import { m } from '$lib/paraglide/messages.js';
import { selectRows, type Database } from '../../db/types';
import type { Period, StatFigure } from '../../platform/manifest';
import { reportPath } from './paths';
import { REPRESENTATION_TYPES } from './schema';

type RepresentationType = (typeof REPRESENTATION_TYPES)[number];

const LABELS: Record<RepresentationType, () => string> = {
	instance: m.report_stat_representation_instance,
	evenement: m.report_stat_representation_evenement,
	salon: m.report_stat_representation_salon,
	recherche: m.report_stat_representation_recherche,
	prise_de_position: m.report_stat_representation_prise_de_position
};

/** The report's own figures: representation entries by type that overlap the period, seen in the report of that fiscal year. */
export async function reportStatFigures(db: Database, period: Period): Promise<StatFigure[]> {
	const first = quebecToday(period.start);
	const last = addDays(quebecToday(period.end), -1);
	const rows = await selectRows<{ type: RepresentationType; entries: number }>(
		db,
		sql`select type, count(*)::int as entries from representation where start_on <= ${last} and (end_on is null or end_on >= ${first}) group by type`
	);
	const fiscalYear = fiscalYearOf(first);
	const isFiscalYear = fiscalYearPeriod(fiscalYear).start.getTime() === period.start.getTime() && fiscalYearPeriod(fiscalYear).end.getTime() === period.end.getTime();
	return REPRESENTATION_TYPES.map((type) => ({
		key: `report.representation.${type}`,
		label: LABELS[type],
		value: rows.find((row) => row.type === type)?.entries ?? 0,
		source: isFiscalYear ? `${reportPath(fiscalYear)}#representation-${type}` : '/rapport'
	}));
}
