// npm run seed:synthetic -- [--measures 100000] [--replace]
// Adds synthetic measures for volume tests and benchmarks: generated plans over the real
// municipalities, published and flagged as demonstration. Their policy title starts with
// « [synthétique] », which is how --replace finds them again. Without --replace, a second run adds
// as many more (drawn with another seed, so they are not copies of the first ones).
// Connects like the platform (DATABASE_URL, else the embedded database under DATA_DIR); on the
// embedded database, stop the platform first: one process at a time may open it. For the
// demonstration plus synthetic measures, start the platform with DEMO_CONTENT=true first: the
// demonstration loader leaves alone a bank that already holds demonstration items, synthetic ones included.
// From 10,000 measures on, the item table is locked during the load (about 3 minutes for 100,000).
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { and, count, eq, like, sql } from 'drizzle-orm';
import { databaseOptionsFor, openDatabase } from '../src/lib/server/db/client';
import { selectRows, type Database } from '../src/lib/server/db/types';
import { loadDemoPlaces, measureRow } from '../src/lib/server/modules/catalogue/demo-loader';
import { iterateSyntheticMeasures } from '../src/lib/server/modules/catalogue/demo/generate';
import { refreshDerived } from '../src/lib/server/modules/catalogue/derived';
import { catalogueItem } from '../src/lib/server/modules/catalogue/schema';
import type { NewItem } from '../src/lib/server/modules/catalogue/store';
import { loadTerms, seedTerms } from '../src/lib/server/modules/catalogue/terms';
import { loadTerritoryReference, seedPopulationClasses } from '../src/lib/server/modules/territory/reference-loader';
import { readConfig } from '../src/lib/server/platform/config';

const SYNTHETIC_MARK = '[synthétique] ';
const BATCH = 1_000;
const PROGRESS_EVERY = 10_000;
const BASE_SEED = 7;
/** From this many rows on, rebuilding the indexes once and compacting the table cost less than updating them row by row. */
const BULK_FROM = 10_000;

const usage = `Usage : npm run seed:synthetic -- [--measures N] [--replace]
  --measures N  nombre de mesures synthétiques à ajouter (défaut 100000)
  --replace     supprime d’abord les mesures synthétiques d’un passage précédent
Sans --replace, un nouveau passage en ajoute N de plus (tirées autrement, pas des copies).
Les mesures sont publiées, marquées « démonstration » et leur titre de politique commence par « [synthétique] ».`;

const { values } = parseArgs({ options: { measures: { type: 'string' }, replace: { type: 'boolean' }, help: { type: 'boolean', short: 'h' } } });
if (values.help) {
	console.log(usage);
	process.exit(0);
}
const wanted = Number(values.measures ?? 100_000);
if (!Number.isInteger(wanted) || wanted < 1 || wanted > 2_000_000) {
	console.error(`--measures doit être un entier entre 1 et 2000000.\n${usage}`);
	process.exit(2);
}

const started = performance.now();
const elapsed = () => `${((performance.now() - started) / 1000).toFixed(1)} s`;
const isSynthetic = and(eq(catalogueItem.isDemo, true), like(catalogueItem.policyTitle, `${SYNTHETIC_MARK}%`));

/** The reference data the measures point to: places, population classes and vocabularies. */
async function seedReference(db: Database, referenceDir: string): Promise<void> {
	await loadTerritoryReference(db, join(referenceDir, 'quebec'));
	await seedPopulationClasses(db);
	await seedTerms(db);
}

type IndexDefinition = { name: string; definition: string };

/**
 * Bulk loading: the item table's search indexes (full text, trigrams, arrays) cost more to update
 * on each of the load's writes than to build once. They are dropped and rebuilt from their own
 * definitions in the same transaction, so nothing changes if the load fails; meanwhile the table
 * is locked, so a running platform waits for the load to finish.
 */
async function dropSecondaryIndexes(db: Database): Promise<IndexDefinition[]> {
	const indexes = await selectRows<IndexDefinition>(
		db,
		sql`select indexrelid::regclass::text as name, pg_get_indexdef(indexrelid) as definition
			from pg_index where indrelid = 'catalogue_item'::regclass and not indisprimary and not indisunique`
	);
	for (const index of indexes) await db.execute(sql.raw(`drop index ${index.name}`));
	return indexes;
}

async function recreateIndexes(db: Database, indexes: IndexDefinition[]): Promise<void> {
	if (indexes.length === 0) return;
	await db.execute(sql`set local maintenance_work_mem = '128MB'`);
	for (const index of indexes) {
		await db.execute(sql.raw(index.definition));
		console.log(`  index ${index.name} reconstruit (${elapsed()})`);
	}
}

async function addSyntheticMeasures(db: Database, referenceDir: string): Promise<void> {
	await seedReference(db, referenceDir);
	if (values.replace) {
		const removed = await db.delete(catalogueItem).where(isSynthetic).returning({ id: catalogueItem.id });
		console.log(`${removed.length} mesures synthétiques supprimées (${elapsed()})`);
	}
	const [{ existing }] = await db.select({ existing: count() }).from(catalogueItem).where(isSynthetic);
	const terms = await loadTerms(db);
	const places = await loadDemoPlaces(db);
	const seed = BASE_SEED + existing;
	console.log(`Ajout de ${wanted} mesures synthétiques (${existing} déjà présentes, graine ${seed})…`);
	const bulk = wanted >= BULK_FROM;
	await db.transaction(async (tx) => {
		const rebuild = bulk ? await dropSecondaryIndexes(tx) : [];
		const ids: number[] = [];
		let batch: NewItem[] = [];
		const flush = async () => {
			const inserted = await tx.insert(catalogueItem).values(batch).returning({ id: catalogueItem.id });
			ids.push(...inserted.map((row) => row.id));
			batch = [];
			if (ids.length % PROGRESS_EVERY === 0 || ids.length === wanted) console.log(`  ${ids.length} / ${wanted} insérées (${elapsed()})`);
		};
		for (const measure of iterateSyntheticMeasures(places, wanted, seed)) {
			const row = measureRow(measure, terms, true);
			batch.push({ ...row, policyTitle: `${SYNTHETIC_MARK}${row.policyTitle}` });
			if (batch.length === BATCH) await flush();
		}
		if (batch.length) await flush();
		console.log(`Régions, populations, texte des facettes et lexique des nouvelles mesures…`);
		await refreshDerived(tx, ids);
		await recreateIndexes(tx, rebuild);
	});
	console.log(`  fait (${elapsed()})`);
	if (bulk) {
		// Computing the derived columns rewrote each new row three times: without compacting, the table
		// stays about 2.5 times its size and every full scan reads the dead versions too.
		console.log(`Compactage de la table…`);
		await db.execute(sql`vacuum full catalogue_item`);
	}
	await db.execute(sql`analyze catalogue_item`);
	await db.execute(sql`analyze catalogue_word`);
	const [{ total }] = await db.select({ total: count() }).from(catalogueItem).where(eq(catalogueItem.status, 'published'));
	console.log(`Terminé en ${elapsed()} : ${total} fiches publiées au total.`);
}

const config = readConfig();
const database = await openDatabase(databaseOptionsFor(config));
try {
	await database.migrateExclusively(join(config.appRoot, 'drizzle'), (db) => addSyntheticMeasures(db, join(config.appRoot, 'reference')));
} finally {
	await database.close();
}
