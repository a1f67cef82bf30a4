import { expect, test } from 'vitest';
import { describeOnEachDatabase } from '../../db/test-databases';
import { hitRateLimit } from './service';

describeOnEachDatabase('rate limits', (context) => {
	test('allows up to the maximum in a window, then refuses with the time left', async () => {
		const rule = { max: 3, windowSeconds: 600 };
		const results = [];
		for (let attempt = 0; attempt < 5; attempt++) results.push(await hitRateLimit(context.db, 'sign-in:198.51.100.1', rule));
		expect(results.map((result) => result.allowed)).toEqual([true, true, true, false, false]);
		expect(results[4].retryAfterSeconds).toBeGreaterThan(590);
		expect((await hitRateLimit(context.db, 'sign-in:198.51.100.2', rule)).allowed).toBe(true);
	});

	test('concurrent attempts cannot slip under the limit', async () => {
		const rule = { max: 5, windowSeconds: 600 };
		const results = await Promise.all(Array.from({ length: 20 }, () => hitRateLimit(context.db, 'sign-up:198.51.100.9', rule)));
		expect(results.filter((result) => result.allowed)).toHaveLength(5);
	});

	test('a new window starts once the old one is over', async () => {
		const rule = { max: 1, windowSeconds: 1 };
		expect((await hitRateLimit(context.db, 'reset:198.51.100.3', rule)).allowed).toBe(true);
		expect((await hitRateLimit(context.db, 'reset:198.51.100.3', rule)).allowed).toBe(false);
		await new Promise((resolve) => setTimeout(resolve, 1100));
		expect((await hitRateLimit(context.db, 'reset:198.51.100.3', rule)).allowed).toBe(true);
	});
});
