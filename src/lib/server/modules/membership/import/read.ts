import { z } from 'zod';
import { readCsvRows } from '../../../platform/exports/csv';
import type { SpreadsheetRows } from '../../../platform/exports/rows';
import { readXlsxRows } from '../../../platform/exports/xlsx';
import { AppError } from '../../../platform/errors';
import type { OrganisationKind } from '../../accounts/schema';

export const MEMBER_IMPORT_MAX_BYTES = 2 * 1024 * 1024;
export const MEMBER_IMPORT_MAX_ROWS = 3000;

export type UploadedFile = Pick<File, 'name' | 'size' | 'arrayBuffer'>;

/** One line of the member list as typed, before it is matched to the territory. */
export type ImportRow = {
	/** The line in the file (the header is line 1). */
	line: number;
	code: string;
	name: string;
	kindText: string;
	kind: OrganisationKind | null;
	/** As typed, and read as a calendar day when it is one. */
	joinedOnText: string;
	joinedOn: string | null;
	email: string;
	problems: string[];
};

const fileError = (message: string) => new AppError('invalid_input', message, { file: message });

/** Lowercase, without accents or punctuation: « Date d’adhésion » and « date_adhesion » read the same. */
export function searchKey(text: string): string {
	return text
		.normalize('NFD')
		.replace(/\p{M}/gu, '')
		.replace(/œ/g, 'oe')
		.replace(/æ/g, 'ae')
		.toLowerCase()
		.replace(/[^a-z0-9]+/g, ' ')
		.trim()
		.replace(/\bstes\b/g, 'saintes')
		.replace(/\bsts\b/g, 'saints')
		.replace(/\bste\b/g, 'sainte')
		.replace(/\bst\b/g, 'saint');
}

const COLUMN_NAMES: Record<'code' | 'name' | 'kind' | 'joinedOn' | 'email', string[]> = {
	code: ['code geographique', 'code', 'code geo', 'code municipal', 'code mamh', 'code de la municipalite'],
	name: ['nom', 'nom de l organisation', 'organisation', 'municipalite', 'membre', 'nom du membre'],
	kind: ['type', 'type de membre', 'categorie'],
	joinedOn: ['date d adhesion', 'adhesion', 'date adhesion', 'membre depuis', 'date'],
	email: ['courriel', 'adresse courriel', 'email', 'e mail', 'courriel du contact']
};

const KIND_WORDS: [RegExp, OrganisationKind][] = [
	[/^(arrondissement|arr)\b/, 'borough'],
	[/^(mrc|municipalite regionale de comte|territoire equivalent)\b/, 'mrc'],
	[/^(obnl|osbl|organisme|association|cooperative)\b/, 'nonprofit'],
	[/^(individu|membre individuel|personne|particulier)\b/, 'individual'],
	[/^(municipalite|ville|village|paroisse|canton|cantons unis|municipal)\b/, 'municipality']
];

export function kindOf(typed: string): OrganisationKind | null {
	const key = searchKey(typed);
	return KIND_WORDS.find(([pattern]) => pattern.test(key))?.[1] ?? null;
}

/** A calendar day from « 2021-04-01 », « 2021/04/01 » or « 01/04/2021 » (day first, as in Québec); null otherwise. */
export function dayOf(typed: string): string | null {
	const iso = /^(\d{4})[-/](\d{1,2})[-/](\d{1,2})/.exec(typed);
	const dayFirst = /^(\d{1,2})[-/.](\d{1,2})[-/.](\d{4})$/.exec(typed);
	const parts = iso ? [iso[1], iso[2], iso[3]] : dayFirst ? [dayFirst[3], dayFirst[2], dayFirst[1]] : null;
	if (!parts) return null;
	const [year, month, day] = parts;
	const text = `${year}-${month.padStart(2, '0')}-${day.padStart(2, '0')}`;
	const date = new Date(`${text}T00:00:00Z`);
	return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === text ? text : null;
}

const emailSchema = z.email();

/** Which column holds what, from the header's words; a file needs at least a code or a name column. */
export function columnsOf(headers: readonly string[]): Record<keyof typeof COLUMN_NAMES, number> {
	const keys = headers.map(searchKey);
	const find = (names: string[]) => keys.findIndex((key) => names.includes(key));
	const columns = {
		code: find(COLUMN_NAMES.code),
		name: find(COLUMN_NAMES.name),
		kind: find(COLUMN_NAMES.kind),
		joinedOn: find(COLUMN_NAMES.joinedOn),
		email: find(COLUMN_NAMES.email)
	};
	if (columns.code < 0 && columns.name < 0) {
		throw fileError('Le fichier doit avoir une colonne « code géographique » ou une colonne « nom » (la première ligne donne les noms des colonnes).');
	}
	return columns;
}

/** What a line of the file says, as typed: all the preview keeps between its two steps. */
export const typedRowSchema = z.object({
	line: z.number().int().positive(),
	code: z.string().max(20),
	name: z.string().max(200),
	kindText: z.string().max(80),
	joinedOnText: z.string().max(40),
	email: z.string().max(200)
});
export type TypedRow = z.infer<typeof typedRowSchema>;

/** A typed line read: its type and date understood, and what is wrong with it in French. */
export function importRowOf(typed: TypedRow): ImportRow {
	const problems: string[] = [];
	const kind = typed.kindText ? kindOf(typed.kindText) : null;
	if (typed.kindText && !kind) problems.push(`Type inconnu : « ${typed.kindText} ».`);
	const joinedOn = typed.joinedOnText ? dayOf(typed.joinedOnText) : null;
	if (typed.joinedOnText && !joinedOn) problems.push(`Date d’adhésion illisible : « ${typed.joinedOnText} » (écrivez AAAA-MM-JJ).`);
	if (typed.email && !emailSchema.safeParse(typed.email).success) problems.push(`Courriel invalide : « ${typed.email} ».`);
	return { ...typed, kind, joinedOn, problems };
}

/** The file's lines (blank ones left out) as typed. */
export function typedRowsOf(table: SpreadsheetRows): TypedRow[] {
	const columns = columnsOf(table.headers);
	const cell = (cells: string[], index: number, max: number) => (index >= 0 ? (cells[index] ?? '').trim().slice(0, max) : '');
	return table.rows.flatMap((cells, index): TypedRow[] => {
		const typed = {
			line: index + 2,
			code: cell(cells, columns.code, 20),
			name: cell(cells, columns.name, 200),
			kindText: cell(cells, columns.kind, 80),
			joinedOnText: cell(cells, columns.joinedOn, 40),
			email: cell(cells, columns.email, 200)
		};
		return typed.code || typed.name ? [typed] : [];
	});
}

/** Excel saves « CSV » in Windows-1252 unless told otherwise: accents must survive either way. */
function decodeText(bytes: ArrayBuffer): string {
	try {
		return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
	} catch {
		return new TextDecoder('windows-1252').decode(bytes);
	}
}

/** Reads an uploaded member list (.xlsx or .csv), refusing with a message next to the file field anything else. */
export async function readMemberList(file: UploadedFile | null): Promise<TypedRow[]> {
	if (!file || !file.name) throw fileError('Choisissez un fichier .xlsx ou .csv.');
	const extension = /\.([a-z0-9]+)$/i.exec(file.name)?.[1]?.toLowerCase();
	if (extension !== 'xlsx' && extension !== 'csv') throw fileError('Ce type de fichier n’est pas accepté : enregistrez la liste en classeur Excel (.xlsx) ou en CSV (.csv).');
	if (file.size === 0) throw fileError('Le fichier est vide.');
	if (file.size > MEMBER_IMPORT_MAX_BYTES) throw fileError('Le fichier dépasse la taille permise de 2 Mo.');
	const bytes = await file.arrayBuffer();
	let table: SpreadsheetRows;
	try {
		const options = { maxRows: MEMBER_IMPORT_MAX_ROWS };
		table = extension === 'xlsx' ? await readXlsxRows(bytes, undefined, options) : readCsvRows(decodeText(bytes), options);
	} catch (cause) {
		if (cause instanceof AppError) throw fileError(cause.message);
		throw cause;
	}
	const rows = typedRowsOf(table);
	if (rows.length === 0) throw fileError('Le fichier n’a aucune ligne sous la ligne des en-têtes.');
	return rows;
}
