import { eq } from 'drizzle-orm';
import type { Database } from '../../db/types';
import { AppError } from '../errors';
import { job, type Job } from './schema';

export type EnqueueInput = {
	queue: string;
	payload: unknown;
	/** A second enqueue with the same key, ever, returns the first job instead of adding one. */
	dedupeKey?: string;
	runAt?: Date;
	maxAttempts?: number;
};

/**
 * Adds a job. Pass the caller's transaction as `db` so that the job exists only if the business write
 * commits; a runner cannot see it before then.
 */
export async function enqueue(db: Database, input: EnqueueInput): Promise<Job> {
	const maxAttempts = input.maxAttempts ?? 5;
	if (!Number.isInteger(maxAttempts) || maxAttempts < 1) {
		throw new AppError('invalid_input', 'Le nombre maximal de tentatives doit être un entier positif.');
	}
	const [created] = await db
		.insert(job)
		.values({ queue: input.queue, payload: input.payload, dedupeKey: input.dedupeKey, runAt: input.runAt, maxAttempts })
		.onConflictDoNothing({ target: job.dedupeKey })
		.returning();
	if (created) return created;
	// Only a dedupe key can conflict; the insert waited for any concurrent holder of the key, so the row is visible now.
	const [existing] = await db
		.select()
		.from(job)
		.where(eq(job.dedupeKey, input.dedupeKey ?? ''));
	if (!existing) throw new Error(`Tâche introuvable pour la clé de dédoublonnage ${input.dedupeKey}.`);
	return existing;
}
