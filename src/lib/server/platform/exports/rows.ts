import { AppError } from '../errors';

/** What imports get back from a CSV or Excel file: the header row and the data rows, as trimmed text. */
export type SpreadsheetRows = { headers: string[]; rows: string[][] };

export type ReadRowsOptions = {
	/** The most data rows (after the header) the import accepts; more throws `SpreadsheetTooLargeError`. */
	maxRows?: number;
};

/** Thrown by the readers when a file has more data rows than the import allows. */
export class SpreadsheetTooLargeError extends AppError {
	constructor(readonly maxRows: number) {
		super('invalid_input', `Le fichier dépasse la limite de ${maxRows.toLocaleString('fr-CA')} lignes.`);
		this.name = 'SpreadsheetTooLargeError';
	}
}

/** Thrown by the readers when a file cannot be read as a spreadsheet (wrong format, missing sheet). */
export class SpreadsheetReadError extends AppError {
	constructor(message: string) {
		super('invalid_input', message);
		this.name = 'SpreadsheetReadError';
	}
}

const isBlank = (cells: string[]) => cells.every((cell) => cell === '');

function withoutTrailingBlanks(cells: string[], keep = 0): string[] {
	let end = cells.length;
	while (end > keep && cells[end - 1] === '') end--;
	return cells.slice(0, end);
}

/**
 * Collects header and data rows from cells already turned into trimmed text, one row at a time, so a
 * reader can stop as soon as the file is known to be too long. The first non-blank row is the header;
 * blank rows inside the data are kept (they still count against `maxRows`), blank rows at the end are not.
 */
export class RowCollector {
	private headers: string[] | null = null;
	private readonly rows: string[][] = [];
	private pendingBlanks = 0;

	constructor(private readonly maxRows = Number.POSITIVE_INFINITY) {}

	add(cells: string[]): void {
		if (this.headers === null) {
			if (!isBlank(cells)) this.headers = withoutTrailingBlanks(cells);
			return;
		}
		if (isBlank(cells)) {
			this.pendingBlanks++;
			return;
		}
		if (this.rows.length + this.pendingBlanks + 1 > this.maxRows) throw new SpreadsheetTooLargeError(this.maxRows);
		const width = this.headers.length;
		for (; this.pendingBlanks > 0; this.pendingBlanks--) this.rows.push(Array<string>(width).fill(''));
		const row = withoutTrailingBlanks(cells, width);
		while (row.length < width) row.push('');
		this.rows.push(row);
	}

	/** Blank rows the reader skipped without reading them. */
	addBlank(count: number): void {
		if (this.headers !== null) this.pendingBlanks += count;
	}

	result(): SpreadsheetRows {
		return { headers: this.headers ?? [], rows: this.rows };
	}
}
