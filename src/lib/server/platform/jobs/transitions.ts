import { and, eq, gte, inArray, lt, lte, or, sql, type SQL } from 'drizzle-orm';
import type { Database } from '../../db/types';
import { job, type Job } from './schema';

// Every time comes from the database clock, so instances with skewed clocks agree on what is due or expired.
const inMilliseconds = (ms: number): SQL => sql`now() + ${`${Math.max(0, Math.round(ms))} milliseconds`}::interval`;

// `attempts` changes at each claim: a runner whose expired lock was taken over matches nothing any more.
const heldBy = (claimed: Job): SQL | undefined =>
	and(eq(job.id, claimed.id), eq(job.status, 'running'), eq(job.attempts, claimed.attempts));

/** Takes the next due job of these queues, or one whose runner stopped renewing its lock; other runners skip it. */
export async function claimNextJob(db: Database, queues: string[], lockMs: number): Promise<Job | undefined> {
	const next = db
		.select({ id: job.id })
		.from(job)
		.where(
			and(
				inArray(job.queue, queues),
				lte(job.runAt, sql`now()`),
				lt(job.attempts, job.maxAttempts),
				or(eq(job.status, 'pending'), and(eq(job.status, 'running'), lt(job.lockedUntil, sql`now()`)))
			)
		)
		.orderBy(job.runAt)
		.limit(1)
		.for('update', { skipLocked: true });
	// A scalar subquery runs once, so the limit holds (an `in (…)` may be re-evaluated by a join plan).
	const [claimed] = await db
		.update(job)
		.set({ status: 'running', attempts: sql`${job.attempts} + 1`, lockedUntil: inMilliseconds(lockMs) })
		.where(eq(job.id, sql`(${next})`))
		.returning();
	return claimed;
}

/** Keeps the job ours while its handler is still working. */
export async function extendLock(db: Database, claimed: Job, lockMs: number): Promise<void> {
	await db.update(job).set({ lockedUntil: inMilliseconds(lockMs) }).where(heldBy(claimed));
}

/**
 * Marks the job done and runs `finish` in the same transaction, so what the handler records commits with
 * the job's completion or not at all. False when another runner has taken the job over.
 */
export async function completeJob(db: Database, claimed: Job, finish?: (tx: Database) => Promise<void>): Promise<boolean> {
	return db.transaction(async (tx) => {
		const done = await tx
			.update(job)
			.set({ status: 'done', lockedUntil: null, finishedAt: sql`now()` })
			.where(heldBy(claimed))
			.returning({ id: job.id });
		if (done.length === 0) return false;
		await finish?.(tx);
		return true;
	});
}

export type FailureOutcome = 'retry' | 'failed' | 'lost';

/** Schedules another try after `delayMs`, or gives up once the attempts are spent; the error is kept either way. */
export async function failJob(db: Database, claimed: Job, error: string, delayMs: number): Promise<FailureOutcome> {
	const exhausted = claimed.attempts >= claimed.maxAttempts;
	const updated = await db
		.update(job)
		.set(
			exhausted
				? { status: 'failed', lastError: error, lockedUntil: null, finishedAt: sql`now()` }
				: { status: 'pending', lastError: error, lockedUntil: null, runAt: inMilliseconds(delayMs) }
		)
		.where(heldBy(claimed))
		.returning({ id: job.id });
	if (updated.length === 0) return 'lost';
	return exhausted ? 'failed' : 'retry';
}

/** Gives up on jobs whose last allowed try never reported back (the process died), which no claim will take. */
export async function failAbandonedJobs(db: Database, queues: string[]): Promise<number> {
	const abandoned = await db
		.update(job)
		.set({
			status: 'failed',
			lockedUntil: null,
			finishedAt: sql`now()`,
			lastError: 'Le dernier essai ne s’est pas terminé (processus arrêté ?) et les tentatives sont épuisées.'
		})
		.where(
			and(
				inArray(job.queue, queues),
				eq(job.status, 'running'),
				lt(job.lockedUntil, sql`now()`),
				gte(job.attempts, job.maxAttempts)
			)
		)
		.returning({ id: job.id });
	return abandoned.length;
}
