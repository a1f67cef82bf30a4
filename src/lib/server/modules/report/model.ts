import { asc, eq, sql } from 'drizzle-orm';
import { z } from 'zod';
import type { Database } from '../../db/types';
import { recordAudit } from '../../platform/audit/service';
import { AppError } from '../../platform/errors';
import { assertCan } from '../../platform/permissions';
import type { Actor } from '../../platform/roles';
import { longText, parse } from '../../platform/validation';
import { isUuid } from './ids';
import { REFERENCE_CONDITIONS, REFERENCE_IMPACT_LEVELS, REFERENCE_MEANS, REFERENCE_STRATEGY_AREAS } from './model-reference';
import { OUTCOME_AUDIENCES, changeModelElement, impactLevel, impactOutcome, strategyArea } from './schema';

export type Audience = (typeof OUTCOME_AUDIENCES)[number];
export type StrategyArea = typeof strategyArea.$inferSelect;
export type ImpactLevelWithOutcomes = typeof impactLevel.$inferSelect & { outcomes: Partial<Record<Audience, string>> };
export type ModelElement = typeof changeModelElement.$inferSelect;
export type ChangeModel = { areas: StrategyArea[]; levels: ImpactLevelWithOutcomes[]; means: ModelElement[]; conditions: ModelElement[] };

/**
 * Loads the network's change model on a new installation. Staff edit it afterwards, so rows that
 * exist are left as they are, and the means and conditions are only written into an empty model.
 */
export async function seedChangeModel(db: Database): Promise<void> {
	await db.transaction(async (tx) => {
		await tx
			.insert(strategyArea)
			.values(REFERENCE_STRATEGY_AREAS.map((area, index) => ({ ...area, sortOrder: index })))
			.onConflictDoNothing();
		await tx
			.insert(impactLevel)
			.values(REFERENCE_IMPACT_LEVELS.map((level, index) => ({ code: level.code, name: level.name, sortOrder: index })))
			.onConflictDoNothing();
		await tx
			.insert(impactOutcome)
			.values(
				REFERENCE_IMPACT_LEVELS.flatMap((level) =>
					Object.entries(level.outcomes).map(([audience, text]) => ({ levelCode: level.code, audience: audience as Audience, text }))
				)
			)
			.onConflictDoNothing();
		const [{ elements }] = await tx.select({ elements: sql<number>`count(*)::int` }).from(changeModelElement);
		if (elements > 0) return;
		await tx.insert(changeModelElement).values([
			...REFERENCE_MEANS.map((text, index) => ({ kind: 'moyen' as const, text, sortOrder: index })),
			...REFERENCE_CONDITIONS.map((text, index) => ({ kind: 'condition' as const, text, sortOrder: index }))
		]);
	});
}

export async function loadChangeModel(db: Database): Promise<ChangeModel> {
	const [areas, levels, outcomes, elements] = await Promise.all([
		db.select().from(strategyArea).orderBy(asc(strategyArea.sortOrder)),
		db.select().from(impactLevel).orderBy(asc(impactLevel.sortOrder)),
		db.select().from(impactOutcome),
		db.select().from(changeModelElement).orderBy(asc(changeModelElement.sortOrder), asc(changeModelElement.text))
	]);
	return {
		areas,
		levels: levels.map((level) => ({
			...level,
			outcomes: Object.fromEntries(outcomes.filter((outcome) => outcome.levelCode === level.code).map((outcome) => [outcome.audience, outcome.text]))
		})),
		means: elements.filter((element) => element.kind === 'moyen'),
		conditions: elements.filter((element) => element.kind === 'condition')
	};
}

const name = z.string('Écrivez un nom.').trim().min(2, 'Le nom doit compter au moins 2 caractères.').max(120, 'Le nom ne peut dépasser 120 caractères.');

const areaSchema = z.object({
	name,
	definition: longText(2000, 'La définition ne peut dépasser 2 000 caractères.').pipe(z.string().min(20, 'Écrivez une définition d’au moins 20 caractères.'))
});

const levelSchema = z.object({
	name,
	description: longText(2000, 'La description ne peut dépasser 2 000 caractères.'),
	...Object.fromEntries(OUTCOME_AUDIENCES.map((audience) => [`outcome_${audience}`, longText(2000, 'Le résultat attendu ne peut dépasser 2 000 caractères.')]))
});

const elementSchema = z.object({
	kind: z.enum(['moyen', 'condition'], 'Choisissez moyen ou condition du succès.'),
	text: z.string('Écrivez le texte.').trim().min(3, 'Le texte doit compter au moins 3 caractères.').max(300, 'Le texte ne peut dépasser 300 caractères.'),
	sortOrder: z.coerce.number('L’ordre doit être un nombre.').int('L’ordre doit être un nombre entier.').min(0, 'L’ordre ne peut être négatif.').max(999, 'L’ordre ne peut dépasser 999.')
});

const audit = (tx: Database, actor: Actor, action: string, entityType: string, entityId: string, before: unknown, after: unknown) =>
	recordAudit(tx, { actorId: actor.userId, action, entityType, entityId, before, after });

/** Renames a strategy area or rewrites its definition. */
export async function updateStrategyArea(db: Database, actor: Actor, code: string, raw: Record<string, unknown>): Promise<StrategyArea> {
	assertCan(actor, 'report.manage');
	const input = parse(areaSchema, raw);
	return db.transaction(async (tx) => {
		const [before] = await tx.select().from(strategyArea).where(eq(strategyArea.code, code)).for('update');
		if (!before) throw new AppError('not_found', 'Cet axe stratégique n’existe pas.');
		const [after] = await tx.update(strategyArea).set(input).where(eq(strategyArea.code, code)).returning();
		await audit(tx, actor, 'report.area.update', 'strategy_area', code, before, after);
		return after;
	});
}

/** Renames an impact level, rewrites its description and its expected outcome for each audience (an empty one is removed). */
export async function updateImpactLevel(db: Database, actor: Actor, code: string, raw: Record<string, unknown>): Promise<void> {
	assertCan(actor, 'report.manage');
	const input = parse(levelSchema, raw) as { name: string; description: string } & Record<string, string>;
	await db.transaction(async (tx) => {
		const [before] = await tx.select().from(impactLevel).where(eq(impactLevel.code, code)).for('update');
		if (!before) throw new AppError('not_found', 'Ce niveau d’impact n’existe pas.');
		const beforeOutcomes = await tx.select().from(impactOutcome).where(eq(impactOutcome.levelCode, code));
		await tx
			.update(impactLevel)
			.set({ name: input.name, description: input.description || null })
			.where(eq(impactLevel.code, code));
		await tx.delete(impactOutcome).where(eq(impactOutcome.levelCode, code));
		const outcomes = OUTCOME_AUDIENCES.filter((audience) => input[`outcome_${audience}`]).map((audience) => ({ levelCode: code, audience, text: input[`outcome_${audience}`] }));
		if (outcomes.length > 0) await tx.insert(impactOutcome).values(outcomes);
		await audit(tx, actor, 'report.level.update', 'impact_level', code, { ...before, outcomes: beforeOutcomes }, { name: input.name, description: input.description || null, outcomes });
	});
}

/** Adds a mean or a condition of success, or rewrites one when `id` is given. */
export async function saveModelElement(db: Database, actor: Actor, id: string | null, raw: Record<string, unknown>): Promise<ModelElement> {
	assertCan(actor, 'report.manage');
	const input = parse(elementSchema, raw);
	return db.transaction(async (tx) => {
		if (id === null) {
			const [created] = await tx.insert(changeModelElement).values(input).returning();
			await audit(tx, actor, 'report.element.create', 'change_model_element', created.id, null, created);
			return created;
		}
		const [before] = isUuid(id) ? await tx.select().from(changeModelElement).where(eq(changeModelElement.id, id)).for('update') : [];
		if (!before) throw new AppError('not_found', 'Cet élément du modèle n’existe pas.');
		const [after] = await tx.update(changeModelElement).set(input).where(eq(changeModelElement.id, id)).returning();
		await audit(tx, actor, 'report.element.update', 'change_model_element', id, before, after);
		return after;
	});
}

export async function deleteModelElement(db: Database, actor: Actor, id: string): Promise<void> {
	assertCan(actor, 'report.manage');
	await db.transaction(async (tx) => {
		const [before] = isUuid(id) ? await tx.delete(changeModelElement).where(eq(changeModelElement.id, id)).returning() : [];
		if (!before) throw new AppError('not_found', 'Cet élément du modèle n’existe pas.');
		await audit(tx, actor, 'report.element.delete', 'change_model_element', id, before, null);
	});
}
