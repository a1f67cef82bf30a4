import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import postgres from 'postgres';
import type { TestProject } from 'vitest/node';

declare module 'vitest' {
	export interface ProvidedContext {
		/** Where this run keeps its seeded database templates (see src/lib/server/db/test-databases.ts). */
		templateDir: string;
		templateRun: string;
	}
}

let templateDir: string | undefined;
let run: string | undefined;

/** A folder and a name for this run's database templates, which test files build on first use and share. */
export function setup(project: TestProject) {
	templateDir = mkdtempSync(join(tmpdir(), 'muni-templates-'));
	run = randomBytes(4).toString('hex');
	project.provide('templateDir', templateDir);
	project.provide('templateRun', run);
}

export async function teardown() {
	if (templateDir) rmSync(templateDir, { recursive: true, force: true });
	const url = process.env.TEST_DATABASE_URL;
	if (!url || !run) return;
	const admin = postgres(url, { max: 1, onnotice: () => {} });
	try {
		const templates = await admin<{ datname: string }[]>`select datname from pg_database where datname like ${`muni_tpl_${run}_%`}`;
		for (const { datname } of templates) {
			await admin.unsafe(`drop database if exists ${datname} with (force)`);
		}
	} finally {
		await admin.end();
	}
}
