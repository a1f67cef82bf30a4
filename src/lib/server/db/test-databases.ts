import { randomBytes } from 'node:crypto';
import { join } from 'node:path';
import postgres from 'postgres';
import { afterAll, beforeAll, describe } from 'vitest';
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

/** A new, empty database on the given backend: in-memory PGlite, or a throw-away database on the test PostgreSQL server. */
export async function createTestDatabase(kind: DatabaseKind): Promise<{ handle: DatabaseHandle; url?: string; drop(): Promise<void> }> {
	if (kind === 'pglite') {
		const handle = await openDatabase({ kind: 'pglite' });
		return { handle, drop: () => handle.close() };
	}
	if (!testPostgresUrl) throw new Error('TEST_DATABASE_URL n’est pas défini.');
	const name = `muni_test_${randomBytes(6).toString('hex')}`;
	const admin = postgres(testPostgresUrl, { max: 1, onnotice: () => {} });
	await admin.unsafe(`create database ${name}`);
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
				const created = await createTestDatabase(kind);
				drop = created.drop;
				context.handle = created.handle;
				context.db = created.handle.db;
				await created.handle.migrateExclusively(join(projectRoot, 'drizzle'), (db) =>
					seedPlatform(db, { referenceDir: join(projectRoot, 'reference'), demoContent: options.demoContent ?? false, manifests: modules })
				);
			}, 120_000);
			afterAll(() => drop(), 60_000);
			body(context);
		});
	}
}
