import { sql } from 'drizzle-orm';
import { selectRows, type Database } from '../../db/types';
import { CATALOGUE_KINDS, type CatalogueKind } from './schema';

/**
 * What facets and sorting need of every published item, in typed arrays indexed by position:
 * counting seven facets over a hundred thousand items takes a few milliseconds here, against
 * hundreds in SQL. The text match stays in PostgreSQL; this only holds the items' facet values
 * and their places in the recency and title orders. `version` is the bank's version when the
 * snapshot was read: a change made by any process bumps it in the database, and the next search
 * reads the snapshot again, so every instance answers from current data.
 */
export type FacetSnapshot = {
	version: number;
	size: number;
	ids: Int32Array;
	positionOf: Map<number, number>;
	/** Index in CATALOGUE_KINDS. */
	kind: Uint8Array;
	/** Term ids of item p are themeValues[themeStart[p] .. themeStart[p + 1]). */
	themeStart: Int32Array;
	themeValues: Int32Array;
	clienteleStart: Int32Array;
	clienteleValues: Int32Array;
	/** -1 when absent. */
	policyType: Int32Array;
	/** Index in regionCodes, -1 when absent. */
	region: Int16Array;
	regionCodes: string[];
	/** -1 when absent. */
	population: Int32Array;
	/** -1 when absent. */
	year: Int32Array;
	/** Place in the « most recent first » order (year, then publication date, then id). */
	recency: Int32Array;
	/** Place in the alphabetical order of titles. */
	alphabetical: Int32Array;
};

type SnapshotRow = {
	id: number;
	kind: CatalogueKind;
	theme_ids: number[];
	clientele_ids: number[];
	policy_type_id: number | null;
	region_code: string | null;
	population: number | null;
	year: number | null;
	recency: number;
	alphabetical: number;
};

export async function readCatalogueVersion(db: Database): Promise<number> {
	const [row] = await selectRows<{ version: string | number }>(db, sql`select version from catalogue_state where id = 1`);
	return Number(row?.version ?? 0);
}

async function readSnapshot(db: Database): Promise<FacetSnapshot> {
	// The version is read first: a change committed while the rows are read makes the snapshot newer
	// than its version says, never older, so the next search reads it again rather than keeping stale data.
	const version = await readCatalogueVersion(db);
	const rows = await selectRows<SnapshotRow>(
		db,
		sql`select id, kind, theme_ids, clientele_ids, policy_type_id, region_code, population, year,
				(row_number() over (order by year desc nulls last, published_at desc nulls last, id desc))::int as recency,
				(row_number() over (order by title_search, id desc))::int as alphabetical
			from catalogue_item where status = 'published'`
	);
	const size = rows.length;
	const snapshot: FacetSnapshot = {
		version,
		size,
		ids: new Int32Array(size),
		positionOf: new Map(),
		kind: new Uint8Array(size),
		themeStart: new Int32Array(size + 1),
		themeValues: new Int32Array(rows.reduce((sum, row) => sum + row.theme_ids.length, 0)),
		clienteleStart: new Int32Array(size + 1),
		clienteleValues: new Int32Array(rows.reduce((sum, row) => sum + row.clientele_ids.length, 0)),
		policyType: new Int32Array(size),
		region: new Int16Array(size),
		regionCodes: [],
		population: new Int32Array(size),
		year: new Int32Array(size),
		recency: new Int32Array(size),
		alphabetical: new Int32Array(size)
	};
	const regionIndex = new Map<string, number>();
	let themeCursor = 0;
	let clienteleCursor = 0;
	rows.forEach((row, position) => {
		snapshot.ids[position] = row.id;
		snapshot.positionOf.set(row.id, position);
		snapshot.kind[position] = CATALOGUE_KINDS.indexOf(row.kind);
		snapshot.themeStart[position] = themeCursor;
		for (const id of row.theme_ids) snapshot.themeValues[themeCursor++] = id;
		snapshot.clienteleStart[position] = clienteleCursor;
		for (const id of row.clientele_ids) snapshot.clienteleValues[clienteleCursor++] = id;
		snapshot.policyType[position] = row.policy_type_id ?? -1;
		if (row.region_code === null) snapshot.region[position] = -1;
		else {
			let index = regionIndex.get(row.region_code);
			if (index === undefined) {
				index = snapshot.regionCodes.push(row.region_code) - 1;
				regionIndex.set(row.region_code, index);
			}
			snapshot.region[position] = index;
		}
		snapshot.population[position] = row.population ?? -1;
		snapshot.year[position] = row.year ?? -1;
		snapshot.recency[position] = row.recency;
		snapshot.alphabetical[position] = row.alphabetical;
	});
	snapshot.themeStart[size] = themeCursor;
	snapshot.clienteleStart[size] = clienteleCursor;
	return snapshot;
}

type Cached = { snapshot: Promise<FacetSnapshot>; version: number };
const cache = new WeakMap<Database, Cached>();

/**
 * The snapshot of the bank as it is now: one small query checks the version, and the items are
 * read again only when it changed. Concurrent searches share one read.
 */
export async function currentFacetSnapshot(db: Database): Promise<FacetSnapshot> {
	const version = await readCatalogueVersion(db);
	const cached = cache.get(db);
	if (cached && cached.version === version) return cached.snapshot;
	const entry: Cached = { version, snapshot: readSnapshot(db) };
	cache.set(db, entry);
	try {
		return await entry.snapshot;
	} catch (error) {
		if (cache.get(db) === entry) cache.delete(db);
		throw error;
	}
}
