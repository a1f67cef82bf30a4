import { asc, eq, sql } from 'drizzle-orm';
import { z } from 'zod';
import { selectRows, type Database } from '../../../db/types';
import { recordAudit } from '../../../platform/audit/service';
import { AppError } from '../../../platform/errors';
import { foldAccents, slugify } from '../../../platform/exports/download';
import { assertCan } from '../../../platform/permissions';
import type { Actor } from '../../../platform/roles';
import { refreshDerived } from '../derived';
import { catalogueTerm } from '../schema';
import { VOCABULARIES, type Vocabulary } from '../taxonomy-seed';

export type VocabularyTerm = { id: number; vocabulary: Vocabulary; slug: string; label: string; retired: boolean; itemCount: number };

type TermRow = typeof catalogueTerm.$inferSelect;

/** Items that carry a term, whatever the field: themes, clientèles, policy type or tool type. */
const itemsUsing = (termId: number) =>
	sql`select id from catalogue_item where ${termId} = any(theme_ids) or ${termId} = any(clientele_ids) or policy_type_id = ${termId} or tool_type_id = ${termId}`;

/** Every term of every vocabulary in its order, with the number of items using it (one pass over the items). */
export async function listVocabularies(db: Database, actor: Actor): Promise<Record<Vocabulary, VocabularyTerm[]>> {
	assertCan(actor, 'catalogue.manage');
	const [terms, uses] = await Promise.all([
		db.select().from(catalogueTerm).orderBy(asc(catalogueTerm.vocabulary), asc(catalogueTerm.sortOrder), asc(catalogueTerm.label)),
		selectRows<{ term_id: number; n: number }>(
			db,
			sql`select term_id, count(*)::int as n from (
				select unnest(theme_ids || clientele_ids || array_remove(array[policy_type_id, tool_type_id], null)) as term_id from catalogue_item
			) used group by term_id`
		)
	]);
	const counts = new Map(uses.map((row) => [Number(row.term_id), row.n]));
	const byVocabulary = Object.fromEntries(VOCABULARIES.map((vocabulary) => [vocabulary, [] as VocabularyTerm[]])) as Record<Vocabulary, VocabularyTerm[]>;
	for (const term of terms) {
		byVocabulary[term.vocabulary].push({
			id: term.id,
			vocabulary: term.vocabulary,
			slug: term.slug,
			label: term.label,
			retired: term.retiredAt !== null,
			itemCount: counts.get(term.id) ?? 0
		});
	}
	return byVocabulary;
}

const labelSchema = z
	.string('Écrivez le libellé.')
	.trim()
	.min(2, 'Le libellé doit compter au moins 2 caractères.')
	.max(120, 'Le libellé ne peut dépasser 120 caractères.');

const fold = (text: string) => foldAccents(text).toLowerCase().replace(/[^a-z0-9]+/g, ' ').trim();

function parseLabel(value: unknown): string {
	const parsed = labelSchema.safeParse(value);
	if (!parsed.success) throw new AppError('invalid_input', 'Vérifiez le libellé.', { label: parsed.error.issues[0].message });
	return parsed.data;
}

function assertLabelFree(siblings: TermRow[], label: string, exceptId: number | null) {
	const clash = siblings.find((term) => term.id !== exceptId && fold(term.label) === fold(label));
	if (clash) throw new AppError('invalid_input', 'Vérifiez le libellé.', { label: `« ${clash.label} » existe déjà dans ce vocabulaire.` });
}

const siblingsOf = (tx: Database, vocabulary: Vocabulary) =>
	tx.select().from(catalogueTerm).where(eq(catalogueTerm.vocabulary, vocabulary)).orderBy(asc(catalogueTerm.sortOrder), asc(catalogueTerm.label), asc(catalogueTerm.id)).for('update');

/** A slug from the label, made unique in its vocabulary with a number when needed. */
function freeSlug(label: string, taken: Set<string>): string {
	const base = slugify(label, 60) || 'terme';
	let slug = base;
	for (let suffix = 2; taken.has(slug); suffix++) slug = `${base}-${suffix}`;
	return slug;
}

const auditTerm = (tx: Database, actor: Actor, action: string, id: number, before: unknown, after: unknown) =>
	recordAudit(tx, { actorId: actor.userId, action, entityType: 'catalogue_term', entityId: String(id), before, after });

/** Adds a term at the end of its vocabulary; its slug (used in URLs and the API) comes from the label. */
export async function addTerm(db: Database, actor: Actor, input: { vocabulary: unknown; label: unknown }): Promise<TermRow> {
	assertCan(actor, 'catalogue.manage');
	const vocabulary = z.enum(VOCABULARIES).safeParse(input.vocabulary);
	if (!vocabulary.success) throw new AppError('invalid_input', 'Vocabulaire inconnu.');
	const label = parseLabel(input.label);
	return db.transaction(async (tx) => {
		const siblings = await siblingsOf(tx, vocabulary.data);
		assertLabelFree(siblings, label, null);
		const slug = freeSlug(label, new Set(siblings.map((term) => term.slug)));
		const sortOrder = Math.max(-1, ...siblings.map((term) => term.sortOrder)) + 1;
		const [term] = await tx.insert(catalogueTerm).values({ vocabulary: vocabulary.data, slug, label, sortOrder }).returning();
		await auditTerm(tx, actor, 'catalogue.term.add', term.id, null, { vocabulary: term.vocabulary, slug, label });
		return term;
	});
}

async function lockedTerm(tx: Database, id: number): Promise<TermRow> {
	const [term] = Number.isSafeInteger(id) ? await tx.select().from(catalogueTerm).where(eq(catalogueTerm.id, id)).for('update') : [];
	if (!term) throw new AppError('not_found', 'Ce terme n’existe pas.');
	return term;
}

/**
 * Renames a term; its slug stays, so that links and saved searches keep working. The items that
 * carry it get their search text again in the same transaction, so the new label finds them.
 */
export async function renameTerm(db: Database, actor: Actor, id: number, newLabel: unknown): Promise<{ term: TermRow; itemCount: number }> {
	assertCan(actor, 'catalogue.manage');
	const label = parseLabel(newLabel);
	return db.transaction(async (tx) => {
		const before = await lockedTerm(tx, id);
		assertLabelFree(await siblingsOf(tx, before.vocabulary), label, id);
		const [term] = await tx.update(catalogueTerm).set({ label }).where(eq(catalogueTerm.id, id)).returning();
		const itemIds = (await selectRows<{ id: number }>(tx, itemsUsing(id))).map((row) => row.id);
		await refreshDerived(tx, itemIds);
		await auditTerm(tx, actor, 'catalogue.term.rename', id, { label: before.label }, { label });
		return { term, itemCount: itemIds.length };
	});
}

/** A retired term stays on the items that carry it but is no longer offered to choose. */
export async function setTermRetired(db: Database, actor: Actor, id: number, retired: boolean): Promise<TermRow> {
	assertCan(actor, 'catalogue.manage');
	return db.transaction(async (tx) => {
		const before = await lockedTerm(tx, id);
		if ((before.retiredAt !== null) === retired) return before;
		const [term] = await tx
			.update(catalogueTerm)
			.set({ retiredAt: retired ? new Date() : null })
			.where(eq(catalogueTerm.id, id))
			.returning();
		await auditTerm(tx, actor, retired ? 'catalogue.term.retire' : 'catalogue.term.restore', id, { retired: !retired }, { retired });
		return term;
	});
}

/** Moves a term one place up or down in its vocabulary; the order is what forms and facets show. */
export async function moveTerm(db: Database, actor: Actor, id: number, direction: unknown): Promise<TermRow> {
	assertCan(actor, 'catalogue.manage');
	if (direction !== 'up' && direction !== 'down') throw new AppError('invalid_input', 'Direction inconnue.');
	return db.transaction(async (tx) => {
		const term = await lockedTerm(tx, id);
		const order = await siblingsOf(tx, term.vocabulary);
		const from = order.findIndex((entry) => entry.id === id);
		const to = direction === 'up' ? from - 1 : from + 1;
		if (to < 0 || to >= order.length) return term;
		[order[from], order[to]] = [order[to], order[from]];
		for (const [position, entry] of order.entries()) {
			if (entry.sortOrder !== position) await tx.update(catalogueTerm).set({ sortOrder: position }).where(eq(catalogueTerm.id, entry.id));
		}
		await auditTerm(tx, actor, 'catalogue.term.move', id, { position: from + 1 }, { position: to + 1 });
		return { ...term, sortOrder: to };
	});
}
