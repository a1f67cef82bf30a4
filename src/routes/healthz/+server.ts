import { json } from '@sveltejs/kit';
import { sql } from 'drizzle-orm';
import { platform } from '$lib/server/platform/runtime';
import type { RequestHandler } from './$types';

/** 200 when the database answers, 503 otherwise; for load balancers and the start-up benchmark. */
export const GET: RequestHandler = async () => {
	const { database, logger } = platform();
	try {
		await database.db.execute(sql`select 1`);
		return json({ status: 'ok', database: database.kind }, { headers: { 'cache-control': 'no-store' } });
	} catch (error) {
		logger.error({ err: error }, 'base de données injoignable');
		return json({ status: 'unavailable', database: database.kind }, { status: 503, headers: { 'cache-control': 'no-store' } });
	}
};
