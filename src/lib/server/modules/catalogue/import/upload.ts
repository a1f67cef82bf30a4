import { readCsvRows } from '../../../platform/exports/csv';
import type { SpreadsheetRows } from '../../../platform/exports/rows';
import { readXlsxRows } from '../../../platform/exports/xlsx';
import { AppError } from '../../../platform/errors';

export const IMPORT_MAX_BYTES = 5 * 1024 * 1024;
export const IMPORT_MAX_ROWS = 5000;

export type UploadedFile = Pick<File, 'name' | 'size' | 'arrayBuffer'>;

const fileError = (message: string) => new AppError('invalid_input', message, { file: message });

/** Excel saves « CSV » in Windows-1252 unless told otherwise: accents must survive either way. */
function decodeText(bytes: ArrayBuffer): string {
	try {
		return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
	} catch {
		return new TextDecoder('windows-1252').decode(bytes);
	}
}

/**
 * Reads an uploaded action plan (.xlsx or .csv) into its header and rows, refusing with a French message
 * next to the file field anything that is not one, is empty, or is beyond the limits.
 */
export async function readActionPlan(file: UploadedFile | null): Promise<SpreadsheetRows> {
	if (!file || !file.name) throw fileError('Choisissez un fichier .xlsx ou .csv.');
	const extension = /\.([a-z0-9]+)$/i.exec(file.name)?.[1]?.toLowerCase();
	if (extension !== 'xlsx' && extension !== 'csv') {
		throw fileError('Ce type de fichier n’est pas accepté : enregistrez votre plan d’action en classeur Excel (.xlsx) ou en CSV (.csv).');
	}
	if (file.size === 0) throw fileError('Le fichier est vide.');
	if (file.size > IMPORT_MAX_BYTES) throw fileError('Le fichier dépasse la taille permise de 5 Mo.');
	const bytes = await file.arrayBuffer();
	let table: SpreadsheetRows;
	try {
		table = extension === 'xlsx' ? await readXlsxRows(bytes, undefined, { maxRows: IMPORT_MAX_ROWS }) : readCsvRows(decodeText(bytes), { maxRows: IMPORT_MAX_ROWS });
	} catch (cause) {
		// The readers' typed errors (unreadable, too many rows) say what is wrong in French; they belong next to the file field.
		if (cause instanceof AppError) throw fileError(cause.message);
		throw cause;
	}
	if (table.headers.length === 0) throw fileError('Le fichier est vide.');
	if (table.rows.length === 0) throw fileError('Le fichier n’a aucune ligne sous la ligne des en-têtes.');
	return table;
}
