import { and, asc, eq, sql } from 'drizzle-orm';
import { z } from 'zod';
import { selectRows, type Database } from '../../../db/types';
import { recordAudit } from '../../../platform/audit/service';
import { AppError } from '../../../platform/errors';
import { foldAccents, slugify } from '../../../platform/exports/download';
import { assertCan } from '../../../platform/permissions';
import type { Actor } from '../../../platform/roles';
import { ELECTORAL_VOCABULARIES, electoralTerm, type ElectoralVocabulary } from '../schema';
import { moveRow, parseDirection } from '../../../platform/reorder';

export type EditionTermUse = { id: number; vocabulary: ElectoralVocabulary; slug: string; label: string; commitments: number; platforms: number };

type TermRow = typeof electoralTerm.$inferSelect;

const CHANGE_REFUSED = 'Vérifiez le libellé.';

const labelSchema = z
	.string('Écrivez le libellé.')
	.trim()
	.min(2, 'Le libellé doit compter au moins 2 caractères.')
	.max(120, 'Le libellé ne peut dépasser 120 caractères.');

function parseLabel(value: unknown): string {
	const parsed = labelSchema.safeParse(value);
	if (!parsed.success) throw new AppError('invalid_input', CHANGE_REFUSED, { label: parsed.error.issues[0].message });
	return parsed.data;
}

const fold = (text: string) => foldAccents(text).toLowerCase().replace(/[^a-z0-9]+/g, ' ').trim();

/** Each term of the edition, in order, with how many commitments and candidates' platforms use it. */
export async function listEditionVocabularies(db: Database, actor: Actor, editionId: number): Promise<Record<ElectoralVocabulary, EditionTermUse[]>> {
	assertCan(actor, 'electoral.manage');
	const rows = await selectRows<{ id: number; vocabulary: ElectoralVocabulary; slug: string; label: string; commitments: number; platforms: number }>(
		db,
		sql`select t.id, t.vocabulary, t.slug, t.label,
				(select count(*) from electoral_commitment c where c.theme_id = t.id or t.id = any(c.clientele_ids))::int as commitments,
				(select count(*) from electoral_platform p where t.id = any(p.theme_ids) or t.id = any(p.clientele_ids)
					or exists (select 1 from electoral_platform_entry e where e.platform_id = p.id and e.theme_id = t.id))::int as platforms
			from electoral_term t
			where t.edition_id = ${editionId}
			order by t.sort_order, t.label, t.id`
	);
	return Object.fromEntries(ELECTORAL_VOCABULARIES.map((vocabulary) => [vocabulary, rows.filter((row) => row.vocabulary === vocabulary)])) as Record<
		ElectoralVocabulary,
		EditionTermUse[]
	>;
}

const siblingsOf = (tx: Database, editionId: number, vocabulary: ElectoralVocabulary) =>
	tx
		.select()
		.from(electoralTerm)
		.where(and(eq(electoralTerm.editionId, editionId), eq(electoralTerm.vocabulary, vocabulary)))
		.orderBy(asc(electoralTerm.sortOrder), asc(electoralTerm.label), asc(electoralTerm.id))
		.for('update');

function assertLabelFree(siblings: TermRow[], label: string, exceptId: number | null) {
	const clash = siblings.find((term) => term.id !== exceptId && fold(term.label) === fold(label));
	if (clash) throw new AppError('invalid_input', CHANGE_REFUSED, { label: `« ${clash.label} » existe déjà dans cette liste.` });
}

async function lockedTerm(tx: Database, editionId: number, id: number): Promise<TermRow> {
	const [term] = Number.isSafeInteger(id)
		? await tx
				.select()
				.from(electoralTerm)
				.where(and(eq(electoralTerm.id, id), eq(electoralTerm.editionId, editionId)))
				.for('update')
		: [];
	if (!term) throw new AppError('not_found', 'Ce thème ou cette clientèle n’existe pas dans cette édition.');
	return term;
}

const auditTerm = (tx: Database, actor: Actor, action: string, id: number, before: unknown, after: unknown) =>
	recordAudit(tx, { actorId: actor.userId, action, entityType: 'electoral_term', entityId: String(id), before, after });

/** Adds a theme or a clientèle at the end of its list; its address name comes from the label. */
export async function addEditionTerm(db: Database, actor: Actor, editionId: number, input: { vocabulary: unknown; label: unknown }): Promise<TermRow> {
	assertCan(actor, 'electoral.manage');
	const vocabulary = z.enum(ELECTORAL_VOCABULARIES).safeParse(input.vocabulary);
	if (!vocabulary.success) throw new AppError('invalid_input', 'Liste inconnue.');
	const label = parseLabel(input.label);
	return db.transaction(async (tx) => {
		const siblings = await siblingsOf(tx, editionId, vocabulary.data);
		assertLabelFree(siblings, label, null);
		const taken = new Set(siblings.map((term) => term.slug));
		const base = slugify(label, 60) || vocabulary.data;
		let slug = base;
		for (let suffix = 2; taken.has(slug); suffix++) slug = `${base}-${suffix}`;
		const sortOrder = Math.max(-1, ...siblings.map((term) => term.sortOrder)) + 1;
		const [term] = await tx.insert(electoralTerm).values({ editionId, vocabulary: vocabulary.data, slug, label, sortOrder }).returning();
		await auditTerm(tx, actor, 'electoral.term.add', term.id, null, { editionId, vocabulary: term.vocabulary, slug, label });
		return term;
	});
}

/** Renames a term; its address name stays, so that links and candidates' platforms keep it. */
export async function renameEditionTerm(db: Database, actor: Actor, editionId: number, id: number, newLabel: unknown): Promise<TermRow> {
	assertCan(actor, 'electoral.manage');
	const label = parseLabel(newLabel);
	return db.transaction(async (tx) => {
		const before = await lockedTerm(tx, editionId, id);
		assertLabelFree(await siblingsOf(tx, editionId, before.vocabulary), label, id);
		const [term] = await tx.update(electoralTerm).set({ label }).where(eq(electoralTerm.id, id)).returning();
		await auditTerm(tx, actor, 'electoral.term.rename', id, { label: before.label }, { label });
		return term;
	});
}

/** Moves a term one place up or down; the order is the one candidates and citizens see. */
export async function moveEditionTerm(db: Database, actor: Actor, editionId: number, id: number, direction: unknown): Promise<TermRow> {
	assertCan(actor, 'electoral.manage');
	const towards = parseDirection(direction);
	return db.transaction(async (tx) => {
		const term = await lockedTerm(tx, editionId, id);
		const place = await moveRow(
			await siblingsOf(tx, editionId, term.vocabulary),
			id,
			towards,
			(row) => row.sortOrder,
			(rowId, sortOrder) => tx.update(electoralTerm).set({ sortOrder }).where(eq(electoralTerm.id, rowId))
		);
		if (!place) return term;
		await auditTerm(tx, actor, 'electoral.term.move', id, { position: place.from }, { position: place.to });
		return { ...term, sortOrder: place.to - 1 };
	});
}

/**
 * Deletes a term nobody uses yet (one added by mistake). A term that a commitment or a candidate's
 * platform carries stays: deleting it would silently change what they say, so it is renamed instead.
 */
export async function deleteEditionTerm(db: Database, actor: Actor, editionId: number, id: number): Promise<TermRow> {
	assertCan(actor, 'electoral.manage');
	return db.transaction(async (tx) => {
		const term = await lockedTerm(tx, editionId, id);
		const [use] = (await listEditionVocabularies(tx, actor, editionId))[term.vocabulary].filter((entry) => entry.id === id);
		if (use.commitments > 0 || use.platforms > 0) {
			throw new AppError('conflict', inUseMessage(term.label, use.commitments, use.platforms));
		}
		const siblings = await siblingsOf(tx, editionId, term.vocabulary);
		if (siblings.length === 1) {
			throw new AppError('conflict', term.vocabulary === 'theme' ? 'Une édition garde au moins un thème.' : 'Une édition garde au moins une clientèle.');
		}
		await tx.delete(electoralTerm).where(eq(electoralTerm.id, id));
		await auditTerm(tx, actor, 'electoral.term.delete', id, { editionId, vocabulary: term.vocabulary, slug: term.slug, label: term.label }, null);
		return term;
	});
}

const plural = (count: number, one: string, many: string) => `${count} ${count > 1 ? many : one}`;

function inUseMessage(label: string, commitments: number, platforms: number): string {
	const uses = [commitments ? plural(commitments, 'engagement', 'engagements') : '', platforms ? plural(platforms, 'plateforme de candidat', 'plateformes de candidats') : '']
		.filter(Boolean)
		.join(' et ');
	return `Impossible de supprimer « ${label} » : ${uses} l’utilise${commitments + platforms > 1 ? 'nt' : ''}. Modifiez plutôt son libellé.`;
}
