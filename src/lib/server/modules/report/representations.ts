import { and, asc, eq, gte, isNull, lte, or, type SQL } from 'drizzle-orm';
import { z } from 'zod';
import { fiscalYearBounds } from '$lib/fiscal-year';
import type { Database } from '../../db/types';
import { recordAudit } from '../../platform/audit/service';
import { AppError } from '../../platform/errors';
import { assertCan } from '../../platform/permissions';
import type { Actor } from '../../platform/roles';
import { fieldErrors } from '../../platform/validation';
import { INVALID_FORM, blankAsNull, longText } from '../../platform/validation';
import { isUuid } from './ids';
import { REPRESENTATION_TYPES, representation } from './schema';
import { endBeforeStartError, optionalDate, optionalUrl } from './validation';

export type RepresentationRow = typeof representation.$inferSelect;
export type RepresentationType = (typeof REPRESENTATION_TYPES)[number];

export const REPRESENTATION_FIELDS = ['type', 'title', 'host', 'partners', 'description', 'startOn', 'endOn', 'url'] as const;

const optionalLine = (max: number, message: string) => z.preprocess(blankAsNull, z.string().trim().max(max, message).nullable());

export const representationInputSchema = z.object({
		type: z.enum(REPRESENTATION_TYPES, 'Choisissez le type de représentation.'),
		title: z.string('Écrivez le nom de l’instance, de l’événement ou de la prise de position.').trim().min(3, 'Le titre doit compter au moins 3 caractères.').max(300, 'Le titre ne peut dépasser 300 caractères.'),
		host: optionalLine(200, 'L’organisation ne peut dépasser 200 caractères.'),
		partners: optionalLine(1000, 'Les partenaires ne peuvent dépasser 1 000 caractères.'),
		description: longText(3000, 'La description ne peut dépasser 3 000 caractères.'),
		startOn: z.iso.date('Écrivez la date de début sous la forme AAAA-MM-JJ.'),
		endOn: optionalDate('Écrivez la date de fin sous la forme AAAA-MM-JJ, ou laissez-la vide.'),
		url: optionalUrl('Écrivez une adresse Web complète, commençant par https://.')
	});

export function representationValues(row: RepresentationRow): Record<(typeof REPRESENTATION_FIELDS)[number], string> {
	return {
		type: row.type,
		title: row.title,
		host: row.host ?? '',
		partners: row.partners ?? '',
		description: row.description ?? '',
		startOn: row.startOn,
		endOn: row.endOn ?? '',
		url: row.url ?? ''
	};
}

const audit = (tx: Database, actor: Actor, action: string, id: string, before: unknown, after: unknown) =>
	recordAudit(tx, { actorId: actor.userId, action, entityType: 'representation', entityId: id, before, after });

/** Records a participation or a public position, or rewrites one when `id` is given. */
export async function saveRepresentation(db: Database, actor: Actor, id: string | null, raw: Record<string, unknown>): Promise<RepresentationRow> {
	assertCan(actor, 'report.manage');
	const parsed = representationInputSchema.safeParse(raw);
	const errors = parsed.success ? {} : fieldErrors(parsed.error);
	const order = endBeforeStartError(raw.startOn, raw.endOn);
	if (order) errors.endOn ??= order;
	if (!parsed.success || order) throw new AppError('invalid_input', INVALID_FORM, errors);
	const input = parsed.data;
	const columns = { ...input, description: input.description || null };
	return db.transaction(async (tx) => {
		if (id === null) {
			const [created] = await tx.insert(representation).values(columns).returning();
			await audit(tx, actor, 'report.representation.create', created.id, null, representationValues(created));
			return created;
		}
		const [before] = isUuid(id) ? await tx.select().from(representation).where(eq(representation.id, id)).for('update') : [];
		if (!before) throw new AppError('not_found', 'Cette représentation n’existe pas.');
		const [after] = await tx
			.update(representation)
			.set({ ...columns, updatedAt: new Date() })
			.where(eq(representation.id, id))
			.returning();
		await audit(tx, actor, 'report.representation.update', id, representationValues(before), representationValues(after));
		return after;
	});
}

export async function deleteRepresentation(db: Database, actor: Actor, id: string): Promise<void> {
	assertCan(actor, 'report.manage');
	await db.transaction(async (tx) => {
		const [before] = isUuid(id) ? await tx.delete(representation).where(eq(representation.id, id)).returning() : [];
		if (!before) throw new AppError('not_found', 'Cette représentation n’existe pas.');
		await audit(tx, actor, 'report.representation.delete', id, representationValues(before), null);
	});
}

export async function getRepresentation(db: Database, actor: Actor, id: string): Promise<RepresentationRow> {
	assertCan(actor, 'report.manage');
	const [row] = isUuid(id) ? await db.select().from(representation).where(eq(representation.id, id)) : [];
	if (!row) throw new AppError('not_found', 'Cette représentation n’existe pas.');
	return row;
}

/** The entries of a type (or all) that overlap a fiscal year (or all years), by type then date. */
export async function listRepresentations(db: Database, actor: Actor, filter: { type: RepresentationType | null; fiscalYear: number | null }): Promise<RepresentationRow[]> {
	assertCan(actor, 'report.manage');
	const conditions: SQL[] = [];
	if (filter.type) conditions.push(eq(representation.type, filter.type));
	if (filter.fiscalYear !== null) {
		const { first, last } = fiscalYearBounds(filter.fiscalYear);
		conditions.push(lte(representation.startOn, last), or(isNull(representation.endOn), gte(representation.endOn, first))!);
	}
	const rows = await db
		.select()
		.from(representation)
		.where(conditions.length ? and(...conditions) : undefined)
		.orderBy(asc(representation.startOn), asc(representation.title));
	return rows.sort((a, b) => REPRESENTATION_TYPES.indexOf(a.type) - REPRESENTATION_TYPES.indexOf(b.type));
}
