import ExcelJS from 'exceljs';
import { RowCollector, SpreadsheetReadError, type ReadRowsOptions, type SpreadsheetRows } from './rows';
import { uniqueSheetNames } from './sheet-name';
import { cellText, isoDay, looksLikeFormula, safeLink, type ExportCell, type ExportColumn, type ExportTable } from './table';

type Cell = ExcelJS.Cell;
type CellValue = ExcelJS.CellValue;

// yyyy-mm-dd is the fr-CA short date (and the one the Office québécois de la langue française recommends).
const DATE_FORMAT = 'yyyy-mm-dd';
const TEXT_FORMAT = '@';
const FONT: Partial<ExcelJS.Font> = { name: 'Calibri', size: 11 };
const LINK_FONT: Partial<ExcelJS.Font> = { ...FONT, color: { argb: 'FF0563C1' }, underline: true };
const HEADER_FILL: ExcelJS.Fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFE7E6E6' } };
const MIN_WIDTH = 8;
const MAX_WIDTH = 60;
const ROWS_MEASURED = 500;

export type XlsxOptions = { creator?: string };

/** The calendar day `cellText` shows, as the UTC midnight Excel stores for a date without time. */
const dayValue = (date: Date) => new Date(`${isoDay(date)}T00:00:00.000Z`);

function writeCell(cell: Cell, value: ExportCell | undefined, column: ExportColumn): void {
	if (value instanceof Date && !Number.isNaN(value.getTime())) {
		cell.value = dayValue(value);
		cell.numFmt = DATE_FORMAT;
		return;
	}
	if (typeof value === 'number') {
		cell.value = Number.isFinite(value) ? value : null;
		return;
	}
	const text = cellText(value);
	if (text === '') return;
	const link = column.kind === 'url' ? safeLink(text) : null;
	if (link) {
		cell.value = { text, hyperlink: link };
		cell.font = { ...LINK_FONT };
		return;
	}
	cell.value = text;
	// A string cell is never run as a formula when the file opens; the Text format keeps it so when someone edits the cell.
	if (looksLikeFormula(text)) cell.numFmt = TEXT_FORMAT;
}

function columnWidth(column: ExportColumn, rows: ExportTable['rows']): number {
	if (column.width) return column.width;
	let longest = column.header.length;
	for (const row of rows.slice(0, ROWS_MEASURED)) longest = Math.max(longest, cellText(row[column.key]).length);
	return Math.min(MAX_WIDTH, Math.max(MIN_WIDTH, longest + 2));
}

function styleHeader(sheet: ExcelJS.Worksheet, columnCount: number, rowCount: number): void {
	const header = sheet.getRow(1);
	header.font = { ...FONT, bold: true };
	for (let index = 1; index <= columnCount; index++) header.getCell(index).fill = HEADER_FILL;
	sheet.views = [{ state: 'frozen', xSplit: 0, ySplit: 1 }];
	if (columnCount > 0) sheet.autoFilter = { from: { row: 1, column: 1 }, to: { row: rowCount + 1, column: columnCount } };
}

function addSheet(workbook: ExcelJS.Workbook, table: ExportTable, name: string): void {
	const sheet = workbook.addWorksheet(name);
	sheet.columns = table.columns.map((column) => ({ key: column.key, width: columnWidth(column, table.rows) }));
	table.columns.forEach((column, index) => {
		// Written like any text rather than with exceljs's column `header`, so a formula-like header gets the Text format too.
		const cell = sheet.getRow(1).getCell(index + 1);
		writeCell(cell, column.header, { ...column, kind: 'text' });
	});
	table.rows.forEach((row, rowIndex) => {
		const sheetRow = sheet.getRow(rowIndex + 2);
		table.columns.forEach((column, index) => writeCell(sheetRow.getCell(index + 1), row[column.key], column));
	});
	styleHeader(sheet, table.columns.length, table.rows.length);
}

/** An Excel workbook with one sheet per table: bold frozen header with filters, real numbers, dates and links. */
export async function toXlsx(tables: ExportTable[] | ExportTable, options: XlsxOptions = {}): Promise<Buffer> {
	const list = Array.isArray(tables) ? tables : [tables];
	const workbook = new ExcelJS.Workbook();
	workbook.creator = options.creator ?? 'Espace MUNI';
	workbook.lastModifiedBy = workbook.creator;
	workbook.created = new Date();
	workbook.modified = workbook.created;
	const names = uniqueSheetNames(list.map((table) => table.title));
	list.forEach((table, index) => addSheet(workbook, table, names[index]));
	if (list.length === 0) workbook.addWorksheet('Feuille');
	const data = await workbook.xlsx.writeBuffer();
	return Buffer.isBuffer(data) ? data : Buffer.from(data);
}

function valueText(value: CellValue): string {
	if (value === null || value === undefined) return '';
	if (value instanceof Date) return Number.isNaN(value.getTime()) ? '' : value.toISOString().slice(0, 10);
	if (typeof value !== 'object') return String(value);
	if ('richText' in value) return value.richText.map((part) => part.text).join('');
	if ('hyperlink' in value) return valueText(value.text as CellValue);
	if ('formula' in value || 'sharedFormula' in value) return valueText(value.result ?? null);
	if ('error' in value) return value.error;
	return '';
}

function rowTexts(row: ExcelJS.Row): string[] {
	const values = row.values;
	if (!Array.isArray(values)) return [];
	// exceljs numbers cells from 1 and leaves holes for empty ones.
	return Array.from({ length: Math.max(0, values.length - 1) }, (_, index) => valueText(values[index + 1]).trim());
}

async function loadWorkbook(input: Buffer | ArrayBuffer): Promise<ExcelJS.Workbook> {
	const bytes = Buffer.isBuffer(input) ? input : Buffer.from(input);
	const workbook = new ExcelJS.Workbook();
	try {
		// exceljs types its input as its own ArrayBuffer-like `Buffer`; at run time it takes a Node Buffer.
		await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
	} catch {
		throw new SpreadsheetReadError("Le fichier n'est pas un classeur Excel (.xlsx) lisible.");
	}
	return workbook;
}

function pickSheet(workbook: ExcelJS.Workbook, sheet: number | string | undefined): ExcelJS.Worksheet {
	const sheets = workbook.worksheets;
	const found =
		sheet === undefined
			? (sheets.find((candidate) => candidate.state === 'visible') ?? sheets[0])
			: typeof sheet === 'number'
				? sheets[sheet]
				: sheets.find((candidate) => candidate.name.toLowerCase() === sheet.toLowerCase());
	if (!found) throw new SpreadsheetReadError(`Le classeur n'a pas de feuille « ${sheet ?? 1} ».`);
	return found;
}

/**
 * Reads one sheet of an Excel file for an import: by default the first visible one, or the one at
 * `sheet` (position from 0, in tab order) or with that name. Cells come back as trimmed text: the text
 * of rich text and links, the result of formulas, dates as yyyy-mm-dd.
 */
export async function readXlsxRows(
	input: Buffer | ArrayBuffer,
	sheet?: number | string,
	options: ReadRowsOptions = {}
): Promise<SpreadsheetRows> {
	const worksheet = pickSheet(await loadWorkbook(input), sheet);
	const collector = new RowCollector(options.maxRows);
	let previous = 0;
	// Only the rows the file has: a sheet formatted down to row 1 048 576 must not cost a million empty rows.
	worksheet.eachRow((row, number) => {
		collector.addBlank(number - previous - 1);
		collector.add(rowTexts(row));
		previous = number;
	});
	return collector.result();
}
