import { and, desc, eq, sql } from 'drizzle-orm';
import { selectRows, type Database } from '../../db/types';
import { catalogueItem, type CatalogueKind } from './schema';

export type ItemDetail = typeof catalogueItem.$inferSelect & {
	municipalityName: string | null;
	territoryName: string | null;
	regionName: string | null;
	populationClassId: number | null;
};

/** One item with the names of its places; drafts and unpublished items only when asked (staff). */
export async function getItem(db: Database, kind: CatalogueKind, id: number, options: { includeUnpublished?: boolean } = {}): Promise<ItemDetail | null> {
	if (!Number.isSafeInteger(id) || id < 1) return null;
	const [row] = await db
		.select({
			item: catalogueItem,
			municipalityName: sql<string | null>`(select name from municipality where code = ${catalogueItem.municipalityCode})`,
			territoryName: sql<string | null>`(select name from territory where code = ${catalogueItem.territoryCode})`,
			regionName: sql<string | null>`(select name from region where code = ${catalogueItem.regionCode})`,
			populationClassId: sql<number | null>`(select id from population_class pc where ${catalogueItem.population} >= pc.min_population and (pc.max_population is null or ${catalogueItem.population} <= pc.max_population) order by pc.sort_order limit 1)`
		})
		.from(catalogueItem)
		.where(and(eq(catalogueItem.id, id), eq(catalogueItem.kind, kind), options.includeUnpublished ? undefined : eq(catalogueItem.status, 'published')));
	if (!row) return null;
	return { ...row.item, municipalityName: row.municipalityName, territoryName: row.territoryName, regionName: row.regionName, populationClassId: row.populationClassId };
}

export type RelatedItem = { id: number; kind: CatalogueKind; title: string; placeName: string | null; year: number | null; isDemo: boolean };

/**
 * Items close to this one: shared themes weigh most, then shared clientèles, then the same
 * population class, so a small town sees what towns of its size did on the same subject.
 */
export async function relatedItems(db: Database, item: ItemDetail, limit = 6): Promise<RelatedItem[]> {
	const themes = sql.raw(`'{${item.themeIds.map(Number).join(',')}}'::int[]`);
	const clienteles = sql.raw(`'{${item.clienteleIds.map(Number).join(',')}}'::int[]`);
	// One item per title: the same measure adopted by ten towns is one suggestion, not ten.
	const rows = await selectRows<{ id: number; kind: CatalogueKind; title: string; place_name: string | null; year: number | null; is_demo: boolean }>(
		db,
		sql`select id, kind, title, place_name, year, is_demo from (
				select distinct on (i.title_search) i.id, i.kind, i.title, coalesce(m.name, t.name) as place_name, i.year, i.is_demo,
					3 * cardinality(array(select unnest(i.theme_ids) intersect select unnest(${themes})))
					+ 2 * cardinality(array(select unnest(i.clientele_ids) intersect select unnest(${clienteles})))
					+ case when ${item.populationClassId}::int is not null and exists (
						select 1 from population_class pc where pc.id = ${item.populationClassId}
							and i.population >= pc.min_population and (pc.max_population is null or i.population <= pc.max_population)) then 2 else 0 end
					+ case when i.kind <> ${item.kind} then 1 else 0 end as closeness
				from catalogue_item i
				left join municipality m on m.code = i.municipality_code
				left join territory t on t.code = i.territory_code
				where i.status = 'published' and i.id <> ${item.id} and i.title_search <> ${item.titleSearch}
					and (i.theme_ids && ${themes} or i.clientele_ids && ${clienteles})
				order by i.title_search, closeness desc, i.year desc nulls last, i.id desc
			) candidates
			order by closeness desc, year desc nulls last, id desc
			limit ${limit}`
	);
	return rows.map((row) => ({ id: row.id, kind: row.kind, title: row.title, placeName: row.place_name, year: row.year, isDemo: row.is_demo }));
}

export async function listItemsOfMunicipality(db: Database, municipalityCode: string, limit: number) {
	return db
		.select({ id: catalogueItem.id, kind: catalogueItem.kind, title: catalogueItem.title, year: catalogueItem.year })
		.from(catalogueItem)
		.where(and(eq(catalogueItem.municipalityCode, municipalityCode), eq(catalogueItem.status, 'published')))
		.orderBy(desc(catalogueItem.year), desc(catalogueItem.id))
		.limit(limit);
}
