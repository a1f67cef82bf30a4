import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import { count } from 'drizzle-orm';
import type { Database } from '../../db/types';
import { municipality, populationClass, region, territory, type StoredGeometry } from './schema';

type MunicipalityRow = {
	code_geo: string;
	nom: string;
	designation_code: string;
	region_code: string;
	territoire_code: string;
	population: string;
	superficie_km2: string;
	date_constitution: string;
	site_web: string;
	latitude: string;
	longitude: string;
};

type TerritoryRow = { territoire_code: string; nom: string; type_sda: string; mamh_mrc_code: string; region_code: string };

type FeatureCollection = { features: { geometry: StoredGeometry; properties: Record<string, string> }[] };

/** The board's population classes (DESIGN.md); the first starts at 0 so that villages counted at 0 still have a class. */
export const BOARD_POPULATION_CLASSES: readonly [number, number | null][] = [
	[0, 1_749],
	[1_750, 4_999],
	[5_000, 9_999],
	[10_000, 49_999],
	[50_000, 99_999],
	[100_000, 499_999],
	[500_000, null]
];

const INSERT_BATCH = 250;

async function readCsv<Row>(path: string): Promise<Row[]> {
	return parse(await readFile(path, 'utf8'), { columns: true, skip_empty_lines: true, trim: true }) as Row[];
}

async function readGeometriesByCode(path: string, codeProperty: string): Promise<Map<string, { name: string; geometries: StoredGeometry[] }>> {
	const collection = JSON.parse(await readFile(path, 'utf8')) as FeatureCollection;
	const byCode = new Map<string, { name: string; geometries: StoredGeometry[] }>();
	for (const feature of collection.features) {
		const code = feature.properties[codeProperty];
		const entry = byCode.get(code) ?? { name: feature.properties.name, geometries: [] };
		entry.geometries.push(feature.geometry);
		byCode.set(code, entry);
	}
	return byCode;
}

const emptyToNull = (value: string) => (value === '' ? null : value);
const numberOrNull = (value: string) => (value === '' ? null : Number(value));

/**
 * Loads regions, MRC and equivalent territories, and local municipalities from the copied
 * reference files, once: a database that already holds regions is left as it is.
 */
export async function loadTerritoryReference(db: Database, referenceDir: string): Promise<{ loaded: boolean }> {
	const [{ regions }] = await db.select({ regions: count() }).from(region);
	if (regions > 0) return { loaded: false };

	const [regionShapes, territoryShapes, territoryRows, municipalityRows] = await Promise.all([
		readGeometriesByCode(join(referenceDir, 'qc-regions.geojson'), 'RES_CO_REG'),
		readGeometriesByCode(join(referenceDir, 'qc-mrc.geojson'), 'MRS_CO_MRC'),
		readCsv<TerritoryRow>(join(referenceDir, 'mrc.csv')),
		readCsv<MunicipalityRow>(join(referenceDir, 'municipalites.csv'))
	]);

	await db.transaction(async (tx) => {
		await tx.insert(region).values(
			[...regionShapes].map(([code, shape]) => ({ code, name: shape.name, geometry: shape.geometries }))
		);
		await tx.insert(territory).values(
			territoryRows.map((row) => ({
				code: row.territoire_code,
				name: row.nom,
				kind: row.type_sda === 'Municipalité régionale de comté' ? ('mrc' as const) : ('equivalent' as const),
				mamhCode: emptyToNull(row.mamh_mrc_code),
				regionCode: row.region_code,
				geometry: territoryShapes.get(row.territoire_code)?.geometries ?? []
			}))
		);
		for (let start = 0; start < municipalityRows.length; start += INSERT_BATCH) {
			await tx.insert(municipality).values(
				municipalityRows.slice(start, start + INSERT_BATCH).map((row) => ({
					code: row.code_geo,
					name: row.nom,
					designationCode: row.designation_code,
					regionCode: row.region_code,
					territoryCode: row.territoire_code,
					population: Number(row.population),
					areaKm2: numberOrNull(row.superficie_km2),
					constitutedOn: emptyToNull(row.date_constitution),
					website: emptyToNull(row.site_web),
					latitude: numberOrNull(row.latitude),
					longitude: numberOrNull(row.longitude)
				}))
			);
		}
	});
	return { loaded: true };
}

export async function seedPopulationClasses(db: Database): Promise<void> {
	const [{ classes }] = await db.select({ classes: count() }).from(populationClass);
	if (classes > 0) return;
	await db.insert(populationClass).values(
		BOARD_POPULATION_CLASSES.map(([minPopulation, maxPopulation], index) => ({
			minPopulation,
			maxPopulation,
			sortOrder: index + 1
		}))
	);
}
