import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { count } from 'drizzle-orm';
import { describe, expect, test } from 'vitest';
import { municipality } from '../modules/territory/schema';
import { modules } from '../platform/modules';
import { openDatabase } from './client';
import { hasDemoContent, seedPlatform } from './seed';
import { createTestDatabase, testBackends } from './test-databases';
import type { Database } from './types';

const root = process.cwd();
const prepare = (db: Database, demoContent = false) =>
	seedPlatform(db, { referenceDir: join(root, 'reference'), demoContent, manifests: modules });
const municipalityCount = async (db: Database) => (await db.select({ n: count() }).from(municipality))[0].n;

describe('embedded database', () => {
	test('keeps its data across a restart', async () => {
		const dataDir = mkdtempSync(join(tmpdir(), 'muni-pglite-'));
		try {
			const first = await openDatabase({ kind: 'pglite', dataDir });
			await first.migrateExclusively(join(root, 'drizzle'), (db) => prepare(db, true));
			await first.close();

			const second = await openDatabase({ kind: 'pglite', dataDir });
			expect(await municipalityCount(second.db)).toBe(1122);
			expect(await hasDemoContent(second.db)).toBe(true);
			// A second start migrates and seeds again without duplicating anything.
			await second.migrateExclusively(join(root, 'drizzle'), (db) => prepare(db));
			expect(await municipalityCount(second.db)).toBe(1122);
			await second.close();
		} finally {
			rmSync(dataDir, { recursive: true, force: true });
		}
		// Loading the demonstration bank twice on embedded PostgreSQL takes a while on a busy machine.
	}, 180_000);
});

describe.runIf(testBackends.includes('postgres'))('PostgreSQL', () => {
	test('two instances starting together on an empty database migrate and load once', async () => {
		const created = await createTestDatabase('postgres');
		const second = await openDatabase({ kind: 'postgres', url: created.url!, maxConnections: 2 });
		try {
			const instances = [created.handle, second];
			await Promise.all(instances.map((instance) => instance.migrateExclusively(join(root, 'drizzle'), (db) => prepare(db))));
			expect(await municipalityCount(created.handle.db)).toBe(1122);
			expect(await municipalityCount(second.db)).toBe(1122);
		} finally {
			await second.close();
			await created.drop();
		}
	});
});
