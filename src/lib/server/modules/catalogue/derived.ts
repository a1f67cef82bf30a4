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
	await db.execute(sql`
		update catalogue_item i set territory_code = m.territory_code, region_code = m.region_code, population = m.population
		from municipality m where m.code = i.municipality_code and ${target}`);
	await db.execute(sql`
		update catalogue_item i set region_code = t.region_code,
			population = (select coalesce(sum(population), 0)::int from municipality where territory_code = t.code)
		from territory t where i.municipality_code is null and t.code = i.territory_code and ${target}`);
	await db.execute(sql`
		update catalogue_item i set facet_text = concat_ws(' ',
			case i.kind ${kindWords} end,
			(select string_agg(term.label, ' ') from catalogue_term term
				where term.id = any(i.theme_ids) or term.id = any(i.clientele_ids) or term.id = i.policy_type_id or term.id = i.tool_type_id),
			(select name from municipality where code = i.municipality_code),
			(select name from territory where code = i.territory_code),
			(select name from region where code = i.region_code))
		where ${target}`);
	await db.execute(sql`
		insert into catalogue_word (word)
		select distinct word from catalogue_item i,
			regexp_split_to_table(search_normalize(i.title || ' ' || i.facet_text || ' ' || i.description), ' ') as word
		where ${target} and length(word) between 3 and 40 and word !~ '^[0-9]+$'
		on conflict do nothing`);
}
