import { sql, type SQL } from 'drizzle-orm';
import type { Database } from '../../db/types';
import type { CatalogueKind } from './schema';

/** Words that describe each kind, so that « subvention transport » finds funding programmes. */
const KIND_WORDS: Record<CatalogueKind, string> = {
	mesure: 'mesure plan d’action',
	initiative: 'initiative inspirante',
	programme: 'programme de subvention aide financière financement',
	outil: 'outil'
};

const kindWords = sql.join(
	Object.entries(KIND_WORDS).map(([kind, words]) => sql`when ${kind} then ${words}`),
	sql` `
);

/**
 * Recomputes what an item derives from other records: its region, MRC and population from its
 * municipality (or MRC), and `facet_text`, the labels of its terms and the names of its places,
 * which the full-text vector indexes so that free text also matches « Lévis » or « aînés ».
 * Then adds the items' words to the spelling lexicon. Runs in the caller's transaction.
 */
export async function refreshDerived(db: Database, itemIds: readonly number[] | 'all'): Promise<void> {
	const target: SQL = itemIds === 'all' ? sql`true` : sql`i.id = any(${sql.raw(`'{${itemIds.map(Number).join(',')}}'`)}::int[])`;
	if (itemIds !== 'all' && itemIds.length === 0) return;
	// One UPDATE, so that each item is rewritten once: three passes left three dead rows per item.
	await db.execute(sql`
		update catalogue_item i set
			territory_code = place.territory_code,
			region_code = place.region_code,
			population = place.population,
			facet_text = concat_ws(' ',
				case i.kind ${kindWords} end,
				(select string_agg(term.label, ' ') from catalogue_term term
					where term.id = any(i.theme_ids) or term.id = any(i.clientele_ids) or term.id = i.policy_type_id or term.id = i.tool_type_id),
				place.municipality_name, place.territory_name, place.region_name)
		from (
			select i.id, m.name as municipality_name, t.name as territory_name, r.name as region_name, t.code as territory_code, r.code as region_code,
				coalesce(m.population, case when i.municipality_code is null and t.code is not null
					then (select coalesce(sum(population), 0)::int from municipality where territory_code = t.code) end, i.population) as population
			from catalogue_item i
			left join municipality m on m.code = i.municipality_code
			left join territory t on t.code = coalesce(m.territory_code, i.territory_code)
			left join region r on r.code = coalesce(m.region_code, t.region_code, i.region_code)
			where ${target}
		) place
		where place.id = i.id`);
	await db.execute(sql`
		insert into catalogue_word (word)
		select distinct word from catalogue_item i,
			regexp_split_to_table(search_normalize(i.title || ' ' || i.facet_text || ' ' || i.description), ' ') as word
		where ${target} and length(word) between 3 and 40 and word !~ '^[0-9]+$'
		on conflict do nothing`);
}
