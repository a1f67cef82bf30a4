import { and, asc, eq, sql, type SQL } from 'drizzle-orm';
import { z } from 'zod';
import { selectRows, type Database } from '../../../db/types';
import { recordAudit } from '../../../platform/audit/service';
import { AppError } from '../../../platform/errors';
import { pageWindow } from '../../../platform/pagination';
import { assertCan } from '../../../platform/permissions';
import type { Actor } from '../../../platform/roles';
import { fieldErrors } from '../../../platform/validation';
import { loadEditionTerms, type EditionTerms } from '../editions';
import { COST_LEVELS, ELECTORAL_STATUSES, TIME_FRAMES, electoralCommitment, electoralCommitmentEvidence, type ElectoralStatus } from '../schema';
import { evidenceProblem } from './evidence';
import { listOf, textOf, type FormValues } from '../../../platform/form-values';
import { blankAsNull, longText } from '../../../platform/validation';

export type CommitmentRow = typeof electoralCommitment.$inferSelect;

/** The commitment's fields in the order of its form. */
export const COMMITMENT_FIELDS = ['title', 'rationale', 'powers', 'costLevel', 'timeFrame', 'theme', 'clienteles', 'status', 'sortOrder', 'evidence'] as const;

/** Form fields that hold several values: the clientèles ticked, the linked items of the bank in order. */
export const COMMITMENT_LIST_FIELDS = ['clienteles', 'evidence'] as const;

export const STALE_COMMITMENT_MESSAGE =
	'Quelqu’un a modifié cet engagement pendant que vous le corrigiez. Vos changements sont gardés ci-dessous : comparez avec la version actuelle puis enregistrez de nouveau.';

export const commitmentInputSchema = z.object({
	title: z
		.string('Écrivez l’engagement.')
		.trim()
		.min(10, 'L’engagement doit compter au moins 10 caractères.')
		.max(200, 'L’engagement ne peut dépasser 200 caractères.'),
	rationale: longText(3000, 'Le pourquoi ne peut dépasser 3 000 caractères.').pipe(z.string().min(20, 'Expliquez en au moins 20 caractères pourquoi cet engagement compte.')),
	powers: longText(1000, 'Les compétences municipales ne peuvent dépasser 1 000 caractères.'),
	costLevel: z.enum(COST_LEVELS, 'Choisissez un niveau de coût.'),
	timeFrame: z.enum(TIME_FRAMES, 'Choisissez un horizon de réalisation.'),
	theme: z.string('Choisissez un thème.').min(1, 'Choisissez un thème.'),
	clienteles: z.array(z.string()).min(1, 'Choisissez au moins une clientèle.'),
	status: z.enum(ELECTORAL_STATUSES, 'Choisissez un statut.'),
	sortOrder: z.preprocess(
		blankAsNull,
		z.coerce.number('L’ordre doit être un nombre.').int('L’ordre doit être un nombre entier.').min(0, 'L’ordre ne peut être négatif.').max(9999, 'L’ordre ne peut dépasser 9 999.').nullable()
	),
	evidence: z.array(z.coerce.number('Preuve inconnue.').int('Preuve inconnue.').positive('Preuve inconnue.')).default([])
});
export type CommitmentInput = z.infer<typeof commitmentInputSchema>;

/** A commitment as its form shows it (and as the audit log records it): terms by address name, linked items by id. */
export function commitmentValues(row: CommitmentRow, terms: EditionTerms, evidence: readonly number[]): FormValues {
	const slug = (id: number) => terms.byId.get(id)?.slug ?? String(id);
	return {
		title: row.title,
		rationale: row.rationale,
		powers: row.powers,
		costLevel: row.costLevel,
		timeFrame: row.timeFrame,
		theme: slug(row.themeId),
		clienteles: row.clienteleIds.map(slug),
		status: row.status,
		sortOrder: String(row.sortOrder),
		evidence: evidence.map(String)
	};
}

/** Checks every field at once, the terms against the edition's and the linked items against the bank. */
async function validateCommitment(db: Database, terms: EditionTerms, values: FormValues): Promise<{ input: Resolved } | { errors: Record<string, string> }> {
	const parsed = commitmentInputSchema.safeParse({ ...values, clienteles: listOf(values.clienteles), evidence: listOf(values.evidence) });
	const errors = parsed.success ? {} : fieldErrors(parsed.error);
	const theme = terms.bySlug('theme', textOf(values.theme));
	if (!errors.theme && !theme) errors.theme = 'Choisissez un thème de la liste.';
	const clienteles = listOf(values.clienteles).map((slug) => terms.bySlug('clientele', slug));
	if (!errors.clienteles && clienteles.some((term) => !term)) errors.clienteles = 'Choisissez des clientèles de la liste.';
	const evidence = [...new Set(listOf(values.evidence).map(Number))];
	const problem = errors.evidence ? null : await evidenceProblem(db, evidence);
	if (problem) errors.evidence = problem;
	if (!parsed.success || !theme || Object.keys(errors).length > 0) return { errors };
	return {
		input: {
			...parsed.data,
			themeId: theme.id,
			clienteleIds: [...new Set(clienteles.flatMap((term) => (term ? [term.id] : [])))],
			evidence
		}
	};
}

type Resolved = Pick<CommitmentInput, 'title' | 'rationale' | 'powers' | 'costLevel' | 'timeFrame' | 'status' | 'sortOrder' | 'evidence'> & {
	themeId: number;
	clienteleIds: number[];
};

const columnsOf = (input: Resolved) => ({
	title: input.title,
	rationale: input.rationale,
	powers: input.powers,
	costLevel: input.costLevel,
	timeFrame: input.timeFrame,
	themeId: input.themeId,
	clienteleIds: input.clienteleIds,
	status: input.status
});

async function replaceEvidence(tx: Database, commitmentId: number, ids: readonly number[]) {
	await tx.delete(electoralCommitmentEvidence).where(eq(electoralCommitmentEvidence.commitmentId, commitmentId));
	if (ids.length) await tx.insert(electoralCommitmentEvidence).values(ids.map((catalogueItemId, position) => ({ commitmentId, catalogueItemId, position })));
}

async function evidenceIdsOf(db: Database, commitmentId: number): Promise<number[]> {
	const rows = await db
		.select({ id: electoralCommitmentEvidence.catalogueItemId })
		.from(electoralCommitmentEvidence)
		.where(eq(electoralCommitmentEvidence.commitmentId, commitmentId))
		.orderBy(asc(electoralCommitmentEvidence.position), asc(electoralCommitmentEvidence.catalogueItemId));
	return rows.map((row) => row.id);
}

/** A commitment of the edition with its linked items in order. */
export async function getCommitmentForEditing(db: Database, actor: Actor, editionId: number, id: number): Promise<{ row: CommitmentRow; evidence: number[] }> {
	assertCan(actor, 'electoral.manage');
	const [row] = Number.isSafeInteger(id)
		? await db
				.select()
				.from(electoralCommitment)
				.where(and(eq(electoralCommitment.id, id), eq(electoralCommitment.editionId, editionId)))
		: [];
	if (!row) throw new AppError('not_found', 'Cet engagement n’existe pas dans cette édition.');
	return { row, evidence: await evidenceIdsOf(db, id) };
}

export type CommitmentTarget = { create: true } | { create: false; id: number; expectedVersion: number };

export type CommitmentSaveOutcome =
	| { outcome: 'saved'; commitment: CommitmentRow }
	| { outcome: 'invalid'; errors: Record<string, string>; message?: string }
	/** Someone saved in between: nothing is saved, and `current` is what the commitment says now. */
	| { outcome: 'conflict'; message: string; current: { values: FormValues; version: number } };

/**
 * Creates or edits a commitment with its linked items, audited in the same transaction. An edit
 * names the version it started from; when someone saved in between, nothing is written.
 */
export async function saveCommitment(db: Database, actor: Actor, editionId: number, values: FormValues, target: CommitmentTarget): Promise<CommitmentSaveOutcome> {
	assertCan(actor, 'electoral.manage');
	const terms = await loadEditionTerms(db, editionId);
	const checked = await validateCommitment(db, terms, values);
	if ('errors' in checked) return { outcome: 'invalid', errors: checked.errors };
	const input = checked.input;
	const audit = (tx: Database, action: string, id: number, before: unknown, after: unknown) =>
		recordAudit(tx, { actorId: actor.userId, action, entityType: 'electoral_commitment', entityId: String(id), before, after });

	if (target.create) {
		const commitment = await db.transaction(async (tx) => {
			const sortOrder = input.sortOrder ?? (await nextSortOrder(tx, editionId, input.themeId));
			const [created] = await tx
				.insert(electoralCommitment)
				.values({ editionId, ...columnsOf(input), sortOrder })
				.returning();
			await replaceEvidence(tx, created.id, input.evidence);
			await audit(tx, 'electoral.commitment.create', created.id, null, commitmentValues(created, terms, input.evidence));
			return created;
		});
		return { outcome: 'saved', commitment };
	}

	const saved = await db.transaction(async (tx) => {
		const [before] = await tx
			.select()
			.from(electoralCommitment)
			.where(and(eq(electoralCommitment.id, target.id), eq(electoralCommitment.editionId, editionId)))
			.for('update');
		if (!before) throw new AppError('not_found', 'Cet engagement n’existe pas dans cette édition.');
		const beforeEvidence = await evidenceIdsOf(tx, before.id);
		if (before.version !== target.expectedVersion) return { stale: true as const, current: { values: commitmentValues(before, terms, beforeEvidence), version: before.version } };
		const [after] = await tx
			.update(electoralCommitment)
			.set({ ...columnsOf(input), sortOrder: input.sortOrder ?? before.sortOrder, version: before.version + 1, updatedAt: new Date() })
			.where(eq(electoralCommitment.id, before.id))
			.returning();
		await replaceEvidence(tx, after.id, input.evidence);
		await audit(tx, 'electoral.commitment.update', after.id, commitmentValues(before, terms, beforeEvidence), commitmentValues(after, terms, input.evidence));
		return { stale: false as const, after };
	});
	if (saved.stale) return { outcome: 'conflict', message: STALE_COMMITMENT_MESSAGE, current: saved.current };
	return { outcome: 'saved', commitment: saved.after };
}

/** After the last commitment of its theme. */
async function nextSortOrder(tx: Database, editionId: number, themeId: number): Promise<number> {
	const [row] = await tx
		.select({ last: sql<number | null>`max(${electoralCommitment.sortOrder})` })
		.from(electoralCommitment)
		.where(and(eq(electoralCommitment.editionId, editionId), eq(electoralCommitment.themeId, themeId)));
	return row.last === null ? 0 : Number(row.last) + 1;
}

export const ADMIN_COMMITMENTS_PAGE_SIZE = 50;

const slugFilter = z.string().regex(/^[a-z0-9-]{1,60}$/).nullable().catch(null);
const commitmentQuerySchema = z.object({
	theme: slugFilter,
	clientele: slugFilter,
	status: z.enum(ELECTORAL_STATUSES).nullable().catch(null),
	text: z.string().trim().max(120).catch(''),
	page: z.coerce.number().int().min(1).max(100_000).catch(1)
});
export type CommitmentQuery = z.infer<typeof commitmentQuerySchema>;

/** The list's filters from its URL: ?theme=loisir&clientele=aines&statut=draft&q=parc&page=2. */
export function parseCommitmentQuery(params: URLSearchParams): CommitmentQuery {
	return commitmentQuerySchema.parse({
		theme: params.get('theme') || null,
		clientele: params.get('clientele') || null,
		status: params.get('statut') || null,
		text: params.get('q') ?? '',
		page: params.get('page') ?? 1
	});
}

export type AdminCommitmentRow = {
	id: number;
	title: string;
	themeId: number;
	clienteleIds: number[];
	status: ElectoralStatus;
	sortOrder: number;
	evidenceCount: number;
	isDemo: boolean;
	updatedAt: Date;
};

/** The edition's commitments in the order the public sees them (theme, then staff's order), filtered and a page at a time. */
export async function listEditionCommitments(db: Database, actor: Actor, editionId: number, query: CommitmentQuery) {
	assertCan(actor, 'electoral.manage');
	const terms = await loadEditionTerms(db, editionId);
	const theme = query.theme ? terms.bySlug('theme', query.theme) : undefined;
	const clientele = query.clientele ? terms.bySlug('clientele', query.clientele) : undefined;
	const words = query.text.split(/\s+/).filter(Boolean).slice(0, 8);
	const conditions: SQL[] = [sql`c.edition_id = ${editionId}`];
	// A filter on a term the edition does not have matches nothing, rather than everything.
	if (query.theme) conditions.push(theme ? sql`c.theme_id = ${theme.id}` : sql`false`);
	if (query.clientele) conditions.push(clientele ? sql`${clientele.id} = any(c.clientele_ids)` : sql`false`);
	if (query.status) conditions.push(sql`c.status = ${query.status}`);
	for (const word of words) conditions.push(sql`search_normalize(c.title) like '%' || search_normalize(${word}) || '%'`);
	const where = sql.join(conditions, sql` and `);
	const [{ total }] = await selectRows<{ total: number }>(db, sql`select count(*)::int as total from electoral_commitment c where ${where}`);
	const { page, pageCount, offset, limit } = pageWindow(total, query.page, ADMIN_COMMITMENTS_PAGE_SIZE);
	const rows = await selectRows<{
		id: number;
		title: string;
		theme_id: number;
		clientele_ids: number[];
		status: ElectoralStatus;
		sort_order: number;
		evidence_count: number;
		is_demo: boolean;
		updated_at: Date | string;
	}>(
		db,
		sql`select c.id, c.title, c.theme_id, c.clientele_ids, c.status, c.sort_order, c.is_demo, c.updated_at,
				(select count(*) from electoral_commitment_evidence e where e.commitment_id = c.id)::int as evidence_count
			from electoral_commitment c
			join electoral_term theme on theme.id = c.theme_id
			where ${where}
			order by theme.sort_order, c.sort_order, c.id
			limit ${limit} offset ${offset}`
	);
	const items: AdminCommitmentRow[] = rows.map((row) => ({
		id: row.id,
		title: row.title,
		themeId: row.theme_id,
		clienteleIds: row.clientele_ids,
		status: row.status,
		sortOrder: row.sort_order,
		evidenceCount: row.evidence_count,
		isDemo: row.is_demo,
		updatedAt: new Date(row.updated_at)
	}));
	return { query: { ...query, page }, items, total, page, pageCount, terms };
}
