import { sql } from 'drizzle-orm';
import { expect, test } from 'vitest';
import { describeOnEachDatabase } from '../../db/test-databases';
import { selectRows } from '../../db/types';
import { mulberry32 } from './demo/generate';
import { emptyCatalogueQuery, type CatalogueQuery } from './query';
import { searchCatalogue } from './search';
import { loadTerms } from './terms';

const fold = (text: string) => text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();

/** Ranking and counting on the demonstration bank: thousands of realistic items, as people search them. */
describeOnEachDatabase(
	'catalogue search on the demonstration bank',
	(context) => {
		const search = (changes: Partial<CatalogueQuery>) => searchCatalogue(context.db, emptyCatalogueQuery(changes));

		test.each([
			['halte-garderie', ['halte-garderie']],
			['halte garderie', ['halte-garderie']],
			['logement abordable', ['logement', 'abordable']],
			['logements aines', ['logement', 'aine']],
			['jardins communautaires', ['jardin', 'communautaire']],
			['trottoirs', ['trottoir']],
			['camp de jour', ['camp de jour']],
			['proches aidants', ['proches aidants']],
			['lgoement', ['logement']]
		])('« %s »: the first results hold the words in their title', async (text, words) => {
			const { items, total } = await search({ text });
			expect(total).toBeGreaterThan(0);
			for (const item of items.slice(0, 5)) {
				for (const word of words) expect(fold(item.title), `${item.title} pour « ${text} »`).toContain(fold(word));
			}
		});

		test('a place name brings that place’s items first', async () => {
			const { items } = await search({ text: 'Rimouski' });
			expect(items.length).toBeGreaterThan(0);
			expect(items[0].placeName).toBe('Rimouski');
		});

		test('facet counts equal the number of matching rows, for random facet combinations', async () => {
			const random = mulberry32(2024);
			const pick = <T>(values: T[]) => values[Math.floor(random() * values.length)];
			const all = await search({});
			for (let round = 0; round < 6; round++) {
				const query: Partial<CatalogueQuery> = {
					themes: [pick(all.facets.themes).value],
					regions: round % 2 ? [pick(all.facets.regions).value] : [],
					text: round % 3 === 0 ? pick(['parc', 'transport', 'aînés', 'famille']) : ''
				};
				const result = await search(query);
				for (const facet of ['clienteles', 'policyTypes', 'populationClasses'] as const) {
					for (const entry of result.facets[facet].slice(0, 3)) {
						const value = facet === 'populationClasses' ? Number(entry.value) : entry.value;
						const narrowed = await search({ ...query, [facet]: [value] });
						expect(narrowed.total, `${JSON.stringify(query)} + ${facet}=${entry.value}`).toBe(entry.count);
					}
				}
			}
		});

		test('counts and orders agree with plain SQL over the same rows', async () => {
			const terms = await loadTerms(context.db);
			const transport = terms.bySlug('theme', 'transport')!.id;
			const matching = sql`status = 'published' and search_vector @@ to_tsquery('fr_unaccent', 'aines:*') and theme_ids && ${sql.raw(`'{${transport}}'::int[]`)}`;
			const byRegion = await selectRows<{ region_code: string; n: number }>(
				context.db,
				sql`select region_code, count(*)::int as n from catalogue_item where ${matching} and region_code is not null group by region_code`
			);
			const result = await search({ text: 'aînés', themes: ['transport'] });
			expect(result.total).toBe(byRegion.reduce((sum, row) => sum + row.n, 0) + (await selectRows<{ n: number }>(context.db, sql`select count(*)::int as n from catalogue_item where ${matching} and region_code is null`))[0].n);
			expect(new Map(result.facets.regions.map((entry) => [entry.value, entry.count]))).toEqual(new Map(byRegion.map((row) => [row.region_code, row.n])));

			const idsInOrder = async (order: ReturnType<typeof sql>) =>
				(await selectRows<{ id: number }>(context.db, sql`select id from catalogue_item where ${matching} order by ${order} limit 20`)).map((row) => row.id);
			const ids = async (sort: CatalogueQuery['sort']) => (await search({ text: 'aînés', themes: ['transport'], sort })).items.map((item) => item.id);
			expect(await ids('recent')).toEqual(await idsInOrder(sql`year desc nulls last, published_at desc nulls last, id desc`));
			expect(await ids('titre')).toEqual(await idsInOrder(sql`title_search, id desc`));
			expect(await ids('pertinence')).toEqual(
				await idsInOrder(
					sql`ts_rank_cd(search_vector, to_tsquery('fr_unaccent', 'aines:*'), 1) + case when title_search like '%aines%' then 1 else 0 end desc, year desc nulls last, id desc`
				)
			);
			// The same words without the theme: the match is reused, and the items the theme had left out are ranked now.
			const unfiltered = await selectRows<{ id: number }>(
				context.db,
				sql`select id from catalogue_item where status = 'published' and search_vector @@ to_tsquery('fr_unaccent', 'aines:*')
					order by ts_rank_cd(search_vector, to_tsquery('fr_unaccent', 'aines:*'), 1) + case when title_search like '%aines%' then 1 else 0 end desc, year desc nulls last, id desc limit 20`
			);
			expect((await search({ text: 'aînés' })).items.map((item) => item.id)).toEqual(unfiltered.map((row) => row.id));
		});

		test('without text or filter, the total is every published item', async () => {
			const [{ published }] = await selectRows<{ published: number }>(context.db, sql`select count(*)::int as published from catalogue_item where status = 'published'`);
			const { total, facets } = await search({});
			expect(total).toBe(published);
			expect(facets.kinds.reduce((sum, entry) => sum + entry.count, 0)).toBe(published);
			expect(published).toBeGreaterThan(4_000);
		});
	},
	{ demoContent: true }
);
