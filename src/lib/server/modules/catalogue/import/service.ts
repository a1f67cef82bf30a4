import { desc, eq, sql } from 'drizzle-orm';
import { z } from 'zod';
import type { Database } from '../../../db/types';
import { recordAudit } from '../../../platform/audit/service';
import { AppError } from '../../../platform/errors';
import { assertCan } from '../../../platform/permissions';
import type { Actor } from '../../../platform/roles';
import { authUser } from '../../accounts/schema';
import { catalogueImport, type CatalogueKind } from '../schema';
import { loadTerms } from '../terms';
import { createMeasures } from './create-measures';
import { IMPORT_FIELDS, guessColumns, type ColumnMapping } from './fields';
import { resolvePlace, type ImportPlace } from './place';
import { checkRows, isFlaggedDuplicate, type CheckedRow, type ImportMapping } from './rows';
import { readActionPlan, type UploadedFile } from './upload';

type ImportRow = typeof catalogueImport.$inferSelect;

export type ImportReport = {
	imported: { line: number; id: number; kind: CatalogueKind; title: string }[];
	skipped: { line: number; title: string; errors: Record<string, string>; duplicateOf: { id: number; kind: CatalogueKind; title: string } | null; sameAsLine: number | null }[];
	skippedDuplicates: boolean;
};

const NOT_FOUND = 'Cet import n’existe pas.';

/** Stores an uploaded action plan, headers and rows, so that nothing is lost between the steps. */
export async function createImport(db: Database, actor: Actor, file: UploadedFile | null): Promise<{ id: string }> {
	assertCan(actor, 'catalogue.manage');
	const table = await readActionPlan(file);
	return db.transaction(async (tx) => {
		const [created] = await tx
			.insert(catalogueImport)
			.values({ actorId: actor.userId, fileName: file!.name, headers: table.headers, rows: table.rows })
			.returning({ id: catalogueImport.id });
		await recordAudit(tx, {
			actorId: actor.userId,
			action: 'catalogue.import.upload',
			entityType: 'catalogue_import',
			entityId: created.id,
			after: { fileName: file!.name, columns: table.headers.length, rows: table.rows.length }
		});
		return created;
	});
}

export type ImportSummary = {
	id: string;
	fileName: string;
	status: ImportRow['status'];
	createdAt: Date;
	importedAt: Date | null;
	actorName: string | null;
	rowCount: number;
	importedCount: number | null;
	mapped: boolean;
};

/** Past and pending imports, newest first, without their rows. */
export async function listImports(db: Database, actor: Actor, limit = 50): Promise<ImportSummary[]> {
	assertCan(actor, 'catalogue.manage');
	return db
		.select({
			id: catalogueImport.id,
			fileName: catalogueImport.fileName,
			status: catalogueImport.status,
			createdAt: catalogueImport.createdAt,
			importedAt: catalogueImport.importedAt,
			actorName: authUser.name,
			rowCount: sql<number>`jsonb_array_length(${catalogueImport.rows})`.mapWith(Number),
			importedCount: sql<number | null>`jsonb_array_length(${catalogueImport.report} -> 'imported')`,
			mapped: sql<boolean>`${catalogueImport.mapping} is not null`
		})
		.from(catalogueImport)
		.leftJoin(authUser, eq(authUser.id, catalogueImport.actorId))
		.orderBy(desc(catalogueImport.createdAt))
		.limit(limit);
}

async function importRow(db: Database, id: string, lock = false): Promise<ImportRow> {
	if (!z.uuid().safeParse(id).success) throw new AppError('not_found', NOT_FOUND);
	const query = db.select().from(catalogueImport).where(eq(catalogueImport.id, id));
	const [found] = lock ? await query.for('update') : await query;
	if (!found) throw new AppError('not_found', NOT_FOUND);
	return found;
}

export type ImportRecord = Omit<ImportRow, 'mapping' | 'report'> & { mapping: ImportMapping | null; report: ImportReport | null; actorName: string | null };

export async function getImport(db: Database, actor: Actor, id: string): Promise<ImportRecord> {
	assertCan(actor, 'catalogue.manage');
	const record = await importRow(db, id);
	const [person] = record.actorId ? await db.select({ name: authUser.name }).from(authUser).where(eq(authUser.id, record.actorId)) : [];
	return { ...(record as Omit<ImportRecord, 'actorName'>), actorName: person?.name ?? null };
}

const columnField = (field: string) => `column-${field}`;

/** The mapping form's values: what was saved, or guesses from the header names. */
export function mappingFormValues(record: Pick<ImportRecord, 'headers' | 'mapping'>): Record<string, string> {
	const columns: ColumnMapping = record.mapping?.columns ?? guessColumns(record.headers);
	return {
		...Object.fromEntries(IMPORT_FIELDS.map((field) => [columnField(field), columns[field] === undefined ? '' : String(columns[field])])),
		place: record.mapping?.placeText ?? '',
		policyType: record.mapping?.policyType ?? '',
		policyTitle: record.mapping?.policyTitle ?? '',
		status: record.mapping?.status ?? 'draft'
	};
}

const valuesSchema = z.object({
	place: z.string().trim().max(200, 'Écrivez un nom de municipalité ou un code.').default(''),
	policyType: z.string().trim().default(''),
	policyTitle: z.string().trim().max(300, 'Le titre de la politique ne peut dépasser 300 caractères.').default(''),
	status: z.enum(['draft', 'published'], 'Choisissez si les fiches importées restent en brouillon ou sont publiées.')
});

function requireUploaded(record: ImportRow): void {
	if (record.status === 'imported') throw new AppError('conflict', 'Ce fichier a déjà été importé.');
	if (record.status === 'abandoned') throw new AppError('conflict', 'Cet import a été abandonné : téléversez le fichier de nouveau.');
}

/** Saves which column fills which field and the values for every row; all problems are reported at once. */
export async function saveMapping(db: Database, actor: Actor, id: string, form: Record<string, string>): Promise<ImportMapping> {
	assertCan(actor, 'catalogue.manage');
	const record = await importRow(db, id);
	requireUploaded(record);
	const errors: Record<string, string> = {};
	const columns: ColumnMapping = {};
	for (const field of IMPORT_FIELDS) {
		const value = (form[columnField(field)] ?? '').trim();
		if (value === '') continue;
		const index = Number(value);
		if (Number.isInteger(index) && index >= 0 && index < record.headers.length) columns[field] = index;
		else errors[columnField(field)] = 'Choisissez une colonne du fichier.';
	}
	if (columns.title === undefined) errors[columnField('title')] ??= 'Choisissez la colonne qui contient le titre des mesures.';
	const parsed = valuesSchema.safeParse(form);
	const values = parsed.success ? parsed.data : null;
	if (!parsed.success) for (const issue of parsed.error.issues) errors[String(issue.path[0])] ??= issue.message;
	let place: ImportPlace | null = null;
	try {
		place = await resolvePlace(db, form.place ?? '');
	} catch (cause) {
		if (!(cause instanceof AppError)) throw cause;
		Object.assign(errors, cause.fields);
	}
	const policyType = (form.policyType ?? '').trim();
	if (policyType && !(await loadTerms(db)).bySlug('policy_type', policyType)) errors.policyType = 'Type de politique inconnu.';
	if (Object.keys(errors).length > 0 || !values || !place) throw new AppError('invalid_input', 'Certains champs sont à corriger.', errors);
	const mapping: ImportMapping = {
		columns,
		placeText: values.place,
		place,
		policyType: values.policyType || null,
		policyTitle: values.policyTitle || null,
		status: values.status
	};
	await db.transaction(async (tx) => {
		await tx.update(catalogueImport).set({ mapping }).where(eq(catalogueImport.id, id));
		await recordAudit(tx, { actorId: actor.userId, action: 'catalogue.import.map', entityType: 'catalogue_import', entityId: id, before: record.mapping, after: mapping });
	});
	return mapping;
}

export type ImportPreview = {
	record: Omit<ImportRecord, 'rows' | 'actorName'>;
	mapping: ImportMapping;
	rows: CheckedRow[];
	counts: { total: number; valid: number; invalid: number; flagged: number };
};

function requireMapping(record: ImportRow): ImportMapping {
	if (!record.mapping) throw new AppError('conflict', 'Associez d’abord les colonnes du fichier aux champs des fiches.');
	return record.mapping as ImportMapping;
}

/** Every row with its French errors and likely duplicates, as the import would see it now. */
export async function previewImport(db: Database, actor: Actor, id: string): Promise<ImportPreview> {
	assertCan(actor, 'catalogue.manage');
	const { rows: cells, ...record } = await importRow(db, id);
	const mapping = requireMapping({ ...record, rows: cells });
	const rows = await checkRows(db, cells, mapping, await loadTerms(db));
	const valid = rows.filter((row) => row.input).length;
	return {
		record: record as ImportPreview['record'],
		mapping,
		rows,
		counts: { total: rows.length, valid, invalid: rows.length - valid, flagged: rows.filter((row) => row.input && isFlaggedDuplicate(row)).length }
	};
}

/**
 * Creates the valid rows as measures, each with its first revision and audit entry, all in one
 * transaction: a failure on any row leaves the bank and the import as they were.
 */
export async function runImport(db: Database, actor: Actor, id: string, options: { skipDuplicates: boolean }): Promise<ImportReport> {
	assertCan(actor, 'catalogue.manage');
	const terms = await loadTerms(db);
	return db.transaction(async (tx) => {
		const record = await importRow(tx, id, true);
		requireUploaded(record);
		const mapping = requireMapping(record);
		const report: ImportReport = { imported: [], skipped: [], skippedDuplicates: options.skipDuplicates };
		const toCreate: { line: number; raw: Record<string, unknown> }[] = [];
		for (const row of await checkRows(tx, record.rows, mapping, terms)) {
			if (row.input && !(options.skipDuplicates && isFlaggedDuplicate(row))) {
				toCreate.push({ line: row.line, raw: row.input });
				continue;
			}
			const duplicate = row.duplicates[0];
			report.skipped.push({
				line: row.line,
				title: row.title,
				errors: row.errors,
				duplicateOf: duplicate ? { id: duplicate.id, kind: duplicate.kind, title: duplicate.title } : null,
				sameAsLine: row.sameAsLine
			});
		}
		if (toCreate.length === 0) {
			throw new AppError('invalid_input', 'Aucune ligne ne peut être importée : corrigez le fichier ou la correspondance des colonnes.');
		}
		const created = await createMeasures(
			tx,
			actor,
			toCreate.map(({ line, raw }) => ({ raw, note: `Importée de « ${record.fileName} », ligne ${line}` })),
			mapping.status
		);
		report.imported = created.map((item, index) => ({ line: toCreate[index].line, id: item.id, kind: item.kind, title: item.title }));
		await tx.update(catalogueImport).set({ status: 'imported', report, importedAt: new Date() }).where(eq(catalogueImport.id, id));
		await recordAudit(tx, {
			actorId: actor.userId,
			action: 'catalogue.import.run',
			entityType: 'catalogue_import',
			entityId: id,
			after: { fileName: record.fileName, imported: report.imported.length, skipped: report.skipped.length }
		});
		return report;
	});
}

/** Sets aside an import that will not be run; its rows stay for the record. */
export async function abandonImport(db: Database, actor: Actor, id: string): Promise<void> {
	assertCan(actor, 'catalogue.manage');
	await db.transaction(async (tx) => {
		const record = await importRow(tx, id, true);
		requireUploaded(record);
		await tx.update(catalogueImport).set({ status: 'abandoned' }).where(eq(catalogueImport.id, id));
		await recordAudit(tx, { actorId: actor.userId, action: 'catalogue.import.abandon', entityType: 'catalogue_import', entityId: id });
	});
}
