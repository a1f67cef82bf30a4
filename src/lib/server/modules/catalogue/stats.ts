import { sql } from 'drizzle-orm';
import { selectRows, type Database } from '../../db/types';
import { audienceIn } from '../../platform/analytics/service';
import type { Period } from '../../platform/manifest';
import { CATALOGUE_KINDS, type CatalogueKind } from './schema';

export const CATALOGUE_AUDIENCE_SCOPE = 'catalogue';

export type CatalogueFigures = {
	published: Record<CatalogueKind, number>;
	added: Record<CatalogueKind, number>;
	searches: number;
	searchesWithoutResult: number;
	visitorDays: number;
};

/** Published items by kind at the end of the period, items published during it, and the bank's audience. */
export async function catalogueFigures(db: Database, period: Period): Promise<CatalogueFigures> {
	const rows = await selectRows<{ kind: CatalogueKind; published: number; added: number }>(
		db,
		sql`select kind,
				count(*) filter (where coalesce(published_at, created_at) < ${period.end.toISOString()})::int as published,
				count(*) filter (where coalesce(published_at, created_at) >= ${period.start.toISOString()} and coalesce(published_at, created_at) < ${period.end.toISOString()})::int as added
			from catalogue_item where status = 'published' group by kind`
	);
	const byKind = (column: 'published' | 'added') =>
		Object.fromEntries(CATALOGUE_KINDS.map((kind) => [kind, rows.find((row) => row.kind === kind)?.[column] ?? 0])) as Record<CatalogueKind, number>;
	const audience = await audienceIn(db, CATALOGUE_AUDIENCE_SCOPE, period);
	return {
		published: byKind('published'),
		added: byKind('added'),
		searches: audience.events.search ?? 0,
		searchesWithoutResult: audience.events['search-without-result'] ?? 0,
		visitorDays: audience.visitorDays
	};
}
