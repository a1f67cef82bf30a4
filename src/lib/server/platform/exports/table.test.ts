import { describe, expect, it } from 'vitest';
import { cellText, guardFormula, isoDay, safeLink, unguardFormula } from './table';
import { sheetName, uniqueSheetNames } from './sheet-name';

describe('cellText and isoDay', () => {
	it('keeps the day of a date-only value and gives a moment the day it was in Québec', () => {
		expect(isoDay(new Date('2026-11-25'))).toBe('2026-11-25');
		// 22 h in Montréal on November 24 is already November 25 in UTC.
		expect(isoDay(new Date('2026-11-25T03:00:00Z'))).toBe('2026-11-24');
		expect(isoDay(new Date('2026-07-01T15:30:00Z'))).toBe('2026-07-01');
	});

	it('turns every kind of cell into text', () => {
		expect(cellText(null)).toBe('');
		expect(cellText(undefined)).toBe('');
		expect(cellText(['Santé', '', 'Aînés'])).toBe('Santé; Aînés');
		expect(cellText(12.5)).toBe('12.5');
		expect(cellText(Number.NaN)).toBe('');
		expect(cellText(new Date('invalid'))).toBe('');
	});
});

describe('formula guard', () => {
	it('prefixes what a spreadsheet would run, and unguard undoes it exactly', () => {
		for (const text of ['=1+1', '+33', '-x', '@a', '\tx', '\rx', "'=x", "''+y"]) {
			expect(guardFormula(text)).toBe(`'${text}`);
			expect(unguardFormula(guardFormula(text))).toBe(text);
		}
		for (const text of ['Lévis', "l'été", "'cité'", '', '1=1']) {
			expect(guardFormula(text)).toBe(text);
			expect(unguardFormula(text)).toBe(text);
		}
	});
});

describe('safeLink', () => {
	it('lets only web and mail links through', () => {
		expect(safeLink('https://espacemuni.org/mesures?q=été')).toBe('https://espacemuni.org/mesures?q=%C3%A9t%C3%A9');
		expect(safeLink('mailto:info@espacemuni.org')).toBe('mailto:info@espacemuni.org');
		expect(safeLink('javascript:alert(1)')).toBeNull();
		expect(safeLink('file:///etc/passwd')).toBeNull();
		expect(safeLink('pas une adresse')).toBeNull();
	});
});

describe('sheet names', () => {
	it('follows Excel rules', () => {
		expect(sheetName('Mesures: été/2026 [brouillon]*?\\')).toBe('Mesures été 2026 brouillon');
		expect(sheetName("'Liste'")).toBe('Liste');
		expect(sheetName('   ')).toBe('Feuille');
		expect(sheetName('History')).toBe('History (1)');
		const long = sheetName('Banque des 1001 mesures pour la santé des municipalités');
		expect(long).toBe('Banque des 1001 mesures pour la');
		expect(long.length).toBeLessThanOrEqual(31);
	});

	it('makes names unique the way Excel compares them, without going over 31 characters', () => {
		const names = uniqueSheetNames(['Mesures', 'MESURES', 'mesures', 'Banque des 1001 mesures pour la santé', 'Banque des 1001 mesures pour la vie']);
		expect(names).toEqual(['Mesures', 'MESURES (2)', 'mesures (3)', 'Banque des 1001 mesures pour la', 'Banque des 1001 mesures pou (2)']);
		for (const name of names) expect(name.length).toBeLessThanOrEqual(31);
	});
});
