import { sql } from 'drizzle-orm';
import { expect, test } from 'vitest';
import { describeOnEachDatabase } from '../../db/test-databases';
import { selectRows } from '../../db/types';
import { audienceIn, countEvent, recordVisit } from './service';

const day = (iso: string) => new Date(`${iso}T12:00:00Z`);

describeOnEachDatabase('privacy-friendly audience', (context) => {
	test('a visitor counts once a day, events add up, and no address is stored', async () => {
		const { db } = context;
		const alice = { address: '203.0.113.7', userAgent: 'Firefox' };
		const bob = { address: '203.0.113.8', userAgent: 'Firefox' };
		await recordVisit(db, 'essai', { ...alice, at: day('2026-03-02') }, ['search']);
		await recordVisit(db, 'essai', { ...alice, at: day('2026-03-02') }, ['search', 'search-without-result']);
		await recordVisit(db, 'essai', { ...bob, at: day('2026-03-02') });
		await recordVisit(db, 'essai', { ...alice, at: day('2026-03-03') });
		await recordVisit(db, 'autre', { ...alice, at: day('2026-03-03') });
		await countEvent(db, 'essai', 'export-xlsx', '2026-03-03');

		const march = await audienceIn(db, 'essai', { start: new Date('2026-03-01T00:00:00Z'), end: new Date('2026-04-01T00:00:00Z') });
		expect(march).toEqual({ visitorDays: 3, events: { search: 2, 'search-without-result': 1, 'export-xlsx': 1 } });
		const secondOnly = await audienceIn(db, 'essai', { start: new Date('2026-03-02T00:00:00Z'), end: new Date('2026-03-03T00:00:00Z') });
		expect(secondOnly.visitorDays).toBe(2);

		const stored = await selectRows<{ visitor: string }>(db, sql`select visitor from analytics_visitor_day`);
		for (const row of stored) {
			expect(row.visitor).not.toContain('203.0.113');
			expect(row.visitor).toMatch(/^[A-Za-z0-9_-]{22}$/);
		}
	});

	test('the same person is a different visitor on another day, and old salts are deleted', async () => {
		const { db } = context;
		const carol = { address: '198.51.100.77', userAgent: 'Chromium' };
		await recordVisit(db, 'sel', { ...carol, at: day('2026-05-10') });
		await recordVisit(db, 'sel', { ...carol, at: day('2026-05-11') });
		await recordVisit(db, 'sel', { ...carol, at: day('2026-05-14') });
		const visitors = await selectRows<{ visitor: string }>(db, sql`select visitor from analytics_visitor_day where scope = 'sel' order by day`);
		expect(new Set(visitors.map((row) => row.visitor)).size).toBe(3);
		const salts = await selectRows<{ day: string }>(db, sql`select day::text from analytics_salt order by day`);
		expect(salts.map((row) => row.day)).toEqual(['2026-05-14']);
	});
});
