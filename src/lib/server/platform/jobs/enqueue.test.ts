import { count, eq } from 'drizzle-orm';
import { expect, test } from 'vitest';
import { describeOnEachDatabase } from '../../db/test-databases';
import { enqueue } from './enqueue';
import { job } from './schema';

describeOnEachDatabase('job queue: enqueue', (context) => {

	const jobsIn = async (queue: string) => {
		const [{ n }] = await context.db.select({ n: count() }).from(job).where(eq(job.queue, queue));
		return n;
	};

	test('a new job is pending, due now, with five attempts by default', async () => {
		const added = await enqueue(context.db, { queue: 'enqueue-defaults', payload: { hello: 'monde' } });
		expect(added).toMatchObject({ status: 'pending', attempts: 0, maxAttempts: 5, payload: { hello: 'monde' }, lockedUntil: null });
		expect(Math.abs(added.runAt.getTime() - Date.now())).toBeLessThan(60_000);
	});

	test('a second enqueue with the same dedupe key returns the first job and adds nothing', async () => {
		const first = await enqueue(context.db, { queue: 'enqueue-dedupe', payload: { n: 1 }, dedupeKey: 'welcome:42' });
		const second = await enqueue(context.db, { queue: 'enqueue-dedupe', payload: { n: 2 }, dedupeKey: 'welcome:42' });
		expect(second.id).toBe(first.id);
		expect(second.payload).toEqual({ n: 1 });
		expect(await jobsIn('enqueue-dedupe')).toBe(1);
	});

	test('jobs without a dedupe key never collide', async () => {
		await enqueue(context.db, { queue: 'enqueue-no-key', payload: {} });
		await enqueue(context.db, { queue: 'enqueue-no-key', payload: {} });
		expect(await jobsIn('enqueue-no-key')).toBe(2);
	});

	test('a job enqueued in a rolled-back transaction does not exist; in a committed one it does', async () => {
		await expect(
			context.db.transaction(async (tx) => {
				await enqueue(tx, { queue: 'enqueue-transaction', payload: { kept: false } });
				throw new Error('la transaction métier échoue');
			})
		).rejects.toThrow('la transaction métier échoue');
		expect(await jobsIn('enqueue-transaction')).toBe(0);

		await context.db.transaction(async (tx) => {
			await enqueue(tx, { queue: 'enqueue-transaction', payload: { kept: true } });
		});
		expect(await jobsIn('enqueue-transaction')).toBe(1);
	});

	test('a dedupe key freed by a rolled-back transaction can be used again', async () => {
		await expect(
			context.db.transaction(async (tx) => {
				await enqueue(tx, { queue: 'enqueue-key-rollback', payload: {}, dedupeKey: 'rolled-back' });
				throw new Error('annulée');
			})
		).rejects.toThrow();
		const added = await enqueue(context.db, { queue: 'enqueue-key-rollback', payload: {}, dedupeKey: 'rolled-back' });
		expect(added.dedupeKey).toBe('rolled-back');
	});

	test('refuses a maximum of attempts below one', async () => {
		await expect(enqueue(context.db, { queue: 'enqueue-invalid', payload: {}, maxAttempts: 0 })).rejects.toMatchObject({
			code: 'invalid_input'
		});
	});
});
