import { and, eq } from 'drizzle-orm';
import { expect, test } from 'vitest';
import { describeOnEachDatabase } from '../db/test-databases';
import { createDailyJobHandler, DAILY_QUEUE, queueDailyRuns } from './daily';
import { createJobRunner } from './jobs/runner';
import { job } from './jobs/schema';
import type { DailyContext, ModuleManifest } from './manifest';
import { createLogger } from './logger';

const logger = createLogger('silent');

describeOnEachDatabase('daily work of modules', (context) => {
	test('each module with daily work runs once per Québec day, however often runs are queued', async () => {
		const runs: DailyContext['today'][] = [];
		const manifests: ModuleManifest[] = [{ name: 'quotidien-essai', daily: async ({ today }) => void runs.push(today) }, { name: 'sans-travail' }];
		const runner = createJobRunner({ db: context.db, logger, handlers: { [DAILY_QUEUE]: createDailyJobHandler(context.db, manifests, 'https://plateforme.exemple.ca') } });

		const evening = new Date('2030-06-10T23:30:00Z'); // 19 h 30 in Montréal
		expect(await queueDailyRuns(context.db, manifests, evening)).toBe(1);
		await queueDailyRuns(context.db, manifests, evening);
		await runner.runDueJobs();
		// A restarted process queues the same day again: the dedupe key keeps it to one run.
		await queueDailyRuns(context.db, manifests, new Date('2030-06-11T03:00:00Z'));
		await runner.runDueJobs();
		expect(runs).toEqual(['2030-06-10']);

		await queueDailyRuns(context.db, manifests, new Date('2030-06-11T12:00:00Z'));
		await runner.runDueJobs();
		expect(runs).toEqual(['2030-06-10', '2030-06-11']);
		const done = await context.db
			.select()
			.from(job)
			.where(and(eq(job.queue, DAILY_QUEUE), eq(job.status, 'done')));
		expect(done.map((row) => row.dedupeKey).sort()).toEqual(['daily:quotidien-essai:2030-06-10', 'daily:quotidien-essai:2030-06-11']);
	});

	test('a failing daily run is retried, not lost', async () => {
		let attempts = 0;
		const manifests: ModuleManifest[] = [
			{
				name: 'quotidien-fragile',
				daily: async () => {
					attempts += 1;
					if (attempts === 1) throw new Error('serveur de courriel indisponible');
				}
			}
		];
		const runner = createJobRunner({ db: context.db, logger, handlers: { [DAILY_QUEUE]: createDailyJobHandler(context.db, manifests, 'https://plateforme.exemple.ca') }, retryDelayMs: () => 0 });
		await queueDailyRuns(context.db, manifests, new Date('2030-07-01T12:00:00Z'));
		await runner.runDueJobs();
		await runner.runDueJobs();
		expect(attempts).toBe(2);
	});
});
