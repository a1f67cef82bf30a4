import { createHash } from 'node:crypto';
import { sql } from 'drizzle-orm';
import { selectRows, type Database } from '../../db/types';

export type RateLimitRule = { max: number; windowSeconds: number };

/**
 * Counts one attempt for `key` and says whether it is allowed; one atomic statement, so concurrent
 * requests on several instances cannot both slip under the limit.
 */
export async function hitRateLimit(db: Database, key: string, rule: RateLimitRule): Promise<{ allowed: boolean; retryAfterSeconds: number }> {
	// Keys name addresses; only their hash is stored.
	const storedKey = createHash('sha256').update(key).digest('base64url');
	const [row] = await selectRows<{ hits: number; window_start: string | Date }>(
		db,
		sql`insert into rate_limit_counter (key, window_start, hits) values (${storedKey}, now(), 1)
			on conflict (key) do update set
				hits = case when rate_limit_counter.window_start < now() - make_interval(secs => ${rule.windowSeconds}) then 1 else rate_limit_counter.hits + 1 end,
				window_start = case when rate_limit_counter.window_start < now() - make_interval(secs => ${rule.windowSeconds}) then now() else rate_limit_counter.window_start end
			returning hits, window_start`
	);
	const elapsedSeconds = (Date.now() - new Date(row.window_start).getTime()) / 1000;
	return { allowed: row.hits <= rule.max, retryAfterSeconds: Math.max(1, Math.ceil(rule.windowSeconds - elapsedSeconds)) };
}
