import type { CatalogueKind } from '../schema';

/**
 * The bank as the 2024-2025 activity report describes it on 31 March 2025: 3 711 measures, 54 funding
 * programmes (« subventions ») and 116 inspiring initiatives. The demonstration content is larger; the
 * rest entered the bank later, so the report's figures come out of the records on that date.
 */
export const BANK_ON_31_MARCH_2025: Partial<Record<CatalogueKind, number>> = { mesure: 3_711, programme: 54, initiative: 116 };

const CUTOFF = Date.UTC(2025, 3, 1);
const DAY = 86_400_000;

type Dated = { kind: CatalogueKind; publishedAt?: Date | null };

/**
 * Gives each kind exactly `counts[kind]` items published before 1 April 2025: the earliest keep their
 * date; the others are moved into the following year (spread over the ten months from mid-April, in the same order), and
 * when too few are early, the latest early ones are moved back before the cutoff, spread over the year before.
 */
export function alignPublicationDates<Row extends Dated>(rows: Row[], counts: Partial<Record<CatalogueKind, number>> = BANK_ON_31_MARCH_2025): Row[] {
	for (const [kind, wanted] of Object.entries(counts) as [CatalogueKind, number][]) {
		const ofKind = rows
			.map((row, index) => ({ row, index }))
			.filter(({ row }) => row.kind === kind)
			.sort((a, b) => (a.row.publishedAt?.getTime() ?? 0) - (b.row.publishedAt?.getTime() ?? 0) || a.index - b.index);
		ofKind.forEach(({ row }, rank) => {
			const time = row.publishedAt?.getTime() ?? CUTOFF;
			if (rank < wanted && time >= CUTOFF) row.publishedAt = new Date(CUTOFF - 365 * DAY + Math.floor((rank * 360 * DAY) / wanted));
			const later = ofKind.length - wanted;
			if (rank >= wanted && time < CUTOFF) row.publishedAt = new Date(CUTOFF + 14 * DAY + Math.floor(((rank - wanted) * 300 * DAY) / later));
		});
	}
	return rows;
}
