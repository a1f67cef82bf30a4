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
