import { randomBytes } from 'node:crypto';
import { existsSync, openSync, closeSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import postgres from 'postgres';
import { afterAll, beforeAll, describe, inject } from 'vitest';
import { modules } from '../platform/modules';
import { openDatabase, type DatabaseHandle } from './client';
import { seedPlatform } from './seed';
import type { Database, DatabaseKind } from './types';

const projectRoot = process.cwd();
const testPostgresUrl = process.env.TEST_DATABASE_URL;

if (!testPostgresUrl && process.env.REQUIRE_POSTGRES === '1') {
	throw new Error('REQUIRE_POSTGRES=1 mais TEST_DATABASE_URL est vide : les tests PostgreSQL ne peuvent pas être sautés.');
}

export type TestDatabase = { db: Database; kind: DatabaseKind; handle: DatabaseHandle };

/**
 * A new database on the given backend: in-memory PGlite, or a throw-away database on the test
 * PostgreSQL server; empty, or a copy of `from` (a PGlite archive, a PostgreSQL template's name).
 */
export async function createTestDatabase(
	kind: DatabaseKind,
	from: { pglite?: Blob; postgresTemplate?: string } = {}
): Promise<{ handle: DatabaseHandle; url?: string; drop(): Promise<void> }> {
	if (kind === 'pglite') {
		const handle = await openDatabase({ kind: 'pglite', loadDataDir: from.pglite });
		return { handle, drop: () => handle.close() };
	}
	if (!testPostgresUrl) throw new Error('TEST_DATABASE_URL n’est pas défini.');
	const name = `muni_test_${randomBytes(6).toString('hex')}`;
	const admin = postgres(testPostgresUrl, { max: 1, onnotice: () => {} });
	await admin.unsafe(`create database ${name}${from.postgresTemplate ? ` template ${from.postgresTemplate}` : ''}`);
	const url = new URL(testPostgresUrl);
	url.pathname = `/${name}`;
	const handle = await openDatabase({ kind: 'postgres', url: url.toString(), maxConnections: 4 });
	return {
		handle,
		url: url.toString(),
		async drop() {
			await handle.close().catch(() => {});
			await admin.unsafe(`drop database if exists ${name} with (force)`);
			await admin.end();
		}
	};
}

export const testBackends: DatabaseKind[] = testPostgresUrl ? ['pglite', 'postgres'] : ['pglite'];
if (!testPostgresUrl) console.warn('TEST_DATABASE_URL absent : les tests de base de données ne tournent que sur PGlite.');

const seedWith = (demoContent: boolean) => (db: Database) =>
	seedPlatform(db, { referenceDir: join(projectRoot, 'reference'), demoContent, manifests: modules });

/** Folder and name of this run's templates, from the server project's global setup (src/test/database-templates.ts). */
function templateRun(): { dir: string; run: string } | null {
	try {
		const dir = inject('templateDir');
		const run = inject('templateRun');
		return dir && run ? { dir, run } : null;
	} catch {
		return null;
	}
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * A migrated and seeded embedded database as an archive, built by the first test file of the run
 * that needs it and read by the others: migrating and loading the reference data (and the
 * demonstration) cost seconds per file.
 */
async function pgliteTemplate(demoContent: boolean): Promise<Blob | undefined> {
	const where = templateRun();
	if (!where) return undefined;
	const archive = join(where.dir, `pglite-${demoContent ? 'demo' : 'plain'}.tar`);
	for (let waited = 0; !existsSync(archive); waited += 250) {
		let lock: number | undefined;
		try {
			lock = openSync(`${archive}.lock`, 'wx');
		} catch {
			// Another test process is building it; after three minutes something went wrong there, build here.
			if (waited < 180_000) {
				await sleep(250);
				continue;
			}
		}
		const handle = await openDatabase({ kind: 'pglite' });
		try {
			await handle.migrateExclusively(join(projectRoot, 'drizzle'), seedWith(demoContent));
			const blob = await handle.dumpDataDir!();
			writeFileSync(`${archive}.part`, Buffer.from(await blob.arrayBuffer()));
			renameSync(`${archive}.part`, archive);
			return blob;
		} finally {
			await handle.close();
			if (lock !== undefined) closeSync(lock);
		}
	}
	return new Blob([readFileSync(archive)]);
}

/** A migrated and seeded PostgreSQL database that test databases are created from (CREATE DATABASE … TEMPLATE). */
async function postgresTemplate(demoContent: boolean): Promise<string | undefined> {
	const where = templateRun();
	if (!where || !testPostgresUrl) return undefined;
	const name = `muni_tpl_${where.run}_${demoContent ? 'demo' : 'plain'}`;
	const admin = postgres(testPostgresUrl, { max: 1, onnotice: () => {} });
	try {
		await admin`select pg_advisory_lock(hashtext(${name}))`;
		const [existing] = await admin`select 1 from pg_database where datname = ${name}`;
		if (!existing) {
			await admin.unsafe(`create database ${name}`);
			const url = new URL(testPostgresUrl);
			url.pathname = `/${name}`;
			const handle = await openDatabase({ kind: 'postgres', url: url.toString(), maxConnections: 1 });
			try {
				await handle.migrateExclusively(join(projectRoot, 'drizzle'), seedWith(demoContent));
			} finally {
				await handle.close();
			}
		}
		await admin`select pg_advisory_unlock(hashtext(${name}))`;
		return name;
	} finally {
		await admin.end();
	}
}

/**
 * Runs the same tests on every backend: each gets a migrated database with the reference data
 * (and the demonstration content when asked). Tests read `context.db` inside their bodies.
 */
export function describeOnEachDatabase(
	name: string,
	body: (context: TestDatabase) => void,
	options: { demoContent?: boolean } = {}
): void {
	for (const kind of testBackends) {
		describe(`${name} [${kind}]`, () => {
			const context = { kind } as TestDatabase;
			let drop: () => Promise<void> = async () => {};
			beforeAll(async () => {
				const demoContent = options.demoContent ?? false;
				const from = kind === 'pglite' ? { pglite: await pgliteTemplate(demoContent) } : { postgresTemplate: await postgresTemplate(demoContent) };
				const created = await createTestDatabase(kind, from);
				drop = created.drop;
				context.handle = created.handle;
				context.db = created.handle.db;
				if (!from.pglite && !from.postgresTemplate) await created.handle.migrateExclusively(join(projectRoot, 'drizzle'), seedWith(demoContent));
			}, 300_000);
			afterAll(() => drop(), 60_000);
			body(context);
		});
	}
}
