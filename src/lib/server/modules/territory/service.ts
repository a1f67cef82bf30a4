import { and, asc, count, desc, eq, gte, lte, sql, sum, type SQL, type SQLWrapper } from 'drizzle-orm';
import type { Database } from '../../db/types';
import { recordAudit } from '../../platform/audit/service';
import { AppError } from '../../platform/errors';
import { pageWindow } from '../../platform/pagination';
import { assertCan } from '../../platform/permissions';
import type { Actor } from '../../platform/roles';
import type { SearchHit } from '../../platform/manifest';
import { drawMap, type DrawnMap } from './map';
import { borough, municipality, place, populationClass, region, territory } from './schema';
import {
	MUNICIPALITY_PAGE_SIZE,
	boroughInputSchema,
	type BoroughInput,
	type MunicipalityQuery,
	type QueryProblem
} from './validation';

export type PopulationClass = { id: number; minPopulation: number; maxPopulation: number | null };

export type MunicipalityListItem = {
	code: string;
	name: string;
	designationCode: string;
	population: number;
	areaKm2: number | null;
	regionCode: string;
	regionName: string;
	territoryCode: string;
	territoryName: string;
	populationClassId: number | null;
};

export type MunicipalitySearchResult = {
	query: MunicipalityQuery;
	problems: QueryProblem[];
	items: MunicipalityListItem[];
	total: number;
	pageCount: number;
};

export function classOf(population: number, classes: readonly PopulationClass[]): PopulationClass | null {
	return (
		classes.find(
			(candidate) =>
				population >= candidate.minPopulation && (candidate.maxPopulation === null || population <= candidate.maxPopulation)
		) ?? null
	);
}

export async function listPopulationClasses(db: Database): Promise<PopulationClass[]> {
	return db
		.select({ id: populationClass.id, minPopulation: populationClass.minPopulation, maxPopulation: populationClass.maxPopulation })
		.from(populationClass)
		.orderBy(asc(populationClass.sortOrder));
}

export async function listRegionNames(db: Database): Promise<{ code: string; name: string }[]> {
	return db.select({ code: region.code, name: region.name }).from(region).orderBy(asc(region.code));
}

export async function listTerritoryNames(
	db: Database,
	regionCode: string | null = null
): Promise<{ code: string; name: string; regionCode: string }[]> {
	return db
		.select({ code: territory.code, name: territory.name, regionCode: territory.regionCode })
		.from(territory)
		.where(regionCode ? eq(territory.regionCode, regionCode) : undefined)
		.orderBy(asc(territory.nameSearch));
}

const normalized = (text: string) => sql`search_normalize(${text})`;

/** Names that contain the folded text: « levis » finds Lévis, « st-jacques » finds Saint-Jacques-de-Leeds. */
function nameContains(column: SQLWrapper, text: string): SQL {
	return sql`${column} like '%' || ${normalized(text)} || '%'`;
}

/** Names close to the text by trigram word similarity, for typos (« Drummondvile »). */
function nameResembles(column: SQLWrapper, text: string): SQL {
	return sql`word_similarity(${normalized(text)}, ${column}) >= 0.5`;
}

function nameMatches(column: SQLWrapper, text: string): SQL {
	return sql`(${nameContains(column, text)} or ${nameResembles(column, text)})`;
}

function relevance(column: SQLWrapper, text: string): SQL[] {
	const folded = normalized(text);
	return [
		sql`case when ${column} = ${folded} then 0 when ${column} like ${folded} || '%' then 1 when ${column} like '% ' || ${folded} || '%' then 2 when ${column} like '%' || ${folded} || '%' then 3 else 4 end`,
		sql`word_similarity(${folded}, ${column}) desc`
	];
}

/** What a directory row shows; a query selecting it joins region and territory. */
const listItemColumns = {
	code: municipality.code,
	name: municipality.name,
	designationCode: municipality.designationCode,
	population: municipality.population,
	areaKm2: municipality.areaKm2,
	regionCode: municipality.regionCode,
	regionName: region.name,
	territoryCode: municipality.territoryCode,
	territoryName: territory.name
};

/**
 * Searches the municipal directory. Filters that name nothing known are dropped and reported,
 * and a page past the end falls back to the last page: the caller always gets a usable result.
 */
export async function searchMunicipalities(
	db: Database,
	requested: MunicipalityQuery,
	pageSize = MUNICIPALITY_PAGE_SIZE
): Promise<MunicipalitySearchResult> {
	const query = { ...requested };
	const problems: QueryProblem[] = [];
	const classes = await listPopulationClasses(db);

	if (query.regionCode || query.territoryCode) {
		const known = await db
			.select({ code: territory.code, regionCode: territory.regionCode })
			.from(territory)
			.where(
				query.territoryCode
					? sql`${territory.code} = ${query.territoryCode} or ${territory.regionCode} = ${query.regionCode ?? ''}`
					: eq(territory.regionCode, query.regionCode ?? '')
			);
		if (query.regionCode && !known.some((row) => row.regionCode === query.regionCode)) {
			problems.push({ field: 'region', code: 'unknown', value: query.regionCode });
			query.regionCode = null;
		}
		const chosenTerritory = known.find((row) => row.code === query.territoryCode);
		if (query.territoryCode && !chosenTerritory) {
			problems.push({ field: 'mrc', code: 'unknown', value: query.territoryCode });
			query.territoryCode = null;
		} else if (chosenTerritory && query.regionCode && chosenTerritory.regionCode !== query.regionCode) {
			problems.push({ field: 'mrc', code: 'outside_region', value: query.territoryCode ?? '' });
			query.territoryCode = null;
		}
	}
	const chosenClass = classes.find((candidate) => candidate.id === query.populationClassId);
	if (query.populationClassId !== null && !chosenClass) {
		problems.push({ field: 'population', code: 'unknown', value: String(query.populationClassId) });
		query.populationClassId = null;
	}

	const filters = [
		query.regionCode ? eq(municipality.regionCode, query.regionCode) : undefined,
		query.territoryCode ? eq(municipality.territoryCode, query.territoryCode) : undefined,
		chosenClass ? gte(municipality.population, chosenClass.minPopulation) : undefined,
		chosenClass?.maxPopulation != null ? lte(municipality.population, chosenClass.maxPopulation) : undefined
	];
	const countWhere = async (condition: SQL | undefined) =>
		(await db.select({ total: count() }).from(municipality).where(condition))[0].total;

	// Names that contain the text come first and alone; similar-looking names only when none does, so a typo still finds its place.
	let where = and(query.text ? nameContains(municipality.nameSearch, query.text) : undefined, ...filters);
	let total = await countWhere(where);
	if (total === 0 && query.text) {
		where = and(nameResembles(municipality.nameSearch, query.text), ...filters);
		total = await countWhere(where);
	}
	const slice = pageWindow(total, query.page, pageSize);
	if (slice.page !== query.page) problems.push({ field: 'page', code: 'past_last_page', value: String(query.page) });
	query.page = slice.page;
	const { pageCount } = slice;

	const order: SQL[] = [];
	if (query.sort === 'pertinence' && query.text) order.push(...relevance(municipality.nameSearch, query.text));
	if (query.sort === 'population-decroissante') order.push(sql`${municipality.population} desc`);
	if (query.sort === 'population-croissante') order.push(sql`${municipality.population} asc`);
	if (query.sort === 'superficie-decroissante') order.push(sql`${municipality.areaKm2} desc nulls last`);
	order.push(sql`${municipality.nameSearch} asc`, sql`${municipality.code} asc`);

	const rows = await db
		.select(listItemColumns)
		.from(municipality)
		.innerJoin(region, eq(region.code, municipality.regionCode))
		.innerJoin(territory, eq(territory.code, municipality.territoryCode))
		.where(where)
		.orderBy(...order)
		.limit(slice.limit)
		.offset(slice.offset);

	return {
		query,
		problems,
		total,
		pageCount,
		items: rows.map((row) => ({ ...row, populationClassId: classOf(row.population, classes)?.id ?? null }))
	};
}

/** A name folded for comparing: no accents, no case, words separated by single spaces. */
export const foldName = (text: string) =>
	text
		.normalize('NFD')
		.replace(/\p{M}/gu, '')
		.toLowerCase()
		.replace(/[^a-z0-9]+/g, ' ')
		.trim();

/**
 * The municipalities a typed name may mean: those named exactly so (accents, case and punctuation
 * aside; homonyms such as « Saint-Damase » are several), else the nearest names, best first.
 */
export async function municipalitiesNamed(db: Database, typed: string, limit = 6): Promise<{ exact: boolean; items: MunicipalityListItem[] }> {
	const text = typed.trim().slice(0, 120);
	if (!foldName(text)) return { exact: false, items: [] };
	const { items } = await searchMunicipalities(db, { text, regionCode: null, territoryCode: null, populationClassId: null, sort: 'pertinence', page: 1 }, limit);
	const exact = items.filter((item) => foldName(item.name) === foldName(text));
	return exact.length > 0 ? { exact: true, items: exact } : { exact: false, items };
}

export type MunicipalitySheet = MunicipalityListItem & {
	constitutedOn: string | null;
	website: string | null;
	latitude: number | null;
	longitude: number | null;
	territoryKind: 'mrc' | 'equivalent';
	populationClass: PopulationClass | null;
	boroughs: { id: number; name: string; population: number | null; isDemo: boolean }[];
};

export async function getMunicipality(db: Database, code: string): Promise<MunicipalitySheet> {
	if (!/^\d{5}$/.test(code)) throw new AppError('not_found', 'Cette municipalité n’existe pas.');
	const [row] = await db
		.select({
			...listItemColumns,
			territoryKind: territory.kind,
			constitutedOn: municipality.constitutedOn,
			website: municipality.website,
			latitude: municipality.latitude,
			longitude: municipality.longitude
		})
		.from(municipality)
		.innerJoin(region, eq(region.code, municipality.regionCode))
		.innerJoin(territory, eq(territory.code, municipality.territoryCode))
		.where(eq(municipality.code, code));
	if (!row) throw new AppError('not_found', 'Cette municipalité n’existe pas.');

	const [classes, boroughs] = await Promise.all([
		listPopulationClasses(db),
		db
			.select({ id: borough.id, name: borough.name, population: borough.population, isDemo: borough.isDemo })
			.from(borough)
			.where(eq(borough.municipalityCode, code))
			.orderBy(asc(borough.nameSearch))
	]);
	const populationClassOfRow = classOf(row.population, classes);
	return {
		...row,
		populationClassId: populationClassOfRow?.id ?? null,
		populationClass: populationClassOfRow,
		boroughs
	};
}

/** Other municipalities of the same MRC or equivalent territory, largest first. */
export async function listNeighbours(db: Database, code: string, limit = 12) {
	return db
		.select({ code: municipality.code, name: municipality.name, designationCode: municipality.designationCode, population: municipality.population })
		.from(municipality)
		.where(
			and(
				sql`${municipality.territoryCode} = (select territory_code from municipality where code = ${code})`,
				sql`${municipality.code} <> ${code}`
			)
		)
		.orderBy(desc(municipality.population), asc(municipality.nameSearch))
		.limit(limit);
}

export type RegionSummary = {
	code: string;
	name: string;
	municipalities: number;
	territories: number;
	population: number;
	areaKm2: number;
};

export async function listRegions(db: Database): Promise<RegionSummary[]> {
	const [regions, municipalityTotals, territoryTotals] = await Promise.all([
		listRegionNames(db),
		db
			.select({
				regionCode: municipality.regionCode,
				municipalities: count(),
				population: sum(municipality.population).mapWith(Number),
				areaKm2: sum(municipality.areaKm2).mapWith(Number)
			})
			.from(municipality)
			.groupBy(municipality.regionCode),
		db.select({ regionCode: territory.regionCode, territories: count() }).from(territory).groupBy(territory.regionCode)
	]);
	return regions.map((entry) => {
		const totals = municipalityTotals.find((row) => row.regionCode === entry.code);
		return {
			...entry,
			municipalities: totals?.municipalities ?? 0,
			population: totals?.population ?? 0,
			areaKm2: totals?.areaKm2 ?? 0,
			territories: territoryTotals.find((row) => row.regionCode === entry.code)?.territories ?? 0
		};
	});
}

export type TerritorySummary = {
	code: string;
	name: string;
	kind: 'mrc' | 'equivalent';
	municipalities: number;
	population: number;
	areaKm2: number;
};

export type RegionDetail = RegionSummary & {
	territoryList: TerritorySummary[];
	municipalityList: { code: string; name: string; territoryCode: string; population: number; designationCode: string }[];
};

export async function getRegion(db: Database, code: string): Promise<RegionDetail> {
	if (!/^\d{2}$/.test(code)) throw new AppError('not_found', 'Cette région n’existe pas.');
	const [regionRow] = await db.select({ code: region.code, name: region.name }).from(region).where(eq(region.code, code));
	if (!regionRow) throw new AppError('not_found', 'Cette région n’existe pas.');
	const [territoryRows, municipalityRows] = await Promise.all([
		db
			.select({
				code: territory.code,
				name: territory.name,
				kind: territory.kind,
				municipalities: sql<number>`count(${municipality.code})`.mapWith(Number),
				population: sql<number>`coalesce(sum(${municipality.population}), 0)`.mapWith(Number),
				areaKm2: sql<number>`coalesce(sum(${municipality.areaKm2}), 0)`.mapWith(Number)
			})
			.from(territory)
			.leftJoin(municipality, eq(municipality.territoryCode, territory.code))
			.where(eq(territory.regionCode, code))
			.groupBy(territory.code, territory.name, territory.kind, territory.nameSearch)
			.orderBy(asc(territory.nameSearch)),
		db
			.select({
				code: municipality.code,
				name: municipality.name,
				territoryCode: municipality.territoryCode,
				population: municipality.population,
				designationCode: municipality.designationCode
			})
			.from(municipality)
			.where(eq(municipality.regionCode, code))
			.orderBy(asc(municipality.nameSearch))
	]);
	return {
		...regionRow,
		municipalities: municipalityRows.length,
		territories: territoryRows.length,
		population: territoryRows.reduce((total, row) => total + row.population, 0),
		areaKm2: territoryRows.reduce((total, row) => total + row.areaKm2, 0),
		territoryList: territoryRows,
		municipalityList: municipalityRows
	};
}

const drawings = new WeakMap<Database, Map<string, Promise<DrawnMap>>>();

/** Reference shapes never change, so each map is drawn once per database and kept; a failed drawing is retried next time. */
function cachedDrawing(db: Database, key: string, draw: () => Promise<DrawnMap>): Promise<DrawnMap> {
	const cache = drawings.get(db) ?? new Map<string, Promise<DrawnMap>>();
	drawings.set(db, cache);
	let drawn = cache.get(key);
	if (!drawn) {
		drawn = draw();
		drawn.catch(() => cache.delete(key));
		cache.set(key, drawn);
	}
	return drawn;
}

/** The region's outline with its MRC and equivalent territories. */
export function regionMap(db: Database, regionCode: string): Promise<DrawnMap> {
	return cachedDrawing(db, `region:${regionCode}`, async () => {
		const [regionRow] = await db.select({ geometry: region.geometry }).from(region).where(eq(region.code, regionCode));
		if (!regionRow) throw new AppError('not_found', 'Cette région n’existe pas.');
		const parts = await db
			.select({ code: territory.code, name: territory.name, geometries: territory.geometry })
			.from(territory)
			.where(eq(territory.regionCode, regionCode))
			.orderBy(asc(territory.nameSearch));
		return drawMap(regionRow.geometry, parts);
	});
}

/** Québec with its 17 administrative regions. */
export function quebecMap(db: Database): Promise<DrawnMap> {
	return cachedDrawing(db, 'quebec', async () => {
		const regions = await db
			.select({ code: region.code, name: region.name, geometries: region.geometry })
			.from(region)
			.orderBy(asc(region.code));
		const drawn = drawMap(
			regions.flatMap((entry) => entry.geometries),
			regions,
			560,
			640
		);
		// The regions tile Québec: their own borders already draw its outline.
		return { ...drawn, outline: '' };
	});
}

/** Staff add an arrondissement under a city; the write and its audit entry commit together. */
export async function addBorough(db: Database, actor: Actor, input: BoroughInput | Record<string, unknown>) {
	assertCan(actor, 'territory.manageBoroughs');
	const parsed = boroughInputSchema.safeParse(input);
	if (!parsed.success) {
		const fields = Object.fromEntries(parsed.error.issues.map((issue) => [String(issue.path[0]), issue.message]));
		throw new AppError('invalid_input', 'Vérifiez les champs signalés.', fields);
	}
	const { municipalityCode, name, population } = parsed.data;
	return db.transaction(async (tx) => {
		const [city] = await tx
			.select({ code: municipality.code })
			.from(municipality)
			.where(eq(municipality.code, municipalityCode));
		if (!city) throw new AppError('invalid_input', 'Vérifiez les champs signalés.', { municipalityCode: 'Cette municipalité n’existe pas.' });
		const [duplicate] = await tx
			.select({ id: borough.id })
			.from(borough)
			.where(and(eq(borough.municipalityCode, municipalityCode), sql`${borough.nameSearch} = ${normalized(name)}`));
		if (duplicate) throw new AppError('conflict', 'Vérifiez les champs signalés.', { name: 'Cet arrondissement existe déjà pour cette municipalité.' });
		const [created] = await tx
			.insert(borough)
			.values({ municipalityCode, name, population })
			.returning({ id: borough.id, name: borough.name, municipalityCode: borough.municipalityCode, population: borough.population });
		await recordAudit(tx, { actorId: actor.userId, action: 'borough.create', entityType: 'borough', entityId: String(created.id), after: created });
		return created;
	});
}

const placeHref: Record<'region' | 'territory' | 'municipality', (row: { code: string; regionCode: string }) => string> = {
	region: (row) => `/regions/${row.code}`,
	territory: (row) => `/municipalites?region=${row.regionCode}&mrc=${row.code}`,
	municipality: (row) => `/municipalites/${row.code}`
};

/**
 * Regions, MRC and municipalities whose name matches, best first: exact name, then names that start
 * with the text, contain it, or resemble it; a region before an MRC before a municipality of the
 * same name. The score (higher is better) lets the site-wide search merge these with other modules' hits.
 */
export async function searchPlaces(db: Database, text: string, limit: number): Promise<SearchHit[]> {
	if (!text.trim()) return [];
	const [tier, similarity] = relevance(place.nameSearch, text);
	const rows = await db
		.select({
			kind: place.kind,
			code: place.code,
			name: place.name,
			regionCode: place.regionCode,
			regionName: place.regionName,
			score: sql<number>`(4 - ${tier}) + word_similarity(${normalized(text)}, ${place.nameSearch})`.mapWith(Number)
		})
		.from(place)
		.where(nameMatches(place.nameSearch, text))
		.orderBy(tier, similarity, sql`case ${place.kind} when 'region' then 0 when 'territory' then 1 else 2 end`, desc(place.population))
		.limit(limit);
	return rows.map((row) => ({
		kind: row.kind,
		title: row.name,
		href: placeHref[row.kind](row),
		detail: row.kind === 'region' ? row.code : row.regionName,
		score: row.score
	}));
}

export async function countTerritory(db: Database) {
	const [[regions], [territories], [municipalities]] = await Promise.all([
		db.select({ value: count() }).from(region),
		db.select({ value: count() }).from(territory),
		db
			.select({ value: count(), population: sum(municipality.population).mapWith(Number) })
			.from(municipality)
	]);
	return { regions: regions.value, territories: territories.value, municipalities: municipalities.value, population: municipalities.population ?? 0 };
}

/** Every municipality's code, name and region, for choosers. */
export async function listMunicipalityNames(db: Database): Promise<{ code: string; name: string; regionCode: string }[]> {
	return db
		.select({ code: municipality.code, name: municipality.name, regionCode: municipality.regionCode })
		.from(municipality)
		.orderBy(asc(municipality.nameSearch));
}

export async function listBoroughs(db: Database): Promise<{ id: number; name: string; municipalityName: string }[]> {
	return db
		.select({ id: borough.id, name: borough.name, municipalityName: municipality.name })
		.from(borough)
		.innerJoin(municipality, eq(municipality.code, borough.municipalityCode))
		.orderBy(asc(municipality.nameSearch), asc(borough.nameSearch));
}
