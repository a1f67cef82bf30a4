import { desc, eq, sql } from 'drizzle-orm';
import { z } from 'zod';
import type { Database } from '../../../db/types';
import { recordAudit } from '../../../platform/audit/service';
import { AppError } from '../../../platform/errors';
import { slugify } from '../../../platform/exports/download';
import { assertCan } from '../../../platform/permissions';
import type { Actor } from '../../../platform/roles';
import { createEdition, type Edition } from '../editions';
import { electoralEdition } from '../schema';
import { INVALID_FORM, parse } from '../../../platform/validation';

export type EditionSummary = Pick<Edition, 'id' | 'slug' | 'name' | 'electionDate' | 'isOpen' | 'isDemo'> & {
	commitments: number;
	publishedCommitments: number;
	questions: number;
	platforms: number;
};

const SLUG_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const SLUG_MAX = 60;

const editionFields = {
	name: z
		.string('Nommez l’édition.')
		.trim()
		.min(3, 'Le nom doit compter au moins 3 caractères.')
		.max(120, 'Le nom ne peut dépasser 120 caractères.'),
	electionDate: z.iso
		.date('Écrivez la date du scrutin sous la forme AAAA-MM-JJ.')
		.refine((date) => date >= '2000-01-01' && date <= '2100-12-31', 'La date du scrutin doit tomber entre 2000 et 2100.'),
	isOpen: z.enum(['true', 'false'], 'Dites si l’édition est ouverte ou fermée.').transform((value) => value === 'true')
};

export const editionUpdateSchema = z.object(editionFields);

export const editionCreateSchema = z.object({
	name: editionFields.name,
	// Lowercased first: « Municipalites-2029 » is what the person meant.
	slug: z
		.string()
		.trim()
		.toLowerCase()
		.max(SLUG_MAX, `L’identifiant ne peut dépasser ${SLUG_MAX} caractères.`)
		.regex(/^$|^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'L’identifiant ne contient que des lettres minuscules sans accents, des chiffres et des traits d’union entre eux.')
		.default(''),
	electionDate: editionFields.electionDate,
	isOpen: editionFields.isOpen
});

/** The address name of an edition: the one typed, or else the name made into one (« Municipalités 2029 » → municipalites-2029). */
export function editionSlug(typed: string, name: string): string {
	return typed || slugify(name, SLUG_MAX);
}

const auditEdition = (tx: Database, actor: Actor, action: string, id: number, before: unknown, after: unknown) =>
	recordAudit(tx, { actorId: actor.userId, action, entityType: 'electoral_edition', entityId: String(id), before, after });

/** Every edition, the next election first, with what it holds. */
export async function listEditionSummaries(db: Database, actor: Actor): Promise<EditionSummary[]> {
	assertCan(actor, 'electoral.manage');
	return db
		.select({
			id: electoralEdition.id,
			slug: electoralEdition.slug,
			name: electoralEdition.name,
			electionDate: electoralEdition.electionDate,
			isOpen: electoralEdition.isOpen,
			isDemo: electoralEdition.isDemo,
			commitments: sql<number>`(select count(*) from electoral_commitment c where c.edition_id = electoral_edition.id)::int`,
			publishedCommitments: sql<number>`(select count(*) from electoral_commitment c where c.edition_id = electoral_edition.id and c.status = 'published')::int`,
			questions: sql<number>`(select count(*) from electoral_quiz_question q where q.edition_id = electoral_edition.id)::int`,
			platforms: sql<number>`(select count(*) from electoral_platform p where p.edition_id = electoral_edition.id)::int`
		})
		.from(electoralEdition)
		.orderBy(desc(electoralEdition.electionDate), desc(electoralEdition.id));
}

/** A new edition with a copy of the default themes and clientèles; its address name comes from its name unless one is typed. */
export async function addEdition(db: Database, actor: Actor, raw: Record<string, unknown>): Promise<Edition> {
	assertCan(actor, 'electoral.manage');
	const input = parse(editionCreateSchema, raw);
	const slug = editionSlug(input.slug, input.name);
	if (!SLUG_PATTERN.test(slug)) throw new AppError('invalid_input', INVALID_FORM, { slug: 'Écrivez un identifiant : des lettres sans accents, des chiffres et des traits d’union.' });
	return db.transaction(async (tx) => {
		const edition = await createEdition(tx, { slug, name: input.name, electionDate: input.electionDate, isOpen: input.isOpen });
		await auditEdition(tx, actor, 'electoral.edition.create', edition.id, null, { slug, name: edition.name, electionDate: edition.electionDate, isOpen: edition.isOpen });
		return edition;
	});
}

/** Renames an edition, moves its election date, opens or closes it; its address name stays, so links keep working. */
export async function updateEdition(db: Database, actor: Actor, id: number, raw: Record<string, unknown>): Promise<Edition> {
	assertCan(actor, 'electoral.manage');
	const input = parse(editionUpdateSchema, raw);
	return db.transaction(async (tx) => {
		const [before] = await tx.select().from(electoralEdition).where(eq(electoralEdition.id, id)).for('update');
		if (!before) throw new AppError('not_found', 'Cette édition n’existe pas.');
		const [edition] = await tx
			.update(electoralEdition)
			.set({ ...input, updatedAt: new Date() })
			.where(eq(electoralEdition.id, id))
			.returning();
		await auditEdition(
			tx,
			actor,
			'electoral.edition.update',
			id,
			{ name: before.name, electionDate: before.electionDate, isOpen: before.isOpen },
			{ name: edition.name, electionDate: edition.electionDate, isOpen: edition.isOpen }
		);
		return edition;
	});
}
