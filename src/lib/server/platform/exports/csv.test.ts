import { describe, expect, it } from 'vitest';
import { AppError } from '../errors';
import { readCsvRows, toCsv } from './csv';
import { SpreadsheetReadError, SpreadsheetTooLargeError } from './rows';
import type { ExportTable } from './table';

const BOM = '\uFEFF';

const table: ExportTable = {
	title: 'Mesures',
	columns: [
		{ key: 'name', header: 'Nom de la mesure' },
		{ key: 'count', header: 'Nombre', kind: 'number' },
		{ key: 'day', header: 'Date', kind: 'date' },
		{ key: 'tags', header: 'Thèmes' }
	],
	rows: [
		{ name: 'Parc, jeux et « ruelles »', count: 1250, day: new Date('2026-11-25'), tags: ['Santé', 'Aînés'] },
		{ name: 'Il a dit "bonjour"\nà Lévis', count: -3.5, day: null, tags: [] },
		{ name: '=HYPERLINK("http://evil.example")', count: null, day: new Date('2026-01-02T00:00:00Z'), tags: ['+1 418 555-1234'] },
		{ name: '@SUM(A1)', count: 0, day: null, tags: null },
		{ name: '-2+3', count: null, day: null, tags: ['\tcaché'] }
	]
};

describe('toCsv', () => {
	const csv = toCsv(table);
	const lines = csv.slice(1).split('\r\n');

	it('starts with a UTF-8 BOM and ends every line with CRLF', () => {
		expect(csv.startsWith(BOM)).toBe(true);
		expect(csv.endsWith('\r\n')).toBe(true);
		expect(csv.replaceAll('\r\n', '').includes('\r')).toBe(false);
		expect(lines[0]).toBe('Nom de la mesure,Nombre,Date,Thèmes');
	});

	it('quotes fields with commas, quotes or line breaks (RFC 4180) and leaves others bare', () => {
		expect(lines[1]).toBe('"Parc, jeux et « ruelles »",1250,2026-11-25,Santé; Aînés');
		expect(csv).toContain('"Il a dit ""bonjour""\nà Lévis",-3.5,,\r\n');
	});

	it('writes dates as yyyy-mm-dd and joins lists', () => {
		expect(lines[3]).toBe(`"'=HYPERLINK(""http://evil.example"")",,2026-01-02,'+1 418 555-1234`);
	});

	it('puts an apostrophe before text a spreadsheet would run as a formula, but not before numbers', () => {
		expect(csv).toContain(`"'=HYPERLINK(""http://evil.example"")"`);
		expect(csv).toContain("\r\n'@SUM(A1),0,,\r\n");
		expect(csv).toContain("\r\n'-2+3,,,'\tcaché\r\n");
		expect(csv).toContain(',-3.5,');
		expect(csv).not.toMatch(/(^|,|\n)[=+@]/);
	});

	it('guards a header too', () => {
		const guarded = toCsv({ title: 't', columns: [{ key: 'a', header: '=cmd' }], rows: [] });
		expect(guarded).toBe(`${BOM}'=cmd\r\n`);
	});
});

describe('readCsvRows', () => {
	it('reads back what toCsv wrote, without the BOM or the formula guard', () => {
		const { headers, rows } = readCsvRows(toCsv(table));
		expect(headers).toEqual(['Nom de la mesure', 'Nombre', 'Date', 'Thèmes']);
		expect(rows).toEqual([
			['Parc, jeux et « ruelles »', '1250', '2026-11-25', 'Santé; Aînés'],
			['Il a dit "bonjour"\nà Lévis', '-3.5', '', ''],
			['=HYPERLINK("http://evil.example")', '', '2026-01-02', '+1 418 555-1234'],
			['@SUM(A1)', '0', '', ''],
			['-2+3', '', '', 'caché']
		]);
	});

	it('keeps an apostrophe that was in the text before export', () => {
		const original = "'=déjà protégé";
		const csv = toCsv({ title: 't', columns: [{ key: 'a', header: 'A' }], rows: [{ a: original }, { a: "l'été" }] });
		expect(readCsvRows(csv).rows).toEqual([[original], ["l'été"]]);
	});

	it('reads semicolon files as French Excel saves them', () => {
		const text = `${BOM}Municipalité;Population;Note\r\n"Saint-Jean; Richelieu";"97 873";ok\r\nLévis;149 683;"a,b"\r\n`;
		expect(readCsvRows(text)).toEqual({
			headers: ['Municipalité', 'Population', 'Note'],
			rows: [
				['Saint-Jean; Richelieu', '97 873', 'ok'],
				['Lévis', '149 683', 'a,b']
			]
		});
	});

	it('chooses the separator from the header line, ignoring separators inside quotes', () => {
		expect(readCsvRows('"a,b,c";d\n1;2\n').headers).toEqual(['a,b,c', 'd']);
		expect(readCsvRows('a,"b;c;d"\n1,2\n').headers).toEqual(['a', 'b;c;d']);
		expect(readCsvRows('a\tb\n1\t2\n').rows).toEqual([['1', '2']]);
	});

	it('trims cells, skips blank lines before the header, drops blank rows at the end and pads short rows', () => {
		const text = '\n \r\n Nom , Code ,\nLévis ,25213\n\nRimouski\n\n,\n\n';
		expect(readCsvRows(text)).toEqual({
			headers: ['Nom', 'Code'],
			rows: [
				['Lévis', '25213'],
				['', ''],
				['Rimouski', '']
			]
		});
	});

	it('gives nothing for an empty file', () => {
		expect(readCsvRows('')).toEqual({ headers: [], rows: [] });
		expect(readCsvRows(BOM)).toEqual({ headers: [], rows: [] });
	});

	it('throws a typed error past maxRows, not counting blank rows at the end', () => {
		const text = 'a\n1\n2\n3\n\n\n';
		expect(readCsvRows(text, { maxRows: 3 }).rows).toHaveLength(3);
		const error = (() => {
			try {
				readCsvRows(text, { maxRows: 2 });
			} catch (caught) {
				return caught;
			}
		})();
		expect(error).toBeInstanceOf(SpreadsheetTooLargeError);
		expect(error).toBeInstanceOf(AppError);
		expect(error).toMatchObject({ code: 'invalid_input', maxRows: 2 });
	});

	it('reports a malformed file as a read error', () => {
		expect(() => readCsvRows('a,b\n"1,2\n')).toThrow(SpreadsheetReadError);
	});
});
