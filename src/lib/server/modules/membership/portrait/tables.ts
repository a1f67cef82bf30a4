import { formatDate, populationClassLabel } from '$lib/format';
import { organisationKindLabels } from '$lib/labels';
import { m } from '$lib/paraglide/messages.js';
import { toXlsx } from '../../../platform/exports/xlsx';
import type { ExportTable } from '../../../platform/exports/table';
import type { PortraitCounts } from './portrait';

export type PortraitRow = { label: string; href?: string; count: number; previous: number | null };

export type PortraitTable = {
	key: 'type' | 'region' | 'class';
	title: string;
	header: string;
	rows: PortraitRow[];
	total: PortraitRow;
};

/** The portrait's three tables, each row with the same figure on the comparison day when there is one. */
export function portraitTables(current: PortraitCounts, previous: PortraitCounts | null = null): PortraitTable[] {
	const row = (label: string, count: number, before: number | undefined, href?: string): PortraitRow => ({
		label,
		count,
		previous: previous ? (before ?? 0) : null,
		...(href ? { href } : {})
	});
	const total = (count: number, before: number | undefined) => row(m.portrait_total(), count, before);
	return [
		{
			key: 'type',
			title: m.portrait_by_type(),
			header: m.portrait_column_type(),
			rows: current.byType.map((entry, index) => row(organisationKindLabels[entry.kind](), entry.count, previous?.byType[index]?.count)),
			total: total(current.total, previous?.total)
		},
		{
			key: 'region',
			title: m.portrait_by_region(),
			header: m.portrait_column_region(),
			rows: [
				...current.byRegion.map((entry, index) => row(entry.name, entry.count, previous?.byRegion[index]?.count, `/regions/${entry.code}`)),
				row(m.portrait_no_region(), current.byGroup.other, previous?.byGroup.other)
			],
			total: total(current.total, previous?.total)
		},
		{
			key: 'class',
			title: m.portrait_by_class(),
			header: m.portrait_column_class(),
			rows: current.byPopulationClass.map((entry) =>
				row(
					entry.id === null ? m.portrait_unknown_population() : populationClassLabel(entry),
					entry.count,
					previous?.byPopulationClass.find((other) => other.id === entry.id)?.count
				)
			),
			total: total(current.byGroup.municipal, previous?.byGroup.municipal)
		}
	];
}

/** The tables as a workbook, one sheet each, with the comparison day and the difference when there is one. */
export function portraitWorkbook(tables: readonly PortraitTable[], on: string, previousOn: string | null): Promise<Buffer> {
	const sheets = tables.map(
		(table): ExportTable => ({
			title: table.title,
			columns: [
				{ key: 'label', header: table.header },
				{ key: 'count', header: formatDate(on), kind: 'number' },
				...(previousOn
					? [
							{ key: 'previous', header: formatDate(previousOn), kind: 'number' as const },
							{ key: 'difference', header: m.portrait_column_difference(), kind: 'number' as const }
						]
					: [])
			],
			rows: [...table.rows, table.total].map((row) => ({
				label: row.label,
				count: row.count,
				previous: row.previous,
				difference: row.previous === null ? null : row.count - row.previous
			}))
		})
	);
	return toXlsx(sheets, { creator: 'Espace MUNI' });
}
