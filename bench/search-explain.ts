// Where the time of a bank search goes on PostgreSQL, without HTTP: runs each benchmark search
// through searchCatalogue several times (median wall time), and with --explain times each statement
// it sends with EXPLAIN ANALYZE (planning + execution); --plan N prints the plans of search N.
// --set name=value sets a PostgreSQL parameter for the session (e.g. jit=off, work_mem=32MB).
// The search module is loaded through Vite (it needs `$lib` and `import.meta.glob`), without a build.
// Usage: DATABASE_URL=postgres://… node bench/search-explain.ts [--repeat 5] [--explain] [--plan N] [--only N,M] [--set jit=off]
import { parseArgs } from 'node:util';
import { drizzle } from 'drizzle-orm/postgres-js';
import postgres from 'postgres';
import { createServer } from 'vite';
import type { Database } from '../src/lib/server/db/types.ts';
import type * as QueryModule from '../src/lib/server/modules/catalogue/query.ts';
import type * as SearchModule from '../src/lib/server/modules/catalogue/search.ts';
import { BENCH_QUERIES, describeQuery, searchParamsOf } from './search-queries.ts';

const { values } = parseArgs({
	options: { plan: { type: 'string' }, only: { type: 'string' }, repeat: { type: 'string', default: '5' }, explain: { type: 'boolean' }, set: { type: 'string', multiple: true } }
});
const settings = Object.fromEntries((values.set ?? []).map((entry) => entry.split('=') as [string, string]));
const url = process.env.DATABASE_URL;
if (!url) {
	console.error('DATABASE_URL doit nommer une base PostgreSQL remplie (contenu de démonstration, mesures synthétiques).');
	process.exit(2);
}

type Statement = { sql: string; params: unknown[] };
let recorded: Statement[] = [];
const client = postgres(url, { max: 1, onnotice: () => {}, connection: settings });
const db = drizzle({ client, logger: { logQuery: (sql, params) => recorded.push({ sql, params }) } }) as unknown as Database;

/** The part of the search a statement belongs to, from its shape. */
function statementKind(sql: string): string {
	if (sql.includes('catalogue_word')) return 'texte';
	if (sql.includes('union all')) return 'facettes';
	if (sql.includes('limit') && sql.includes('page as')) return 'page';
	return 'autre';
}

const vite = await createServer({ server: { middlewareMode: true }, appType: 'custom', logLevel: 'warn' });
const { parseCatalogueQuery } = (await vite.ssrLoadModule('/src/lib/server/modules/catalogue/query.ts')) as typeof QueryModule;
const { loadSearchContext, searchCatalogue } = (await vite.ssrLoadModule('/src/lib/server/modules/catalogue/search.ts')) as typeof SearchModule;
const context = await loadSearchContext(db);
const positions = values.only ? values.only.split(',').map(Number) : BENCH_QUERIES.map((_, position) => position);
const totals = new Map<string, number[]>();
const medians: number[] = [];
const middle = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
const rank = (values: number[], percent: number) => [...values].sort((a, b) => a - b)[Math.ceil((percent / 100) * values.length) - 1];
for (const position of positions) {
	const { query } = parseCatalogueQuery(searchParamsOf(BENCH_QUERIES[position]));
	const walls: number[] = [];
	let result: Awaited<ReturnType<typeof searchCatalogue>> | undefined;
	for (let run = 0; run < Number(values.repeat); run++) {
		recorded = [];
		const started = performance.now();
		result = await searchCatalogue(db, query, { context });
		walls.push(performance.now() - started);
	}
	const wallMs = middle(walls);
	medians.push(wallMs);
	const parts: string[] = [];
	for (const statement of values.explain || values.plan !== undefined ? recorded : []) {
		const explained = await client.unsafe<{ 'QUERY PLAN': string }[]>(`explain (analyze, buffers) ${statement.sql}`, statement.params as never[]);
		const plan = explained.map((row) => row['QUERY PLAN']).join('\n');
		const executionMs = Number(plan.match(/Execution Time: ([\d.]+) ms/)?.[1] ?? Number.NaN);
		const planningMs = Number(plan.match(/Planning Time: ([\d.]+) ms/)?.[1] ?? Number.NaN);
		const kind = statementKind(statement.sql);
		totals.set(kind, [...(totals.get(kind) ?? []), executionMs]);
		totals.set(`${kind} (plan)`, [...(totals.get(`${kind} (plan)`) ?? []), planningMs]);
		parts.push(`${kind} ${planningMs.toFixed(1)}+${executionMs.toFixed(1)}`);
		if (values.plan !== undefined && Number(values.plan) === position) console.log(`\n${statement.sql}\n${JSON.stringify(statement.params)}\n${plan}\n`);
	}
	console.log(`#${String(position).padStart(2)} ${describeQuery(BENCH_QUERIES[position]).padEnd(60)} total ${String(result!.total).padStart(6)}  ${wallMs.toFixed(0).padStart(5)} ms  [${parts.join(', ')}]`);
}
for (const [kind, times] of totals) {
	const sorted = [...times].sort((a, b) => a - b);
	console.log(`${kind.padEnd(9)} n=${sorted.length} médiane ${sorted[Math.floor(sorted.length / 2)].toFixed(1)} ms, max ${sorted.at(-1)!.toFixed(1)} ms, somme ${sorted.reduce((a, b) => a + b, 0).toFixed(0)} ms`);
}
console.log(`médianes par recherche (${values.repeat} passes) : p50 ${rank(medians, 50).toFixed(1)} ms, p95 ${rank(medians, 95).toFixed(1)} ms, max ${Math.max(...medians).toFixed(1)} ms, somme ${medians.reduce((a, b) => a + b, 0).toFixed(0)} ms`);
await client.end();
await vite.close();
