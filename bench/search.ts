// Search latency of the Banque des mesures: fifty realistic French searches against the search page
// (/banque, HTML) and the open-data API (/api/v1/catalogue), one at a time then four at a time, then
// one at a time on a server whose text-match cache is off (every search as new), with
// about 4,000 measures (the demonstration) and 100,000 (plus synthetic measures), on the embedded
// database and on PostgreSQL when BENCH_DATABASE_URL (or TEST_DATABASE_URL) is set. Then the same
// searches in an in-memory MiniSearch index over the same items, as a reference for speed and results,
// and the compressed JavaScript of /banque.
// Usage: npm run build && npm run bench:search -- [--quick] [--scenarios pglite-4k,pg-100k] [--rounds N] [--build DIR] [--verbose]
import { spawn } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import postgres from 'postgres';
import { startBuiltServer, type RunningServer } from '../src/test/server-process.ts';
import { loadUrls, percentile } from './http-load.ts';
import { measurePageJavaScript, type PageJavaScript } from './page-javascript.ts';
import { BENCH_QUERIES, describeQuery, searchParamsOf } from './search-queries.ts';
import { buildReferenceIndex, loadReferenceData, type DatabaseSource, type ReferenceAnswer } from './search-reference.ts';

const SCENARIOS = ['pglite-4k', 'pglite-100k', 'pg-4k', 'pg-100k'] as const;
type Scenario = (typeof SCENARIOS)[number];
const SYNTHETIC_MEASURES = 96_000;
const CONCURRENCY = 4;
const P95_TARGET_MS: Record<string, number> = { 'pg-4k': 50, 'pg-100k': 150 };
const JAVASCRIPT_TARGET_BYTES = 60 * 1024;

const { values: options } = parseArgs({
	options: {
		quick: { type: 'boolean' },
		scenarios: { type: 'string' },
		rounds: { type: 'string' },
		build: { type: 'string', default: 'build' },
		verbose: { type: 'boolean' },
		help: { type: 'boolean', short: 'h' }
	}
});
if (options.help) {
	console.log(`npm run bench:search -- [--quick] [--scenarios ${SCENARIOS.join(',')}] [--rounds N] [--build DIR] [--verbose]
  --quick       une passe par mesure, 4 000 mesures seulement
  --scenarios   liste des scénarios (défaut : tous ; pg-* demandent BENCH_DATABASE_URL ou TEST_DATABASE_URL)
  --rounds N    passes sur les 50 recherches par mode (défaut 3 à 4k, 1 à 100k et avec --quick)
  --build DIR   serveur construit à mesurer (défaut build/, copié au départ : une reconstruction pendant la mesure ne le change pas)
  --verbose     détail par recherche (totaux, recouvrement avec la référence)`);
	process.exit(0);
}

const projectRoot = process.cwd();
const buildDir = resolve(options.build);
if (!existsSync(join(buildDir, 'index.js'))) {
	console.error(`Pas de serveur construit dans ${buildDir} : lancez d’abord « npm run build ».`);
	process.exit(1);
}
const serverUrl = process.env.BENCH_DATABASE_URL ?? process.env.TEST_DATABASE_URL;
const requested = (options.scenarios?.split(',').map((name) => name.trim()) ?? SCENARIOS.filter((name) => !options.quick || name.endsWith('-4k'))) as Scenario[];
for (const name of requested) {
	if (!SCENARIOS.includes(name)) {
		console.error(`Scénario inconnu : ${name} (connus : ${SCENARIOS.join(', ')})`);
		process.exit(2);
	}
}
if (!serverUrl && requested.some((name) => name.startsWith('pg-'))) console.log('PostgreSQL : sauté (définissez BENCH_DATABASE_URL ou TEST_DATABASE_URL)');
const scenarios = requested.filter((name) => serverUrl || !name.startsWith('pg-'));
// At 100,000 a pass takes about a minute on two cores: one pass keeps the whole run near fifteen minutes.
const roundsFor = (scenario: Scenario) => Number(options.rounds ?? (options.quick || scenario.endsWith('-100k') ? 1 : 3));
const referenceRoundsFor = (scenario: Scenario) => (scenario.endsWith('-100k') ? 1 : 5);

type Row = { scenario: Scenario; endpoint: string; mode: string; requests: number; failures: number; p50: number; p95: number; p99: number; perSecond: number; rssMb: number };
type ReferenceRow = { scenario: Scenario; documents: number; buildMs: number; heapMb: number; p50: number; p95: number; p99: number; overlap: number; worst: string[] };
const rows: Row[] = [];
const referenceRows: ReferenceRow[] = [];
let pageJavaScript = null as PageJavaScript | null;
const started = performance.now();
const clock = () => `${((performance.now() - started) / 1000).toFixed(0)} s`;

/** A private copy of the built server, so that a rebuild during the run does not change what is measured. */
function snapshotRoot(): string {
	const root = mkdtempSync(join(tmpdir(), 'muni-bench-root-'));
	cpSync(buildDir, join(root, 'build'), { recursive: true });
	for (const shared of ['node_modules', 'drizzle', 'reference', 'package.json']) symlinkSync(join(projectRoot, shared), join(root, shared));
	return root;
}

function memoryOf(pid: number): { rssMb: number; peakMb: number } {
	const status = readFileSync(`/proc/${pid}/status`, 'utf8');
	const megabytes = (field: string) => Number(status.match(new RegExp(`${field}:\\s+(\\d+)`))?.[1] ?? 0) / 1024;
	return { rssMb: megabytes('VmRSS'), peakMb: megabytes('VmHWM') };
}

const pageUrl = (server: RunningServer, query: (typeof BENCH_QUERIES)[number]) => `${server.url}/banque?${searchParamsOf(query)}`;
const apiUrl = (server: RunningServer, query: (typeof BENCH_QUERIES)[number]) => `${server.url}/api/v1/catalogue?${searchParamsOf(query)}`;

type BankAnswer = { ids: number[]; total: number };

/** One pass over every search on both endpoints, unmeasured; keeps the API's first page of each for the comparison. */
async function warmUp(server: RunningServer): Promise<BankAnswer[]> {
	const answers: BankAnswer[] = [];
	for (const query of BENCH_QUERIES) {
		const page = await fetch(pageUrl(server, query));
		await page.arrayBuffer();
		if (page.status !== 200) throw new Error(`${pageUrl(server, query)} : HTTP ${page.status}`);
		const api = await fetch(apiUrl(server, query));
		if (api.status !== 200) throw new Error(`${apiUrl(server, query)} : HTTP ${api.status} ${await api.text()}`);
		const body = (await api.json()) as { total: number; resultats: { id: number }[] };
		answers.push({ ids: body.resultats.map((item) => item.id), total: body.total });
	}
	return answers;
}

/**
 * `cold`: the server was started with its text-match cache off (SEARCH_CACHE_ITEMS=0), so every
 * search matches its words in PostgreSQL as a first search does; measured one at a time only.
 */
async function measureServer(scenario: Scenario, server: RunningServer, cold = false): Promise<BankAnswer[]> {
	const warmStarted = performance.now();
	const answers = await warmUp(server);
	console.log(`  échauffement : ${BENCH_QUERIES.length * 2} requêtes en ${((performance.now() - warmStarted) / 1000).toFixed(1)} s (${clock()})`);
	const rounds = roundsFor(scenario);
	for (const [endpoint, urlOf] of [['page', pageUrl], ['api', apiUrl]] as const) {
		const urls = Array.from({ length: rounds }, () => BENCH_QUERIES.map((query) => urlOf(server, query))).flat();
		for (const concurrency of cold ? [1] : [1, CONCURRENCY]) {
			const result = await loadUrls(urls, concurrency);
			if (concurrency === 1) recordSlowest(scenario, `${endpoint}${cold ? ' sans cache' : ''}`, result.latenciesMs);
			const row: Row = {
				scenario,
				endpoint: endpoint === 'page' ? '/banque' : '/api/v1/catalogue',
				mode: cold ? 'sans cache' : concurrency === 1 ? 'séquentiel' : `${concurrency} à la fois`,
				requests: result.latenciesMs.length,
				failures: result.failures,
				p50: percentile(result.latenciesMs, 50),
				p95: percentile(result.latenciesMs, 95),
				p99: percentile(result.latenciesMs, 99),
				perSecond: (result.latenciesMs.length / result.wallMs) * 1000,
				rssMb: memoryOf(server.child.pid!).rssMb
			};
			rows.push(row);
			console.log(`  ${formatRow(row)} (${clock()})`);
		}
	}
	const memory = memoryOf(server.child.pid!);
	console.log(`  mémoire du serveur : ${memory.rssMb.toFixed(0)} Mo résidents, pic ${memory.peakMb.toFixed(0)} Mo`);
	return answers;
}

const slowest: string[] = [];

/** The searches that took longest one at a time (median over the passes), to show where to look. */
function recordSlowest(scenario: Scenario, endpoint: string, latenciesMs: number[]) {
	const medians = BENCH_QUERIES.map((query, position) => ({
		query,
		ms: percentile(latenciesMs.filter((_, index) => index % BENCH_QUERIES.length === position), 50)
	})).sort((a, b) => b.ms - a.ms);
	const shown = medians.slice(0, options.verbose ? medians.length : 5);
	slowest.push(`${scenario} ${endpoint} : ${shown.map((entry) => `${describeQuery(entry.query)} ${entry.ms.toFixed(0)} ms`).join(' · ')}`);
}

async function measureReference(scenario: Scenario, source: DatabaseSource, answers: BankAnswer[]): Promise<void> {
	const gc = (globalThis as { gc?: () => void }).gc;
	const data = await loadReferenceData(source);
	gc?.();
	const heapBefore = process.memoryUsage().heapUsed;
	const index = buildReferenceIndex(data);
	gc?.();
	const heapMb = (process.memoryUsage().heapUsed - heapBefore) / 1024 / 1024;
	const latencies: number[] = [];
	let results: ReferenceAnswer[] = [];
	for (let round = 0; round < referenceRoundsFor(scenario); round++) {
		results = BENCH_QUERIES.map((query) => {
			const queryStarted = performance.now();
			const result = index.search(query);
			latencies.push(performance.now() - queryStarted);
			return result;
		});
	}
	// How many of the reference's first ten the bank also shows on its first page (of twenty).
	const overlaps = results.map((result, position) => {
		const top = result.ids.slice(0, 10);
		const bank = new Set(answers[position].ids);
		return top.length === 0 ? (answers[position].total === 0 ? 1 : 0) : top.filter((id) => bank.has(id)).length / top.length;
	});
	const describe = (position: number) =>
		`${describeQuery(BENCH_QUERIES[position])} : banque ${answers[position].total}, référence ${results[position].total}, recouvrement ${(overlaps[position] * 100).toFixed(0)} %`;
	const worst = overlaps
		.map((overlap, position) => ({ overlap, position }))
		.sort((a, b) => a.overlap - b.overlap)
		.slice(0, options.verbose ? BENCH_QUERIES.length : 5)
		.map((entry) => describe(entry.position));
	const row: ReferenceRow = {
		scenario,
		documents: index.documents,
		buildMs: index.buildMs,
		heapMb: gc ? heapMb : Number.NaN,
		p50: percentile(latencies, 50),
		p95: percentile(latencies, 95),
		p99: percentile(latencies, 99),
		overlap: overlaps.reduce((sum, value) => sum + value, 0) / overlaps.length,
		worst
	};
	referenceRows.push(row);
	console.log(`  référence MiniSearch : ${formatReference(row)} (${clock()})`);
}

function runSeeder(env: Record<string, string | undefined>): Promise<void> {
	return new Promise((resolvePromise, reject) => {
		const child = spawn(process.execPath, ['--import', 'tsx', 'scripts/seed-synthetic.ts', '--measures', String(SYNTHETIC_MEASURES)], {
			cwd: projectRoot,
			env: Object.fromEntries(Object.entries({ ...process.env, ...env }).filter((entry): entry is [string, string] => entry[1] !== undefined)),
			stdio: ['ignore', 'inherit', 'inherit']
		});
		child.once('error', reject);
		child.once('exit', (code) => (code === 0 ? resolvePromise() : reject(new Error(`seed:synthetic a échoué (code ${code})`))));
	});
}

/** The demonstration (about 4,000 measures), then 96,000 synthetic measures more, on one database. */
async function runBackend(backend: 'pglite' | 'pg', root: string, database: { env: Record<string, string | undefined>; source: DatabaseSource }) {
	const small = `${backend}-4k` as Scenario;
	const large = `${backend}-100k` as Scenario;
	const start = (extra: Record<string, string> = {}) =>
		startBuiltServer({
			root,
			timeoutMs: 300_000,
			env: { ...database.env, DEMO_CONTENT: 'true', API_RATE_LIMIT_PER_MINUTE: '1000000', LOG_LEVEL: 'warn', ...extra }
		});
	const measureCold = async (scenario: Scenario) => {
		const cold = await start({ SEARCH_CACHE_ITEMS: '0' });
		try {
			await measureServer(scenario, cold, true);
		} finally {
			await cold.stop();
		}
	};

	console.log(`\n== ${small} : démarrage avec le contenu de démonstration (${clock()})`);
	let server = await start();
	try {
		pageJavaScript ??= await measurePageJavaScript(`${server.url}/banque`);
		if (scenarios.includes(small)) {
			const answers = await measureServer(small, server);
			await server.stop();
			await measureCold(small);
			await measureReference(small, database.source, answers);
		}
	} finally {
		await server.stop();
	}
	if (!scenarios.includes(large)) return;

	console.log(`\n== ${large} : ajout de ${SYNTHETIC_MEASURES} mesures synthétiques (${clock()})`);
	await runSeeder(database.env);
	server = await start();
	try {
		const answers = await measureServer(large, server);
		await server.stop();
		await measureCold(large);
		await measureReference(large, database.source, answers);
	} finally {
		await server.stop();
	}
}

const ms = (value: number) => value.toFixed(value < 10 ? 1 : 0).padStart(6);
const verdict = (row: Row) => {
	const target = P95_TARGET_MS[row.scenario];
	return target === undefined ? '—' : `p95 ≤ ${target} ms ${row.p95 <= target ? 'oui' : 'NON'}`;
};
const formatRow = (row: Row) =>
	`${row.scenario.padEnd(12)} ${row.endpoint.padEnd(18)} ${row.mode.padEnd(11)} n=${String(row.requests).padStart(4)}${row.failures ? ` (${row.failures} échecs)` : ''}  p50 ${ms(row.p50)}  p95 ${ms(row.p95)}  p99 ${ms(row.p99)} ms  ${row.perSecond.toFixed(1).padStart(6)} req/s  RSS ${row.rssMb.toFixed(0).padStart(4)} Mo  ${verdict(row)}`;
const formatReference = (row: ReferenceRow) =>
	`${row.scenario.padEnd(12)} ${String(row.documents).padStart(6)} fiches  index ${(row.buildMs / 1000).toFixed(1)} s, ${Number.isNaN(row.heapMb) ? '? (lancer avec --expose-gc)' : `${row.heapMb.toFixed(0)} Mo`}  p50 ${ms(row.p50)}  p95 ${ms(row.p95)}  p99 ${ms(row.p99)} ms  recouvrement top 10 / top 20 : ${(row.overlap * 100).toFixed(0)} %`;

const root = snapshotRoot();
try {
	if (scenarios.some((name) => name.startsWith('pglite-'))) {
		const dataDir = mkdtempSync(join(tmpdir(), 'muni-bench-search-'));
		try {
			await runBackend('pglite', root, { env: { DATA_DIR: dataDir, DATABASE_URL: undefined }, source: { kind: 'pglite', dataDir } });
		} finally {
			rmSync(dataDir, { recursive: true, force: true });
		}
	}
	if (serverUrl && scenarios.some((name) => name.startsWith('pg-'))) {
		const admin = postgres(serverUrl, { max: 1, onnotice: () => {} });
		const name = `muni_bench_search_${Date.now()}`;
		await admin.unsafe(`create database ${name}`);
		const url = new URL(serverUrl);
		url.pathname = `/${name}`;
		try {
			await runBackend('pg', root, { env: { DATABASE_URL: url.toString() }, source: { kind: 'postgres', url: url.toString() } });
		} finally {
			await admin.unsafe(`drop database if exists ${name} with (force)`);
			await admin.end();
		}
	}
} finally {
	rmSync(root, { recursive: true, force: true });
}

console.log(`\n== Résultats (${BENCH_QUERIES.length} recherches ; machine partagée : chiffres bruités, à répéter) en ${clock()}`);
for (const row of rows) console.log(formatRow(row));
console.log('RSS : mémoire résidente du processus serveur (avec PGlite, la base est dans ce processus ; avec PostgreSQL, elle est à part).');
console.log(`\nRecherches les plus lentes, une à la fois (médiane des passes)${options.verbose ? '' : ' ; toutes avec --verbose'} :`);
for (const line of slowest) console.log(`  ${line}`);
console.log('\nRéférence MiniSearch (en mémoire, même fiches, mêmes filtres, sans HTTP) :');
for (const row of referenceRows) {
	console.log(formatReference(row));
	for (const line of row.worst) console.log(`    ${line}`);
}
if (pageJavaScript) {
	const kilobytes = (bytes: number) => `${(bytes / 1024).toFixed(1)} Ko`;
	console.log(
		`\nJavaScript de /banque : ${pageJavaScript.files} fichiers, ${kilobytes(pageJavaScript.rawBytes)} bruts, ${kilobytes(pageJavaScript.gzipBytes)} gzip, ${kilobytes(pageJavaScript.brotliBytes)} brotli ; cible ≤ ${kilobytes(JAVASCRIPT_TARGET_BYTES)} compressés : ${pageJavaScript.gzipBytes <= JAVASCRIPT_TARGET_BYTES ? 'oui' : 'NON'}`
	);
}
