import { sql } from 'drizzle-orm';
import { expect, test } from 'vitest';
import { describeOnEachDatabase } from '../../db/test-databases';
import { currentFacetSnapshot, readCatalogueVersion } from './facet-index';
import { emptyCatalogueQuery } from './query';
import { loadSearchContext, searchCatalogue } from './search';
import { insertItems } from './store';
import { loadTerms } from './terms';

describeOnEachDatabase('catalogue facet snapshot', (context) => {
	const search = (text: string) => searchCatalogue(context.db, emptyCatalogueQuery({ text }));

	test('a change made by any process reaches the next search, through the version in the database', async () => {
		const terms = await loadTerms(context.db);
		const culture = terms.bySlug('theme', 'culture')!.id;
		const [id] = await insertItems(context.db, [
			{ kind: 'mesure', status: 'published', title: 'Créer une murale participative', description: 'Avec les jeunes du quartier.', municipalityCode: '25213', themeIds: [culture], year: 2024 }
		]);
		const first = await search('murale');
		expect(first.items.map((item) => item.id)).toEqual([id]);
		expect(first.facets.themes).toContainEqual({ value: 'culture', count: 1, selected: false });
		const before = await currentFacetSnapshot(context.db);
		expect(await currentFacetSnapshot(context.db)).toBe(before);

		// Written in plain SQL, as another instance of the platform would: no code path of this process runs.
		const version = await readCatalogueVersion(context.db);
		await context.db.execute(sql`update catalogue_item set status = 'unpublished' where id = ${id}`);
		expect(await readCatalogueVersion(context.db)).toBeGreaterThan(version);
		const afterUnpublishing = await search('murale');
		expect(afterUnpublishing.total).toBe(0);
		expect(afterUnpublishing.facets.themes.find((entry) => entry.value === 'culture')?.count ?? 0).toBe(0);

		await context.db.execute(sql`update catalogue_item set status = 'published', theme_ids = ${sql.raw(`'{${terms.bySlug('theme', 'loisir')!.id}}'::int[]`)} where id = ${id}`);
		const republished = await search('murale');
		expect(republished.items.map((item) => item.id)).toEqual([id]);
		expect(republished.facets.themes.map((entry) => entry.value)).toEqual(['loisir']);
	});

	test('a change to vocabularies, regions or population classes also bumps the version, and the search context follows', async () => {
		for (const change of [
			sql`update catalogue_term set sort_order = sort_order where slug = 'culture'`,
			sql`update population_class set min_population = min_population where id = 1`
		]) {
			const version = await readCatalogueVersion(context.db);
			await context.db.execute(change);
			expect(await readCatalogueVersion(context.db)).toBeGreaterThan(version);
		}
		const before = await loadSearchContext(context.db);
		expect(await loadSearchContext(context.db)).toBe(before);
		await context.db.execute(sql`update region set name = 'Gaspésie' where code = '11'`);
		const after = await loadSearchContext(context.db);
		expect(after.regions.find((region) => region.code === '11')?.name).toBe('Gaspésie');
	});
});
