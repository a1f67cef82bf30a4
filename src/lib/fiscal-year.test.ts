import { describe, expect, test } from 'vitest';
import { addDays, fiscalYearBounds, fiscalYearLabel, fiscalYearOf, fiscalYearPeriod, parseFiscalYearLabel, quebecMidnight, quebecToday } from './fiscal-year';

describe('fiscal year (1 April – 31 March)', () => {
	test('a date belongs to the year that started on the last 1 April', () => {
		expect(fiscalYearOf('2025-03-31')).toBe(2024);
		expect(fiscalYearOf('2025-04-01')).toBe(2025);
		expect(fiscalYearOf('2025-12-31')).toBe(2025);
		expect(fiscalYearOf('2026-01-01')).toBe(2025);
		expect(() => fiscalYearOf('31/03/2025')).toThrow();
	});

	test('bounds, label and parsing agree', () => {
		expect(fiscalYearBounds(2024)).toEqual({ first: '2024-04-01', last: '2025-03-31' });
		expect(fiscalYearLabel(2024)).toBe('2024-2025');
		expect(parseFiscalYearLabel('2024-2025')).toBe(2024);
		for (const bad of ['2024-2026', '2024', '2024-2025x', '', 'abcd-efgh']) expect(parseFiscalYearLabel(bad)).toBeNull();
	});

	test('the period for stats runs from midnight on 1 April in Québec (EDT, UTC−4) to the next', () => {
		const period = fiscalYearPeriod(2024);
		expect(period.start.toISOString()).toBe('2024-04-01T04:00:00.000Z');
		expect(period.end.toISOString()).toBe('2025-04-01T04:00:00.000Z');
		expect(quebecMidnight('2025-01-15').toISOString()).toBe('2025-01-15T05:00:00.000Z');
	});

	test('today in Québec differs from UTC late in the evening', () => {
		expect(quebecToday(new Date('2025-04-01T03:30:00Z'))).toBe('2025-03-31');
		expect(quebecToday(new Date('2025-04-01T04:30:00Z'))).toBe('2025-04-01');
	});

	test('adding days crosses months and years', () => {
		expect(addDays('2025-03-31', 1)).toBe('2025-04-01');
		expect(addDays('2024-12-31', 90)).toBe('2025-03-31');
		expect(addDays('2025-03-01', -1)).toBe('2025-02-28');
	});
});
