import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { SpreadsheetReadError, SpreadsheetTooLargeError } from './rows';
import type { ExportTable } from './table';
import { readXlsxRows, toXlsx } from './xlsx';

const measures: ExportTable = {
	title: 'Banque des mesures: été/2026',
	columns: [
		{ key: 'name', header: 'Mesure', width: 40 },
		{ key: 'count', header: 'Municipalités', kind: 'number' },
		{ key: 'day', header: 'Ajoutée le', kind: 'date' },
		{ key: 'tags', header: 'Thèmes' },
		{ key: 'url', header: 'Adresse', kind: 'url' }
	],
	rows: [
		{ name: 'Ruelles vertes à Lévis', count: 1250, day: new Date('2026-11-25'), tags: ['Santé', 'Aînés'], url: 'https://espacemuni.org/mesures/1' },
		{ name: '=HYPERLINK("http://evil.example","clic")', count: -3.5, day: new Date('2026-11-25T03:00:00Z'), tags: [], url: 'javascript:alert(1)' },
		{ name: '+1 418 555-1234', count: null, day: null, tags: null, url: null }
	]
};

async function workbookOf(buffer: Buffer): Promise<ExcelJS.Workbook> {
	const workbook = new ExcelJS.Workbook();
	await workbook.xlsx.load(buffer as unknown as ArrayBuffer);
	return workbook;
}

describe('toXlsx', () => {
	it('reads back through readXlsxRows with accents, numbers, dates, lists and formula-looking text', async () => {
		const { headers, rows } = await readXlsxRows(await toXlsx(measures));
		expect(headers).toEqual(['Mesure', 'Municipalités', 'Ajoutée le', 'Thèmes', 'Adresse']);
		expect(rows).toEqual([
			['Ruelles vertes à Lévis', '1250', '2026-11-25', 'Santé; Aînés', 'https://espacemuni.org/mesures/1'],
			['=HYPERLINK("http://evil.example","clic")', '-3.5', '2026-11-24', '', 'javascript:alert(1)'],
			['+1 418 555-1234', '', '', '', '']
		]);
	});

	it('stores numbers as numbers, dates as dates and formula-looking text as text, never as a formula', async () => {
		const sheet = (await workbookOf(await toXlsx(measures))).worksheets[0];
		expect(sheet.getCell('B2').value).toBe(1250);
		expect(sheet.getCell('B2').type).toBe(ExcelJS.ValueType.Number);
		expect(sheet.getCell('C2').value).toEqual(new Date('2026-11-25T00:00:00Z'));
		expect(sheet.getCell('C2').numFmt).toBe('yyyy-mm-dd');
		const formulaLike = sheet.getCell('A3');
		expect(formulaLike.type).toBe(ExcelJS.ValueType.String);
		expect(formulaLike.formula).toBeUndefined();
		expect(formulaLike.numFmt).toBe('@');
		expect(sheet.getCell('A4').type).toBe(ExcelJS.ValueType.String);
	});

	it('makes web addresses links, but not other schemes', async () => {
		const sheet = (await workbookOf(await toXlsx(measures))).worksheets[0];
		expect(sheet.getCell('E2').hyperlink).toBe('https://espacemuni.org/mesures/1');
		expect(sheet.getCell('E2').font.underline).toBe(true);
		expect(sheet.getCell('E3').hyperlink).toBeUndefined();
		expect(sheet.getCell('E3').value).toBe('javascript:alert(1)');
	});

	it('has a bold, frozen, filterable header row and column widths', async () => {
		const sheet = (await workbookOf(await toXlsx(measures, { creator: 'Permanence' }))).worksheets[0];
		expect(sheet.getCell('A1').font.bold).toBe(true);
		expect(sheet.getCell('E1').font.bold).toBe(true);
		expect(sheet.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
		expect(sheet.autoFilter).toBe('A1:E4');
		expect(sheet.getColumn(1).width).toBe(40);
		expect(sheet.getColumn(4).width).toBeGreaterThanOrEqual(8);
		expect(sheet.workbook.creator).toBe('Permanence');
	});

	it('writes one sheet per table with valid, unique names', async () => {
		const other = (title: string): ExportTable => ({ title, columns: [{ key: 'a', header: title }], rows: [{ a: title }] });
		const buffer = await toXlsx([measures, other('Banque des mesures: été/2026'), other('Listes*?'), other('Une liste dont le titre est vraiment trop long')]);
		const names = (await workbookOf(buffer)).worksheets.map((sheet) => sheet.name);
		expect(names).toEqual(['Banque des mesures été 2026', 'Banque des mesures été 2026 (2)', 'Listes', 'Une liste dont le titre est vra']);
		expect(await readXlsxRows(buffer, 'listes')).toEqual({ headers: ['Listes*?'], rows: [['Listes*?']] });
		expect(await readXlsxRows(buffer, 3)).toMatchObject({ rows: [['Une liste dont le titre est vraiment trop long']] });
		await expect(readXlsxRows(buffer, 'Absente')).rejects.toThrow(SpreadsheetReadError);
	});
});

describe('readXlsxRows', () => {
	async function workbookBuffer(fill: (sheet: ExcelJS.Worksheet, workbook: ExcelJS.Workbook) => void): Promise<Buffer> {
		const workbook = new ExcelJS.Workbook();
		fill(workbook.addWorksheet('Données'), workbook);
		return Buffer.from(await workbook.xlsx.writeBuffer());
	}

	it('turns rich text, links, formulas, dates and booleans into trimmed text', async () => {
		const buffer = await workbookBuffer((sheet) => {
			sheet.getRow(3).values = ['  Nom ', 'Total', 'Site', 'Jour', 'Actif', '', ''];
			sheet.getRow(4).values = [
				{ richText: [{ text: 'Saint-' }, { text: 'Jérôme', font: { bold: true } }] },
				{ formula: 'SUM(1,2)', result: 3 },
				{ text: ' Espace MUNI ', hyperlink: 'https://espacemuni.org' },
				new Date('2026-11-25T00:00:00Z'),
				true
			];
			sheet.getRow(5).values = ['Lévis', { formula: 'B4*2' }, null, { formula: 'TODAY()', result: new Date('2026-01-02T00:00:00Z') }];
		});
		expect(await readXlsxRows(buffer)).toEqual({
			headers: ['Nom', 'Total', 'Site', 'Jour', 'Actif'],
			rows: [
				['Saint-Jérôme', '3', 'Espace MUNI', '2026-11-25', 'true'],
				['Lévis', '', '', '2026-01-02', '']
			]
		});
	});

	it('drops empty and formatted-but-empty rows at the end, keeps empty rows inside', async () => {
		const buffer = await workbookBuffer((sheet) => {
			sheet.addRow(['Code', 'Nom']);
			sheet.addRow(['25213', 'Lévis']);
			sheet.addRow([]);
			sheet.addRow(['10043', 'Rimouski', '', '   ']);
			sheet.getCell('A8').fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFFFFF00' } };
			sheet.getCell('B9').value = '  ';
			sheet.getCell('C1048576').value = ' ';
		});
		expect(await readXlsxRows(buffer, undefined, { maxRows: 3 })).toEqual({
			headers: ['Code', 'Nom'],
			rows: [
				['25213', 'Lévis'],
				['', ''],
				['10043', 'Rimouski']
			]
		});
	});

	it('reads the first visible sheet by default and accepts an ArrayBuffer', async () => {
		const buffer = await workbookBuffer((sheet, workbook) => {
			sheet.state = 'hidden';
			sheet.addRow(['caché']);
			workbook.addWorksheet('Visible').addRow(['montré']);
		});
		const arrayBuffer = buffer.buffer.slice(buffer.byteOffset, buffer.byteOffset + buffer.byteLength) as ArrayBuffer;
		expect((await readXlsxRows(arrayBuffer)).headers).toEqual(['montré']);
		expect((await readXlsxRows(buffer, 0)).headers).toEqual(['caché']);
	});

	it('throws a typed error past maxRows', async () => {
		const buffer = await toXlsx({ title: 'T', columns: [{ key: 'n', header: 'N', kind: 'number' }], rows: [1, 2, 3].map((n) => ({ n })) });
		expect((await readXlsxRows(buffer, undefined, { maxRows: 3 })).rows).toHaveLength(3);
		const error = await readXlsxRows(buffer, undefined, { maxRows: 2 }).catch((caught: unknown) => caught);
		expect(error).toBeInstanceOf(SpreadsheetTooLargeError);
		expect(error).toMatchObject({ code: 'invalid_input', maxRows: 2 });
	});

	it('reports a file that is not a workbook as a read error', async () => {
		await expect(readXlsxRows(Buffer.from('Nom,Code\nLévis,25213\n'))).rejects.toThrow(SpreadsheetReadError);
	});
});
