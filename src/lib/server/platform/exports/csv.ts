import { CsvError } from 'csv-parse';
import { parse } from 'csv-parse/sync';
import { RowCollector, SpreadsheetReadError, type ReadRowsOptions, type SpreadsheetRows } from './rows';
import { cellText, guardFormula, unguardFormula, type ExportCell, type ExportTable } from './table';

/*
 * Comma, not semicolon: RFC 4180 and every data tool (LibreOffice, Google Sheets, R, pandas, import
 * scripts) expect it, and our numbers are written with a decimal point, so a comma never clashes with
 * them. French Excel splits on semicolons when a file is double-clicked: people who want a spreadsheet
 * get the .xlsx export; the CSV is for data work. `readCsvRows` accepts both separators.
 */
const SEPARATOR = ',';
const LINE_END = '\r\n';
const BOM = '\uFEFF';

function quoteField(text: string): string {
	return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

function csvField(value: ExportCell | undefined): string {
	// Numbers stay bare, even negative ones: a spreadsheet reads them as numbers, never as formulas.
	const text = typeof value === 'number' ? cellText(value) : guardFormula(cellText(value));
	return quoteField(text);
}

function csvLine(fields: string[]): string {
	return fields.join(SEPARATOR) + LINE_END;
}

/** The table as a UTF-8 CSV text with a BOM (so Excel reads accents right), CRLF line ends and dates as yyyy-mm-dd. */
export function toCsv(table: ExportTable): string {
	const header = csvLine(table.columns.map((column) => quoteField(guardFormula(column.header))));
	const body = table.rows.map((row) => csvLine(table.columns.map((column) => csvField(row[column.key]))));
	return BOM + header + body.join('');
}

/** The first line's separator, counting only the characters outside quotes. */
function detectSeparator(text: string): string {
	const counts = new Map<string, number>([
		[',', 0],
		[';', 0],
		['\t', 0]
	]);
	let quoted = false;
	let seenContent = false;
	for (const char of text) {
		if (char === '"') quoted = !quoted;
		else if (!quoted && (char === '\n' || char === '\r')) {
			if (seenContent) break;
		} else if (!quoted && counts.has(char)) counts.set(char, (counts.get(char) ?? 0) + 1);
		if (char.trim() !== '') seenContent = true;
	}
	let best = SEPARATOR;
	for (const [separator, count] of counts) if (count > (counts.get(best) ?? 0)) best = separator;
	return best;
}

function parseRecords(text: string, delimiter: string): string[][] {
	try {
		return parse(text, { delimiter, relax_column_count: true, relax_quotes: true, skip_empty_lines: false });
	} catch (error) {
		if (!(error instanceof CsvError)) throw error;
		const line = typeof error.lines === 'number' ? ` (ligne ${error.lines})` : '';
		throw new SpreadsheetReadError(`Le fichier CSV est mal formé${line}.`);
	}
}

/**
 * Reads a CSV file for an import: comma, semicolon or tab separated (guessed from the header line),
 * with or without a BOM. Cells come back trimmed, without the apostrophe `toCsv` puts before formula-like text.
 */
export function readCsvRows(text: string, options: ReadRowsOptions = {}): SpreadsheetRows {
	const content = text.startsWith(BOM) ? text.slice(BOM.length) : text;
	const collector = new RowCollector(options.maxRows);
	for (const record of parseRecords(content, detectSeparator(content))) {
		collector.add(record.map((cell) => unguardFormula(cell).trim()));
	}
	return collector.result();
}
