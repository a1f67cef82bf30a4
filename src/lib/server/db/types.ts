import type { SQL } from 'drizzle-orm';
import type { PgDatabase, PgQueryResultHKT } from 'drizzle-orm/pg-core';

/** A Drizzle database or transaction, on PGlite or on PostgreSQL: services take this and never know which. */
export type Database = PgDatabase<PgQueryResultHKT>;

export type DatabaseKind = 'pglite' | 'postgres';

/** Runs raw SQL and returns its rows the same way on both drivers (postgres.js returns an array, PGlite an object with rows). */
export async function selectRows<Row>(db: Database, query: SQL): Promise<Row[]> {
	const result: unknown = await db.execute(query);
	if (Array.isArray(result)) return result as Row[];
	return (result as { rows: Row[] }).rows;
}
