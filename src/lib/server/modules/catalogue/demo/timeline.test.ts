import { describe, expect, test } from 'vitest';
import { alignPublicationDates } from './timeline';

const at = (iso: string) => new Date(`${iso}T12:00:00Z`);
const before = (rows: { kind: string; publishedAt?: Date | null }[], kind: string) =>
	rows.filter((row) => row.kind === kind && row.publishedAt && row.publishedAt < at('2025-04-01')).length;

describe('demonstration bank on 31 March 2025', () => {
	test('too many early items: the latest move into the next year, in order; the earliest keep their date', () => {
		const rows = ['2019-06-01', '2021-06-01', '2023-06-01', '2024-06-01', '2024-09-01', '2025-06-01'].map((iso) => ({ kind: 'mesure' as const, publishedAt: at(iso) }));
		alignPublicationDates(rows, { mesure: 3 });
		expect(before(rows, 'mesure')).toBe(3);
		expect(rows.slice(0, 3).map((row) => row.publishedAt.toISOString().slice(0, 10))).toEqual(['2019-06-01', '2021-06-01', '2023-06-01']);
		expect(rows[3].publishedAt < rows[4].publishedAt).toBe(true);
		expect(rows[3].publishedAt >= at('2025-04-01')).toBe(true);
	});

	test('too few early items: the earliest of the later ones move back before the cutoff; other kinds are untouched', () => {
		const rows = [
			...Array.from({ length: 5 }, () => ({ kind: 'programme' as const, publishedAt: at('2026-11-25') })),
			{ kind: 'outil' as const, publishedAt: at('2026-01-01') }
		];
		alignPublicationDates(rows, { programme: 4 });
		expect(before(rows, 'programme')).toBe(4);
		expect(rows[4].publishedAt.toISOString().slice(0, 10)).toBe('2026-11-25');
		expect(rows[5].publishedAt.toISOString().slice(0, 10)).toBe('2026-01-01');
	});
});
