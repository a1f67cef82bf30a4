import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';
import { startBuiltServer, type RunningServer } from './server-process';

declare module 'vitest' {
	export interface ProvidedContext {
		baseUrl: string;
		dataDir: string;
	}
}

let server: RunningServer | undefined;
let dataDir: string | undefined;

/** One built server on a fresh embedded database with demonstration content, shared by every end-to-end test. */
export async function setup(project: TestProject) {
	dataDir = mkdtempSync(join(tmpdir(), 'muni-e2e-'));
	// ADDRESS_HEADER lets each test present its own client address, so that rate limits stay per test.
	server = await startBuiltServer({
		env: { DATA_DIR: dataDir, DATABASE_URL: undefined, DEMO_CONTENT: 'true', ADDRESS_HEADER: 'x-forwarded-for', API_RATE_LIMIT_PER_MINUTE: '40', SMTP_URL: undefined, PRIVACY_OFFICER_NAME: 'Responsable de la confidentialité (essai)', PRIVACY_OFFICER_EMAIL: 'confidentialite@exemple.ca' }
	});
	project.provide('baseUrl', server.url);
	project.provide('dataDir', dataDir);
}

export async function teardown() {
	await server?.stop();
	if (dataDir) rmSync(dataDir, { recursive: true, force: true });
}
