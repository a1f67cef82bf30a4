import { inArray } from 'drizzle-orm';
import type { Database } from '../../../db/types';
import { auditEntry } from '../../../platform/audit/schema';
import { AppError } from '../../../platform/errors';
import { assertCan } from '../../../platform/permissions';
import type { Actor } from '../../../platform/roles';
import { refreshDerived } from '../derived';
import { validateItemInput, type ItemInput } from '../editing';
import { catalogueItem, catalogueRevision, type PublicationStatus } from '../schema';
import { loadTerms, type TermIndex } from '../terms';
import type { Vocabulary } from '../taxonomy-seed';

type ItemRow = typeof catalogueItem.$inferSelect;

/*
 * `createItem` for many measures at once. Item by item, an import of a few thousand rows spends minutes
 * in one transaction (each item costs about ten statements: 60 ms on PGlite, 15 ms on PostgreSQL), and
 * PGlite serves nobody else meanwhile; in batches it takes a tenth of that. Each item still gets the same
 * row, first revision and audit entry as `createItem` writes, which `create-measures.test.ts` checks
 * against `createItem` itself. Were `editing.ts` to export its column mapping and revision recording,
 * this file would shrink to the batching.
 */

/** The fields `editing.ts` tracks in revisions, in its order. */
const TRACKED_FIELDS = [
	'kind', 'status', 'title', 'description', 'municipalityCode', 'territoryCode', 'themeIds', 'clienteleIds', 'policyTypeId', 'year', 'links',
	'policyTitle', 'adoptionYear', 'planStartYear', 'planEndYear', 'progress', 'partners', 'results', 'awardCategory', 'awardYear', 'funder',
	'objectives', 'eligibleApplicants', 'amounts', 'amountTiers', 'opensOn', 'closesOn', 'guideUrl', 'formUrl', 'toolTypeId', 'processStep',
	'fileUrl', 'reviewStatus', 'reviewNote'
] as const;

const BATCH = 500;

function termIds(terms: TermIndex, vocabulary: Vocabulary, slugs: string[]): number[] {
	return slugs.map((slug) => {
		const term = terms.bySlug(vocabulary, slug);
		if (!term) throw new AppError('invalid_input', `Valeur inconnue : ${slug}.`);
		return term.id;
	});
}

function measureColumns(input: ItemInput, terms: TermIndex, status: PublicationStatus, now: Date): typeof catalogueItem.$inferInsert {
	if (input.kind !== 'mesure') throw new AppError('invalid_input', 'Seules des mesures peuvent être importées.');
	return {
		kind: 'mesure',
		status,
		publishedAt: status === 'published' ? now : null,
		title: input.title,
		description: input.description,
		municipalityCode: input.municipalityCode,
		territoryCode: input.municipalityCode ? null : input.territoryCode,
		themeIds: termIds(terms, 'theme', input.themes),
		clienteleIds: termIds(terms, 'clientele', input.clienteles),
		policyTypeId: input.policyType ? termIds(terms, 'policy_type', [input.policyType])[0] : null,
		year: input.year ?? input.adoptionYear ?? input.awardYear ?? (input.opensOn ? Number(input.opensOn.slice(0, 4)) : null),
		links: input.links,
		policyTitle: input.policyTitle,
		adoptionYear: input.adoptionYear,
		planStartYear: input.planStartYear,
		planEndYear: input.planEndYear,
		progress: input.progress
	};
}

const snapshotOf = (row: ItemRow) => Object.fromEntries(TRACKED_FIELDS.map((field) => [field, row[field] ?? null]));

async function inBatches<T>(list: readonly T[], work: (batch: T[]) => Promise<unknown>): Promise<void> {
	for (let start = 0; start < list.length; start += BATCH) await work(list.slice(start, start + BATCH));
}

/** Creates measures with their first revision and audit entry each, in the caller's transaction, in order. */
export async function createMeasures(tx: Database, actor: Actor, entries: readonly { raw: unknown; note: string | null }[], status: PublicationStatus): Promise<ItemRow[]> {
	assertCan(actor, 'catalogue.manage');
	if (entries.length === 0) return [];
	const terms = await loadTerms(tx);
	const now = new Date();
	const columns = entries.map((entry) => measureColumns(validateItemInput(entry.raw), terms, status, now));
	const ids: number[] = [];
	await inBatches(columns, async (batch) => {
		const inserted = await tx.insert(catalogueItem).values(batch).returning({ id: catalogueItem.id });
		ids.push(...inserted.map((row) => row.id));
	});
	await refreshDerived(tx, ids);
	const rows: ItemRow[] = [];
	await inBatches(ids, async (batch) => rows.push(...(await tx.select().from(catalogueItem).where(inArray(catalogueItem.id, batch)))));
	const byId = new Map(rows.map((row) => [row.id, row]));
	const created = ids.map((id) => byId.get(id)!);
	const records = created.map((row, index) => {
		const snapshot = snapshotOf(row);
		return { row, snapshot, note: entries[index].note, changedFields: TRACKED_FIELDS.filter((field) => snapshot[field] !== null) };
	});
	await inBatches(records, (batch) =>
		tx.insert(catalogueRevision).values(batch.map((record) => ({ itemId: record.row.id, version: record.row.version, actorId: actor.userId, changedFields: [...record.changedFields], snapshot: record.snapshot, note: record.note })))
	);
	await inBatches(records, (batch) =>
		tx.insert(auditEntry).values(batch.map((record) => ({ actorId: actor.userId, action: 'catalogue.create', entityType: 'catalogue_item', entityId: String(record.row.id), before: null, after: record.snapshot })))
	);
	return created;
}
