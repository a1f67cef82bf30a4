import { count, eq, sql } from 'drizzle-orm';
import { join } from 'node:path';
import { expect, test } from 'vitest';
import { describeOnEachDatabase } from '../../db/test-databases';
import { seedPlatform } from '../../db/seed';
import { selectRows } from '../../db/types';
import { AppError } from '../../platform/errors';
import type { Actor } from '../../platform/roles';
import { VISITOR } from '../../platform/roles';
import { modules } from '../../platform/modules';
import { borough, municipality, populationClass, region, territory } from './schema';
import {
	addBorough,
	getMunicipality,
	getRegion,
	listRegions,
	quebecMap,
	regionMap,
	municipalitiesNamed,
	searchMunicipalities,
	searchPlaces
} from './service';
import { parseMunicipalityQuery, type MunicipalityQuery } from './validation';

const staff: Actor = { role: 'staff', userId: null, organisationIds: [], regionCodes: [] };

const query = (changes: Partial<MunicipalityQuery> = {}): MunicipalityQuery => ({
	text: '',
	regionCode: null,
	territoryCode: null,
	populationClassId: null,
	sort: 'nom',
	page: 1,
	...changes
});

describeOnEachDatabase('territory reference data and directory', (context) => {
	test('loads the 17 regions, 104 MRC and equivalent territories, 1,122 municipalities and 7 classes', async () => {
		const { db } = context;
		const [[regions], [territories], [municipalities], [classes]] = await Promise.all([
			db.select({ n: count() }).from(region),
			db.select({ n: count() }).from(territory),
			db.select({ n: count() }).from(municipality),
			db.select({ n: count() }).from(populationClass)
		]);
		expect([regions.n, territories.n, municipalities.n, classes.n]).toEqual([17, 104, 1122, 7]);
		const [brossard] = await db.select().from(municipality).where(eq(municipality.code, '58007'));
		expect(brossard).toMatchObject({ name: 'Brossard', regionCode: '16', population: 98240, designationCode: '10' });
	});

	test('loading again changes nothing (restart, second instance)', async () => {
		await seedPlatform(context.db, { referenceDir: join(process.cwd(), 'reference'), demoContent: false, manifests: modules });
		const [{ n }] = await context.db.select({ n: count() }).from(municipality);
		expect(n).toBe(1122);
	});

	test('the French text-search configuration stems and folds accents', async () => {
		const rows = await selectRows<{ matches: boolean; folded: string }>(
			context.db,
			sql`select to_tsvector('fr_unaccent', 'Transports des aînés') @@ plainto_tsquery('fr_unaccent', 'transport aines') as matches, search_normalize('Ste-Anne-des-Plaines') as folded`
		);
		expect(rows[0]).toEqual({ matches: true, folded: 'sainte anne des plaines' });
	});

	test('a typed name means its exact namesakes, else the nearest names', async () => {
		const levis = await municipalitiesNamed(context.db, '  LEVIS ');
		expect(levis).toMatchObject({ exact: true, items: [{ name: 'Lévis' }] });
		const homonyms = await municipalitiesNamed(context.db, 'saint damase');
		expect(homonyms.exact).toBe(true);
		expect(homonyms.items.length).toBeGreaterThan(1);
		expect(new Set(homonyms.items.map((item) => item.name))).toEqual(new Set(['Saint-Damase']));
		const partial = await municipalitiesNamed(context.db, 'Saint-Joseph');
		expect(partial.exact).toBe(false);
		expect(partial.items.every((item) => item.name.startsWith('Saint-Joseph'))).toBe(true);
		expect(await municipalitiesNamed(context.db, ' - ')).toEqual({ exact: false, items: [] });
	});

	test('finds Lévis from « levis » and Saint-Jacques-… from « st-jacques »', async () => {
		const levis = await searchMunicipalities(context.db, query({ text: 'levis', sort: 'pertinence' }));
		expect(levis.items[0].name).toBe('Lévis');
		const jacques = await searchMunicipalities(context.db, query({ text: 'st-jacques', sort: 'pertinence' }));
		expect(jacques.items.map((item) => item.name)).toEqual(
			expect.arrayContaining(['Saint-Jacques', 'Saint-Jacques-de-Leeds', 'Saint-Jacques-le-Mineur'])
		);
		expect(jacques.items.slice(0, 3).every((item) => item.name.startsWith('Saint-Jacques'))).toBe(true);
		const upper = await searchMunicipalities(context.db, query({ text: 'SAINT JACQUES DE LEEDS', sort: 'pertinence' }));
		expect(upper.items[0].code).toBe('31140');
	});

	test('forgives a typo', async () => {
		const result = await searchMunicipalities(context.db, query({ text: 'Drummondvile', sort: 'pertinence' }));
		expect(result.items[0].name).toBe('Drummondville');
	});

	test('filters by region, MRC and population class, and sorts', async () => {
		const classes = await context.db.select().from(populationClass).orderBy(populationClass.sortOrder);
		const smallest = classes[0];
		const result = await searchMunicipalities(
			context.db,
			query({ regionCode: '12', territoryCode: '31', populationClassId: smallest.id, sort: 'population-decroissante' })
		);
		expect(result.total).toBeGreaterThan(0);
		for (const item of result.items) {
			expect(item.regionCode).toBe('12');
			expect(item.territoryCode).toBe('31');
			expect(item.population).toBeLessThanOrEqual(1749);
		}
		const populations = result.items.map((item) => item.population);
		expect(populations).toEqual([...populations].sort((a, b) => b - a));

		const biggest = await searchMunicipalities(context.db, query({ sort: 'population-decroissante' }), 3);
		expect(biggest.items.map((item) => item.name)).toEqual(['Montréal', 'Québec', 'Laval']);
		expect(biggest.total).toBe(1122);
	});

	test('drops unknown filters and a page past the end, and says so', async () => {
		const result = await searchMunicipalities(context.db, query({ regionCode: '99', territoryCode: '999', populationClassId: 4242, page: 80 }));
		expect(result.problems.map((problem) => `${problem.field}:${problem.code}`)).toEqual([
			'region:unknown',
			'mrc:unknown',
			'population:unknown',
			'page:past_last_page'
		]);
		expect(result.total).toBe(1122);
		expect(result.query.page).toBe(45);
		expect(result.items.length).toBe(1122 - 44 * 25);

		const outside = await searchMunicipalities(context.db, query({ regionCode: '06', territoryCode: '31' }));
		expect(outside.problems).toEqual([{ field: 'mrc', code: 'outside_region', value: '31' }]);
		expect(outside.total).toBe(16);
	});

	test('reads the URL of the issue without failing', async () => {
		const parsed = parseMunicipalityQuery(new URLSearchParams('population=abc&page=-3'));
		const result = await searchMunicipalities(context.db, parsed.query);
		expect(parsed.problems.map((problem) => problem.field)).toEqual(['population', 'page']);
		expect(result.query.page).toBe(1);
		expect(result.items).toHaveLength(25);
	});

	test('builds the municipality sheet and refuses unknown codes', async () => {
		const sheet = await getMunicipality(context.db, '31140');
		expect(sheet).toMatchObject({
			name: 'Saint-Jacques-de-Leeds',
			regionName: 'Chaudière-Appalaches',
			territoryName: 'Les Appalaches',
			territoryKind: 'mrc',
			population: 730
		});
		expect(sheet.populationClass).toMatchObject({ minPopulation: 0, maxPopulation: 1749 });
		await expect(getMunicipality(context.db, '00000')).rejects.toMatchObject({ code: 'not_found' });
		await expect(getMunicipality(context.db, "'; drop table municipality; --")).rejects.toBeInstanceOf(AppError);
	});

	test('sums a region from its municipalities', async () => {
		const regions = await listRegions(context.db);
		expect(regions).toHaveLength(17);
		expect(regions.reduce((total, entry) => total + entry.municipalities, 0)).toBe(1122);
		const chaudiere = await getRegion(context.db, '12');
		expect(chaudiere.municipalities).toBe(136);
		expect(chaudiere.territories).toBe(10);
		expect(chaudiere.territoryList.reduce((total, entry) => total + entry.municipalities, 0)).toBe(136);
		await expect(getRegion(context.db, '18')).rejects.toMatchObject({ code: 'not_found' });
	});

	test('draws region and Québec maps with one path per territory', async () => {
		const map = await regionMap(context.db, '12');
		expect(map.areas).toHaveLength(10);
		expect(map.areas.every((area) => area.d.startsWith('M'))).toBe(true);
		const leeds = map.locate(-71.3496, 46.2904);
		expect(leeds).not.toBeNull();
		const quebec = await quebecMap(context.db);
		expect(quebec.areas).toHaveLength(17);
	});

	test('staff add an arrondissement under a city; bad input and duplicates are refused with French messages', async () => {
		const created = await addBorough(context.db, staff, { municipalityCode: '66023', name: 'Verdun', population: '' });
		expect(created.name).toBe('Verdun');
		await expect(addBorough(context.db, staff, { municipalityCode: '66023', name: 'verdun' })).rejects.toMatchObject({
			code: 'conflict',
			fields: { name: 'Cet arrondissement existe déjà pour cette municipalité.' }
		});
		await expect(addBorough(context.db, staff, { municipalityCode: '66023', name: 'X', population: '-4' })).rejects.toMatchObject({
			code: 'invalid_input',
			fields: {
				name: 'Le nom de l’arrondissement doit compter au moins 2 caractères.',
				population: 'La population ne peut être négative.'
			}
		});
		await expect(addBorough(context.db, staff, { municipalityCode: '00000', name: 'Nulle part' })).rejects.toMatchObject({ code: 'invalid_input' });
		await expect(addBorough(context.db, VISITOR, { municipalityCode: '66023', name: 'Lachine' })).rejects.toMatchObject({ code: 'forbidden' });
		const sheet = await getMunicipality(context.db, '66023');
		expect(sheet.boroughs.map((entry) => entry.name)).toEqual(['Verdun']);
		const [{ n }] = await context.db.select({ n: count() }).from(borough);
		expect(n).toBe(1);
	});

	test('the site-wide search finds regions, MRC and municipalities', async () => {
		const hits = await searchPlaces(context.db, 'monteregie', 10);
		expect(hits.find((hit) => hit.kind === 'region')?.title).toBe('Montérégie');
		const appalaches = await searchPlaces(context.db, 'appalaches', 10);
		expect(appalaches.map((hit) => hit.kind)).toEqual(expect.arrayContaining(['region', 'territory']));
	});
});

describeOnEachDatabase(
	'territory demonstration content',
	(context) => {
		test('adds Lévis arrondissements flagged as demonstration, once', async () => {
			await seedPlatform(context.db, { referenceDir: join(process.cwd(), 'reference'), demoContent: true, manifests: modules });
			const sheet = await getMunicipality(context.db, '25213');
			expect(sheet.boroughs).toHaveLength(3);
			expect(sheet.boroughs.every((entry) => entry.isDemo)).toBe(true);
		});
	},
	{ demoContent: true }
);
