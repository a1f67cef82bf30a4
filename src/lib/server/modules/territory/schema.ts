import { sql } from 'drizzle-orm';
import {
	boolean,
	char,
	doublePrecision,
	date,
	index,
	integer,
	jsonb,
	pgTable,
	pgView,
	serial,
	text,
	timestamp,
	uniqueIndex
} from 'drizzle-orm/pg-core';

// GeoJSON geometry as stored; only its outline is ever drawn.
export type StoredGeometry = {
	type: 'Polygon' | 'MultiPolygon';
	coordinates: number[][][] | number[][][][];
};

export const region = pgTable('region', {
	code: char('code', { length: 2 }).primaryKey(),
	name: text('name').notNull(),
	nameSearch: text('name_search').generatedAlwaysAs(sql`search_normalize(name)`),
	geometry: jsonb('geometry').$type<StoredGeometry[]>().notNull()
});

/** An MRC or an equivalent territory (TE), keyed by its SDA code. */
export const territory = pgTable(
	'territory',
	{
		code: text('code').primaryKey(),
		name: text('name').notNull(),
		kind: text('kind', { enum: ['mrc', 'equivalent'] }).notNull(),
		mamhCode: char('mamh_code', { length: 3 }),
		regionCode: char('region_code', { length: 2 })
			.notNull()
			.references(() => region.code),
		nameSearch: text('name_search').generatedAlwaysAs(sql`search_normalize(name)`),
		geometry: jsonb('geometry').$type<StoredGeometry[]>().notNull()
	},
	(table) => [index('territory_region_idx').on(table.regionCode)]
);

export const municipality = pgTable(
	'municipality',
	{
		code: char('code', { length: 5 }).primaryKey(),
		name: text('name').notNull(),
		designationCode: char('designation_code', { length: 2 }).notNull(),
		regionCode: char('region_code', { length: 2 })
			.notNull()
			.references(() => region.code),
		territoryCode: text('territory_code')
			.notNull()
			.references(() => territory.code),
		population: integer('population').notNull(),
		areaKm2: doublePrecision('area_km2'),
		constitutedOn: date('constituted_on'),
		website: text('website'),
		latitude: doublePrecision('latitude'),
		longitude: doublePrecision('longitude'),
		nameSearch: text('name_search')
			.notNull()
			.generatedAlwaysAs(sql`search_normalize(name)`)
	},
	(table) => [
		index('municipality_region_idx').on(table.regionCode),
		index('municipality_territory_idx').on(table.territoryCode),
		index('municipality_population_idx').on(table.population),
		index('municipality_name_trgm_idx').using('gin', sql`${table.nameSearch} gin_trgm_ops`)
	]
);

/** An arrondissement, added by staff under a city. */
export const borough = pgTable(
	'borough',
	{
		id: serial('id').primaryKey(),
		municipalityCode: char('municipality_code', { length: 5 })
			.notNull()
			.references(() => municipality.code),
		name: text('name').notNull(),
		population: integer('population'),
		isDemo: boolean('is_demo').notNull().default(false),
		nameSearch: text('name_search')
			.notNull()
			.generatedAlwaysAs(sql`search_normalize(name)`),
		createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow()
	},
	(table) => [uniqueIndex('borough_municipality_name_idx').on(table.municipalityCode, table.nameSearch)]
);

/** Population classes are data, not code: staff may change the bounds; the board's seats use the seeded ones. */
export const populationClass = pgTable('population_class', {
	id: serial('id').primaryKey(),
	minPopulation: integer('min_population').notNull(),
	maxPopulation: integer('max_population'),
	sortOrder: integer('sort_order').notNull()
});

/** Regions, MRC/territories and municipalities as one list of named places (a view, created by migration 0002). */
export const place = pgView('place', {
	kind: text('kind').$type<'region' | 'territory' | 'municipality'>().notNull(),
	code: text('code').notNull(),
	name: text('name').notNull(),
	regionCode: text('region_code').notNull(),
	regionName: text('region_name').notNull(),
	nameSearch: text('name_search').notNull(),
	population: integer('population')
}).existing();
