import { eq, sql } from 'drizzle-orm';
import type { Database } from '../db/types';
import { platformSetting } from '../db/platform-schema';

export async function readSetting<Value>(db: Database, key: string): Promise<Value | null> {
	const [row] = await db.select({ value: platformSetting.value }).from(platformSetting).where(eq(platformSetting.key, key));
	return row ? (row.value as Value) : null;
}

export async function writeSetting(db: Database, key: string, value: unknown): Promise<void> {
	await db
		.insert(platformSetting)
		.values({ key, value })
		.onConflictDoUpdate({ target: platformSetting.key, set: { value, updatedAt: sql`now()` } });
}

/** Stores a value only if the key has none yet, and returns the value that won (for values every instance must share). */
export async function claimSetting<Value>(db: Database, key: string, candidate: Value): Promise<Value> {
	await db.insert(platformSetting).values({ key, value: candidate }).onConflictDoNothing({ target: platformSetting.key });
	return (await readSetting<Value>(db, key)) as Value;
}
