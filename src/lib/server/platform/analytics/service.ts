import { createHash, randomBytes } from 'node:crypto';
import { sql } from 'drizzle-orm';
import { selectRows, type Database } from '../../db/types';
import type { Period } from '../manifest';

export type Visit = { address: string; userAgent: string; at?: Date };

const dayOf = (at: Date) => at.toISOString().slice(0, 10);

/** Today's salt, shared by every instance; yesterday's salts are deleted as soon as a new day starts. */
async function saltFor(db: Database, day: string): Promise<string> {
	const [row] = await selectRows<{ salt: string; fresh: boolean }>(
		db,
		sql`with inserted as (
				insert into analytics_salt (day, salt) values (${day}, ${randomBytes(24).toString('base64url')})
				on conflict (day) do nothing returning salt
			)
			select salt, true as fresh from inserted union all select salt, false from analytics_salt where day = ${day} limit 1`
	);
	if (row.fresh) await db.execute(sql`delete from analytics_salt where day < ${day}::date - 1`);
	return row.salt;
}

/**
 * Counts a visitor of `scope` once per day, and the named events of the visit, in one transaction
 * that does not wait for the disk: a crash may lose the last few counts, and no reader waits for them.
 */
export async function recordVisit(db: Database, scope: string, visit: Visit, events: readonly string[] = []): Promise<void> {
	const day = dayOf(visit.at ?? new Date());
	await db.transaction(async (tx) => {
		await tx.execute(sql`set local synchronous_commit = off`);
		const salt = await saltFor(tx, day);
		const visitor = createHash('sha256').update(`${salt}|${visit.address}|${visit.userAgent}`).digest('base64url').slice(0, 22);
		await tx.execute(sql`insert into analytics_visitor_day (day, scope, visitor) values (${day}, ${scope}, ${visitor}) on conflict do nothing`);
		for (const name of events) await countEvent(tx, scope, name, day);
	});
}

export async function countEvent(db: Database, scope: string, name: string, day = dayOf(new Date())): Promise<void> {
	await db.execute(
		sql`insert into analytics_counter (day, scope, name, count) values (${day}, ${scope}, ${name}, 1)
			on conflict (day, scope, name) do update set count = analytics_counter.count + 1`
	);
}

export type AudienceFigures = { visitorDays: number; events: Record<string, number> };

/**
 * Visitors are counted per day (the salt changes daily), so over a period the figure is the sum
 * of daily unique visitors, which the report names as such.
 */
export async function audienceIn(db: Database, scope: string, period: Period): Promise<AudienceFigures> {
	const start = dayOf(period.start);
	const end = dayOf(period.end);
	const [visitors] = await selectRows<{ total: number }>(
		db,
		sql`select count(*)::int as total from analytics_visitor_day where scope = ${scope} and day >= ${start} and day < ${end}`
	);
	const counters = await selectRows<{ name: string; total: number }>(
		db,
		sql`select name, sum(count)::int as total from analytics_counter where scope = ${scope} and day >= ${start} and day < ${end} group by name`
	);
	return { visitorDays: visitors.total, events: Object.fromEntries(counters.map((row) => [row.name, row.total])) };
}
