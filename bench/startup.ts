// Cold start of the built platform: time from `node build` to the first 200 on /healthz, and the
// resident memory once idle, on the embedded database (first start on an empty folder, then
// restarts on the same data) and on PostgreSQL when BENCH_DATABASE_URL (or TEST_DATABASE_URL) is set.
// Usage: npm run build && node bench/startup.ts [runs]
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import postgres from 'postgres';
import { startBuiltServer } from '../src/test/server-process.ts';

const runs = Number(process.argv[2] ?? 5);
const idleSettleMs = 3000;

function residentMegabytes(pid: number): number {
	const status = readFileSync(`/proc/${pid}/status`, 'utf8');
	const kilobytes = Number(status.match(/VmRSS:\s+(\d+)/)?.[1] ?? 0);
	return kilobytes / 1024;
}

async function measure(env: Record<string, string | undefined>) {
	const server = await startBuiltServer({ env: { LOG_LEVEL: 'warn', ...env }, timeoutMs: 120_000 });
	await new Promise((resolve) => setTimeout(resolve, idleSettleMs));
	const rss = residentMegabytes(server.child.pid!);
	await server.stop();
	return { ms: server.readyAfterMs, rss };
}

function summary(label: string, samples: { ms: number; rss: number }[]) {
	const sorted = (values: number[]) => [...values].sort((a, b) => a - b);
	const median = (values: number[]) => sorted(values)[Math.floor(values.length / 2)];
	const ms = samples.map((sample) => sample.ms);
	const rss = samples.map((sample) => sample.rss);
	console.log(
		`${label.padEnd(38)} runs=${String(samples.length).padStart(2)}  start median=${median(ms).toFixed(0)} ms  min=${Math.min(...ms).toFixed(0)}  max=${Math.max(...ms).toFixed(0)}  idle RSS median=${median(rss).toFixed(0)} MB  max=${Math.max(...rss).toFixed(0)} MB`
	);
}

const embeddedFirst: { ms: number; rss: number }[] = [];
const embeddedRestart: { ms: number; rss: number }[] = [];
for (let run = 0; run < runs; run++) {
	const dataDir = mkdtempSync(join(tmpdir(), 'muni-bench-'));
	try {
		embeddedFirst.push(await measure({ DATA_DIR: dataDir, DATABASE_URL: undefined, DEMO_CONTENT: 'true' }));
		embeddedRestart.push(await measure({ DATA_DIR: dataDir, DATABASE_URL: undefined, DEMO_CONTENT: 'true' }));
	} finally {
		rmSync(dataDir, { recursive: true, force: true });
	}
}
summary('embedded PGlite, first start (empty)', embeddedFirst);
summary('embedded PGlite, restart', embeddedRestart);

const serverUrl = process.env.BENCH_DATABASE_URL ?? process.env.TEST_DATABASE_URL;
if (serverUrl) {
	const admin = postgres(serverUrl, { max: 1, onnotice: () => {} });
	const name = `muni_bench_${Date.now()}`;
	await admin.unsafe(`create database ${name}`);
	const url = new URL(serverUrl);
	url.pathname = `/${name}`;
	try {
		const first = [await measure({ DATABASE_URL: url.toString() })];
		const restart: { ms: number; rss: number }[] = [];
		for (let run = 0; run < runs; run++) restart.push(await measure({ DATABASE_URL: url.toString() }));
		summary('PostgreSQL, first start (empty)', first);
		summary('PostgreSQL, restart', restart);
	} finally {
		await admin.unsafe(`drop database if exists ${name} with (force)`);
		await admin.end();
	}
} else {
	console.log('PostgreSQL: skipped (set BENCH_DATABASE_URL or TEST_DATABASE_URL)');
}
