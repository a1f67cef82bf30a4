import { eq, sql } from 'drizzle-orm';
import { setTimeout as sleep } from 'node:timers/promises';
import { beforeAll, expect, test } from 'vitest';
import { describeOnEachDatabase } from '../../db/test-databases';
import { selectRows } from '../../db/types';
import { createLogger } from '../logger';
import { retryDelayMs } from './backoff';
import { enqueue } from './enqueue';
import { createJobRunner, type JobHandler } from './runner';
import { job } from './schema';

const logger = createLogger('silent');

test('the retry delay doubles from 30 s and is capped', () => {
	expect([1, 2, 3, 4].map(retryDelayMs)).toEqual([30_000, 60_000, 120_000, 240_000]);
	expect(retryDelayMs(40)).toBe(6 * 60 * 60_000);
});

describeOnEachDatabase('job queue: runner', (context) => {
	beforeAll(async () => {
		await context.db.execute(sql`create table if not exists job_test_mark (job_id uuid primary key)`);
	});

	const runner = (handlers: Record<string, JobHandler>, lockMs?: number) =>
		createJobRunner({ db: context.db, logger, handlers, pollIntervalMs: 20, lockMs });
	const read = async (id: string) => (await context.db.select().from(job).where(eq(job.id, id)))[0];
	const secondsUntilRun = async (id: string) => {
		const [row] = await selectRows<{ seconds: number }>(
			context.db,
			sql`select extract(epoch from run_at - now())::float8 as seconds from job where id = ${id}`
		);
		return row.seconds;
	};
	const makeDue = (id: string) => context.db.update(job).set({ runAt: sql`now()` }).where(eq(job.id, id));

	test('runs a due job once with its payload, then marks it done', async () => {
		const seen: unknown[] = [];
		const added = await enqueue(context.db, { queue: 'run-once', payload: { to: 'ana@example.org' } });
		const jobs = runner({ 'run-once': async (payload) => void seen.push(payload) });
		expect(await jobs.runDueJobs()).toBe(1);
		expect(await jobs.runDueJobs()).toBe(0);
		expect(seen).toEqual([{ to: 'ana@example.org' }]);
		const finished = await read(added.id);
		expect(finished).toMatchObject({ status: 'done', attempts: 1, lockedUntil: null });
		expect(finished.finishedAt).toBeInstanceOf(Date);
	});

	test('leaves jobs planned for later, and jobs of queues it has no handler for', async () => {
		await enqueue(context.db, { queue: 'run-later', payload: {}, runAt: new Date(Date.now() + 3_600_000) });
		await enqueue(context.db, { queue: 'run-elsewhere', payload: {} });
		const jobs = runner({ 'run-later': async () => {} });
		expect(await jobs.runDueJobs()).toBe(0);
	});

	test('a failure retries after 30 s, then 60 s, then fails for good keeping the last error', async () => {
		let calls = 0;
		const added = await enqueue(context.db, { queue: 'run-failing', payload: {}, maxAttempts: 3 });
		const jobs = runner({
			'run-failing': async () => {
				calls += 1;
				throw new Error(`panne n° ${calls}`);
			}
		});

		expect(await jobs.runDueJobs()).toBe(1);
		expect(await read(added.id)).toMatchObject({ status: 'pending', attempts: 1, lastError: 'Error: panne n° 1', lockedUntil: null });
		expect(await secondsUntilRun(added.id)).toBeGreaterThan(25);
		expect(await secondsUntilRun(added.id)).toBeLessThanOrEqual(30);
		expect(await jobs.runDueJobs()).toBe(0);

		await makeDue(added.id);
		expect(await jobs.runDueJobs()).toBe(1);
		expect(await read(added.id)).toMatchObject({ status: 'pending', attempts: 2, lastError: 'Error: panne n° 2' });
		expect(await secondsUntilRun(added.id)).toBeGreaterThan(55);
		expect(await secondsUntilRun(added.id)).toBeLessThanOrEqual(60);

		await makeDue(added.id);
		expect(await jobs.runDueJobs()).toBe(1);
		const failed = await read(added.id);
		expect(failed).toMatchObject({ status: 'failed', attempts: 3, lastError: 'Error: panne n° 3', lockedUntil: null });
		expect(failed.finishedAt).toBeInstanceOf(Date);

		await makeDue(added.id);
		expect(await jobs.runDueJobs()).toBe(0);
		expect(calls).toBe(3);
	});

	test('a job whose lock expired (crashed runner) is claimed again; a live lock is left alone', async () => {
		const crashed = await enqueue(context.db, { queue: 'run-crashed', payload: { n: 1 } });
		const busy = await enqueue(context.db, { queue: 'run-crashed', payload: { n: 2 } });
		await context.db
			.update(job)
			.set({ status: 'running', attempts: 1, lockedUntil: sql`now() - interval '1 minute'` })
			.where(eq(job.id, crashed.id));
		await context.db
			.update(job)
			.set({ status: 'running', attempts: 1, lockedUntil: sql`now() + interval '5 minutes'` })
			.where(eq(job.id, busy.id));
		const seen: unknown[] = [];
		expect(await runner({ 'run-crashed': async (payload) => void seen.push(payload) }).runDueJobs()).toBe(1);
		expect(seen).toEqual([{ n: 1 }]);
		expect(await read(crashed.id)).toMatchObject({ status: 'done', attempts: 2 });
		expect(await read(busy.id)).toMatchObject({ status: 'running', attempts: 1 });
	});

	test('a job that crashed its runner on the last attempt is marked failed, not run again', async () => {
		const added = await enqueue(context.db, { queue: 'run-abandoned', payload: {}, maxAttempts: 2 });
		await context.db
			.update(job)
			.set({ status: 'running', attempts: 2, lockedUntil: sql`now() - interval '1 minute'` })
			.where(eq(job.id, added.id));
		let calls = 0;
		expect(await runner({ 'run-abandoned': async () => void (calls += 1) }).runDueJobs()).toBe(0);
		expect(calls).toBe(0);
		expect(await read(added.id)).toMatchObject({ status: 'failed', attempts: 2 });
		expect((await read(added.id)).lastError).toMatch(/tentatives sont épuisées/);
	});

	test('what the handler records commits with the job, and not at all if another runner took the job over', async () => {
		const kept = await enqueue(context.db, { queue: 'run-finish', payload: { takeOver: false } });
		const lost = await enqueue(context.db, { queue: 'run-finish', payload: { takeOver: true } });
		const handler: JobHandler = async (payload, claimed) => {
			if ((payload as { takeOver: boolean }).takeOver) {
				// Another instance reclaims the job, as if this one had stalled past its lock.
				await context.db.update(job).set({ attempts: sql`${job.attempts} + 1` }).where(eq(job.id, claimed.id));
			}
			return async (tx) => {
				await tx.execute(sql`insert into job_test_mark (job_id) values (${claimed.id})`);
			};
		};
		expect(await runner({ 'run-finish': handler }).runDueJobs()).toBe(2);
		const marks = await selectRows<{ job_id: string }>(context.db, sql`select job_id from job_test_mark`);
		expect(marks.map((mark) => mark.job_id)).toEqual([kept.id]);
		expect(await read(kept.id)).toMatchObject({ status: 'done' });
		expect(await read(lost.id)).toMatchObject({ status: 'running', attempts: 2 });
	});

	test('a long job renews its lock, so no other runner takes it', async () => {
		await enqueue(context.db, { queue: 'run-long', payload: {} });
		let calls = 0;
		const handlers: Record<string, JobHandler> = {
			'run-long': async () => {
				calls += 1;
				await sleep(900);
			}
		};
		const first = runner(handlers, 300);
		const second = runner(handlers, 300);
		const running = first.runDueJobs();
		await sleep(600);
		expect(await second.runDueJobs()).toBe(0);
		expect(await running).toBe(1);
		expect(calls).toBe(1);
	});

	test('two runners on 50 jobs run each job exactly once', async () => {
		const added = await Promise.all(
			Array.from({ length: 50 }, (_, n) => enqueue(context.db, { queue: 'run-concurrent', payload: { n } }))
		);
		const calls: string[] = [];
		const handler: JobHandler = async (_payload, claimed) => {
			calls.push(claimed.id);
			await sleep(5);
		};
		const [ranByFirst, ranBySecond] = await Promise.all([
			runner({ 'run-concurrent': handler }).runDueJobs(),
			runner({ 'run-concurrent': handler }).runDueJobs()
		]);
		expect(ranByFirst + ranBySecond).toBe(50);
		if (context.kind === 'postgres') expect(Math.min(ranByFirst, ranBySecond)).toBeGreaterThan(0);
		expect(calls.length).toBe(50);
		expect(new Set(calls)).toEqual(new Set(added.map((one) => one.id)));
		const statuses = await context.db.select({ status: job.status }).from(job).where(eq(job.queue, 'run-concurrent'));
		expect(statuses.every((row) => row.status === 'done')).toBe(true);
	});

	test('start polls for new jobs and stop waits for the job in hand', async () => {
		let started = false;
		const added = await enqueue(context.db, { queue: 'run-polling', payload: {} });
		const jobs = runner({
			'run-polling': async () => {
				started = true;
				await sleep(300);
			}
		});
		jobs.start();
		while (!started) await sleep(10);
		await jobs.stop();
		expect(await read(added.id)).toMatchObject({ status: 'done' });

		const later = await enqueue(context.db, { queue: 'run-polling', payload: {} });
		await sleep(100);
		expect(await read(later.id)).toMatchObject({ status: 'pending' });
	});
});
