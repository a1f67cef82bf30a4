import type { Database } from '../../db/types';
import type { Logger } from '../logger';
import { retryDelayMs as defaultRetryDelayMs } from './backoff';
import type { Job } from './schema';
import { claimNextJob, completeJob, extendLock, failAbandonedJobs, failJob } from './transitions';

/** Writes to commit in the transaction that marks the job done (for example “this message was sent”). */
export type FinishJob = (tx: Database) => Promise<void>;

/** Does the job's work; throwing schedules a retry. The payload comes from the database: parse it. */
export type JobHandler = (payload: unknown, job: Job) => Promise<void | FinishJob>;

export type JobRunnerOptions = {
	db: Database;
	logger: Logger;
	handlers: Record<string, JobHandler>;
	/** Pause between two looks at the table when nothing was due. */
	pollIntervalMs?: number;
	/** How long a claimed job stays ours without news; renewed while the handler works, so only a dead process loses it. */
	lockMs?: number;
	retryDelayMs?: (attempts: number) => number;
};

export type JobRunner = {
	start(): void;
	/** Stops polling and waits for the job in hand to finish. */
	stop(): Promise<void>;
	/** Claims and runs due jobs until none is left; returns how many ran. */
	runDueJobs(): Promise<number>;
};

export function createJobRunner(options: JobRunnerOptions): JobRunner {
	const { db, logger, handlers } = options;
	const pollIntervalMs = options.pollIntervalMs ?? 1_000;
	const lockMs = options.lockMs ?? 5 * 60_000;
	const retryDelayMs = options.retryDelayMs ?? defaultRetryDelayMs;
	const queues = Object.keys(handlers);
	let loop: Promise<void> | undefined;
	let stopping = false;
	let wake: (() => void) | undefined;

	async function run(claimed: Job): Promise<void> {
		const log = logger.child({ jobId: claimed.id, queue: claimed.queue, attempt: claimed.attempts });
		let renewal: Promise<void> = Promise.resolve();
		const heartbeat = setInterval(() => {
			renewal = extendLock(db, claimed, lockMs).catch((error: unknown) => log.warn({ err: error }, 'verrou de tâche non renouvelé'));
		}, Math.max(1, Math.floor(lockMs / 3)));
		try {
			const finish = await handlers[claimed.queue](claimed.payload, claimed);
			const completed = await completeJob(db, claimed, typeof finish === 'function' ? finish : undefined);
			if (completed) log.info('tâche terminée');
			else log.warn('tâche reprise par une autre instance pendant son exécution');
		} catch (error) {
			await recordFailure(claimed, error, log);
		} finally {
			clearInterval(heartbeat);
			await renewal;
		}
	}

	async function recordFailure(claimed: Job, error: unknown, log: Logger): Promise<void> {
		const message = (error instanceof Error ? `${error.name}: ${error.message}` : String(error)).slice(0, 4_000);
		try {
			const outcome = await failJob(db, claimed, message, retryDelayMs(claimed.attempts));
			const fields = { err: error, outcome };
			if (outcome === 'failed') log.error(fields, 'tâche abandonnée après la dernière tentative');
			else log.warn(fields, 'échec de la tâche');
		} catch (recordError) {
			// The lock will expire and the job will be claimed again: nothing is lost.
			log.error({ err: recordError, cause: error }, 'échec de la tâche non enregistré');
		}
	}

	async function drain(keepGoing: () => boolean): Promise<number> {
		if (queues.length === 0) return 0;
		const abandoned = await failAbandonedJobs(db, queues);
		if (abandoned > 0) logger.error({ count: abandoned }, 'tâches abandonnées : processus arrêté au dernier essai');
		let ran = 0;
		while (keepGoing()) {
			const claimed = await claimNextJob(db, queues, lockMs);
			if (!claimed) break;
			await run(claimed);
			ran += 1;
		}
		return ran;
	}

	async function poll(): Promise<void> {
		while (!stopping) {
			try {
				await drain(() => !stopping);
			} catch (error) {
				logger.error({ err: error }, 'relève des tâches impossible');
			}
			if (stopping) break;
			await new Promise<void>((resolve) => {
				const timer = setTimeout(resolve, pollIntervalMs);
				wake = () => {
					clearTimeout(timer);
					resolve();
				};
			});
		}
	}

	return {
		start() {
			if (loop) return;
			stopping = false;
			loop = poll();
		},
		async stop() {
			stopping = true;
			wake?.();
			await loop;
			loop = undefined;
		},
		runDueJobs: () => drain(() => true)
	};
}
