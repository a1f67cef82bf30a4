import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';
import { startBuiltServer, type RunningServer } from './server-process';

declare module 'vitest' {
	export interface ProvidedContext {
		baseUrl: string;
	}
}

let server: RunningServer | undefined;
let dataDir: string | undefined;

/** One built server on a fresh embedded database with demonstration content, shared by every end-to-end test. */
export async function setup(project: TestProject) {
	dataDir = mkdtempSync(join(tmpdir(), 'muni-e2e-'));
	server = await startBuiltServer({ env: { DATA_DIR: dataDir, DATABASE_URL: undefined, DEMO_CONTENT: 'true' } });
	project.provide('baseUrl', server.url);
}

export async function teardown() {
	await server?.stop();
	if (dataDir) rmSync(dataDir, { recursive: true, force: true });
}
