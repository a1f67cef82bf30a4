import type { Database } from '../../../db/types';
import { fieldErrors } from '../../../platform/validation';
import { itemInputSchema, type LikelyDuplicate } from '../editing';
import type { PublicationStatus } from '../schema';
import type { TermIndex } from '../terms';
import { foldText, type ColumnMapping, type ImportField } from './fields';
import { likelyDuplicatesOfTitles } from './duplicates';
import type { ImportPlace } from './place';
import { choiceMatcher, type CellMatch } from './term-matching';

/** How an uploaded file becomes items: which column fills which field, and what applies to every row. */
export type ImportMapping = {
	columns: ColumnMapping;
	/** The municipality or MRC as typed, shown again in the form. */
	placeText: string;
	place: ImportPlace;
	policyType: string | null;
	policyTitle: string | null;
	status: Extract<PublicationStatus, 'draft' | 'published'>;
};

/** One data row, checked: the input to create when it has no error, and the items it may repeat. */
export type CheckedRow = {
	/** The row's line in the spreadsheet, the header being line 1. */
	line: number;
	title: string;
	input: Record<string, unknown> | null;
	errors: Record<string, string>;
	duplicates: LikelyDuplicate[];
	/** An earlier line of the same file with the same title. */
	sameAsLine: number | null;
};

const PROGRESS_CHOICES = [
	{ slug: 'prevue', label: 'Prévue' },
	{ slug: 'en-cours', label: 'En cours' },
	{ slug: 'realisee', label: 'Réalisée' },
	{ slug: 'continue', label: 'En continu' }
];
const PROGRESS_ALIASES = {
	prevue: ['prévu', 'à venir', 'à faire', 'planifiée'],
	'en-cours': ['amorcée', 'débutée', 'en réalisation'],
	realisee: ['réalisé', 'terminée', 'terminé', 'complétée', 'complété', 'faite', 'fait'],
	continue: ['continue', 'continu', 'permanente', 'récurrente']
};

const YEAR_FIELDS: ImportField[] = ['year', 'adoptionYear', 'planStartYear', 'planEndYear'];

const quoted = (values: string[]) => values.map((value) => `« ${value} »`).join(', ');

const unknownMessages = {
	themes: (values: string[]) => `${values.length > 1 ? 'Champs d’intervention inconnus' : 'Champ d’intervention inconnu'} : ${quoted(values)}.`,
	clienteles: (values: string[]) => `${values.length > 1 ? 'Clientèles inconnues' : 'Clientèle inconnue'} : ${quoted(values)}.`,
	progress: (values: string[]) => `État d’avancement inconnu : ${quoted(values)}. Écrivez Prévue, En cours, Réalisée ou En continu.`
};

/** Turns a row's cells into the input `createItem` reads, with the errors found on the way. */
export function rowReader(mapping: ImportMapping, terms: TermIndex) {
	const current = (vocabulary: 'theme' | 'clientele') => terms.of(vocabulary).filter((term) => !term.retired);
	const matchers = {
		themes: choiceMatcher(current('theme')),
		clienteles: choiceMatcher(current('clientele')),
		progress: choiceMatcher(PROGRESS_CHOICES, PROGRESS_ALIASES)
	};
	return (cells: readonly string[]): { raw: Record<string, unknown>; errors: Record<string, string> } => {
		const cell = (field: ImportField) => {
			const index = mapping.columns[field];
			return index === undefined ? '' : (cells[index] ?? '').trim();
		};
		const errors: Record<string, string> = {};
		const matched = (field: keyof typeof matchers): CellMatch => {
			const match = matchers[field](cell(field));
			if (match.unknown.length) errors[field] = unknownMessages[field](match.unknown);
			return match;
		};
		// A spreadsheet date in a year column (« 2021-06-01 ») means its year.
		const year = (field: ImportField) => cell(field).replace(/^(\d{4})-\d{2}-\d{2}$/, '$1');
		const raw: Record<string, unknown> = {
			kind: 'mesure',
			title: cell('title'),
			description: cell('description'),
			municipalityCode: mapping.place.municipalityCode ?? '',
			territoryCode: mapping.place.territoryCode ?? '',
			themes: matched('themes').slugs,
			clienteles: matched('clienteles').slugs,
			policyType: mapping.policyType ?? '',
			policyTitle: cell('policyTitle') || mapping.policyTitle || '',
			progress: matched('progress').slugs[0] ?? '',
			links: cell('links'),
			...Object.fromEntries(YEAR_FIELDS.map((field) => [field, year(field)]))
		};
		const parsed = itemInputSchema.safeParse(raw);
		if (!parsed.success) for (const [field, message] of Object.entries(fieldErrors(parsed.error))) errors[field] ??= message;
		return { raw, errors };
	};
}

/** Checks every row of a file: French errors per field, likely duplicates in the bank and within the file. */
export async function checkRows(db: Database, rows: readonly string[][], mapping: ImportMapping, terms: TermIndex): Promise<CheckedRow[]> {
	const read = rowReader(mapping, terms);
	const firstLineOfTitle = new Map<string, number>();
	const checked = rows.map((cells, index): CheckedRow => {
		const line = index + 2;
		const { raw, errors } = read(cells);
		const title = String(raw.title);
		const key = foldText(title);
		const sameAsLine = key ? (firstLineOfTitle.get(key) ?? null) : null;
		if (key && sameAsLine === null) firstLineOfTitle.set(key, line);
		const valid = Object.keys(errors).length === 0;
		return { line, title, input: valid ? raw : null, errors, duplicates: [], sameAsLine };
	});
	const duplicates = await likelyDuplicatesOfTitles(
		db,
		mapping.place,
		checked.map((row) => (row.input ? row.title : ''))
	);
	for (const [index, found] of duplicates) checked[index].duplicates = found;
	return checked;
}

export const isFlaggedDuplicate = (row: CheckedRow) => row.duplicates.length > 0 || row.sameAsLine !== null;
