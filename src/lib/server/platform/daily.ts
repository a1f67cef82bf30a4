import { z } from 'zod';
import { quebecToday } from '$lib/fiscal-year';
import type { Database } from '../db/types';
import { enqueue } from './jobs/enqueue';
import type { JobHandler } from './jobs/runner';
import type { Logger } from './logger';
import type { ModuleManifest } from './manifest';

export const DAILY_QUEUE = 'daily';

const dailyPayload = z.object({ module: z.string(), day: z.string() });

/** Queues today's run of each module's daily work; the dedupe key makes a second call the same day (or another instance's) a no-op. */
export async function queueDailyRuns(db: Database, manifests: readonly ModuleManifest[], now: Date = new Date()): Promise<number> {
	const day = quebecToday(now);
	let queued = 0;
	for (const manifest of manifests) {
		if (!manifest.daily) continue;
		await enqueue(db, { queue: DAILY_QUEUE, payload: { module: manifest.name, day }, dedupeKey: `daily:${manifest.name}:${day}` });
		queued += 1;
	}
	return queued;
}

export function createDailyJobHandler(db: Database, manifests: readonly ModuleManifest[], origin: string): JobHandler {
	return async (payload) => {
		const { module, day } = dailyPayload.parse(payload);
		const manifest = manifests.find((candidate) => candidate.name === module);
		if (!manifest?.daily) throw new Error(`Aucun travail quotidien pour le module ${module}.`);
		await manifest.daily({ db, today: day, origin });
	};
}

/** Checks every hour whether today's runs are queued (the first check is at start). */
export function scheduleDailyRuns(db: Database, manifests: readonly ModuleManifest[], logger: Logger, intervalMs = 60 * 60_000): () => void {
	const check = () => queueDailyRuns(db, manifests).catch((error: unknown) => logger.error({ err: error }, 'travaux quotidiens non planifiés'));
	void check();
	const timer = setInterval(check, intervalMs);
	timer.unref();
	return () => clearInterval(timer);
}
