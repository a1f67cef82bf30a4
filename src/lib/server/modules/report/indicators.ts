import { and, asc, eq, inArray, isNull, sql } from 'drizzle-orm';
import { z } from 'zod';
import { fiscalYearLabel } from '$lib/fiscal-year';
import type { Database } from '../../db/types';
import { recordAudit } from '../../platform/audit/service';
import { AppError } from '../../platform/errors';
import { assertCan } from '../../platform/permissions';
import type { Actor } from '../../platform/roles';
import { fieldErrors } from '../../platform/validation';
import { blankAsNull, longText } from '../../platform/validation';
import { isUuid } from './ids';
import { activity, indicator, strategyArea } from './schema';
import { fiscalYearField, isReference, optionalDate, parseFrenchNumber, sortOrderField } from './validation';

export type IndicatorRow = typeof indicator.$inferSelect;

export const INDICATOR_FIELDS = ['fiscalYear', 'activityId', 'strategyAreaCode', 'label', 'origin', 'statKey', 'value', 'unit', 'measuredOn', 'sourceNote', 'sumOf', 'sameAs', 'sortOrder'] as const;
export type IndicatorValues = Record<(typeof INDICATOR_FIELDS)[number], string>;

const optionalText = (max: number, message: string) => z.preprocess(blankAsNull, z.string().trim().max(max, message).nullable());

export const indicatorInputSchema = z.object({
		fiscalYear: fiscalYearField,
		activityId: z.preprocess(blankAsNull, z.string().refine(isUuid, 'Cette activité n’existe pas.').nullable()),
		strategyAreaCode: optionalText(40, 'Cet axe stratégique n’existe pas.'),
		label: z.string('Écrivez ce que le chiffre compte.').trim().min(2, 'Le libellé doit compter au moins 2 caractères.').max(200, 'Le libellé ne peut dépasser 200 caractères.'),
		origin: z.enum(['manual', 'computed'], 'Dites si le chiffre est saisi ou calculé par un module.'),
		statKey: z.preprocess(
			blankAsNull,
			z
				.string()
				.trim()
				.regex(/^[a-z0-9][a-z0-9._-]*$/i, 'Une clé de chiffre s’écrit avec des lettres, des chiffres, des points et des traits d’union, par exemple membership.members.')
				.max(120, 'La clé ne peut dépasser 120 caractères.')
				.nullable()
		),
		value: z
			.string()
			.default('')
			.transform((text, context) => {
				const value = parseFrenchNumber(text);
				if (Number.isNaN(value)) {
					context.addIssue({ code: 'custom', message: 'Écrivez un nombre, par exemple 152 000 ou 50,5.' });
					return z.NEVER;
				}
				return value;
			}),
		unit: optionalText(20, 'L’unité ne peut dépasser 20 caractères.'),
		measuredOn: optionalDate('Écrivez la date de la mesure sous la forme AAAA-MM-JJ, ou laissez-la vide.'),
		sourceNote: longText(1000, 'La note de source ne peut dépasser 1 000 caractères.'),
		sumOf: longText(2000, 'La liste des parties ne peut dépasser 2 000 caractères.').transform((text, context) => {
			const refs = text
				.split('\n')
				.map((line) => line.trim())
				.filter(Boolean);
			const wrong = refs.find((ref) => !isReference(ref));
			if (wrong) {
				context.addIssue({ code: 'custom', message: `« ${wrong} » n’est pas une référence : écrivez stat:<clé> ou indicator:<identifiant>, une par ligne.` });
				return z.NEVER;
			}
			return refs.length ? refs : null;
		}),
		sameAs: z.preprocess(blankAsNull, z.string().trim().refine(isReference, 'Écrivez stat:<clé> ou indicator:<identifiant>.').nullable()),
		sortOrder: sortOrderField
	});

export type IndicatorInput = z.infer<typeof indicatorInputSchema>;

/** An indicator as its form shows it, and as the audit log records it. */
export function indicatorValues(row: IndicatorRow): IndicatorValues {
	return {
		fiscalYear: fiscalYearLabel(row.fiscalYear),
		activityId: row.activityId ?? '',
		strategyAreaCode: row.strategyAreaCode ?? '',
		label: row.label,
		origin: row.value === null ? 'computed' : 'manual',
		statKey: row.statKey ?? '',
		value: row.value === null ? '' : String(row.value).replace('.', ','),
		unit: row.unit ?? '',
		measuredOn: row.measuredOn ?? '',
		sourceNote: row.sourceNote ?? '',
		sumOf: (row.sumOf ?? []).join('\n'),
		sameAs: row.sameAs ?? '',
		sortOrder: String(row.sortOrder)
	};
}

/**
 * Checks an indicator against the records: its activity and area exist, and a computed one names a
 * figure that a module computes (`availableKeys`, the keys of the manifests' stats).
 */
async function validateIndicator(db: Database, raw: Record<string, unknown>, availableKeys: ReadonlySet<string>): Promise<IndicatorInput> {
	const parsed = indicatorInputSchema.safeParse(raw);
	const errors = parsed.success ? {} : fieldErrors(parsed.error);
	// What depends on the kind of figure is checked on what was typed, so that every message comes at once.
	const typed = (field: string) => String(raw[field] ?? '').trim();
	if (typed('origin') === 'manual') {
		if (!typed('value')) errors.value ??= 'Écrivez la valeur du chiffre saisi.';
		if (!typed('sourceNote')) errors.sourceNote ??= 'Dites d’où vient ce chiffre (document, outil, date de l’extraction).';
	} else if (typed('origin') === 'computed') {
		if (!typed('statKey')) errors.statKey ??= 'Choisissez le chiffre du module qui le calcule.';
		else if (!availableKeys.has(typed('statKey'))) errors.statKey ??= 'Aucun module ne calcule ce chiffre : choisissez une clé de la liste.';
	}
	if (parsed.success) {
		const input = parsed.data;
		if (input.activityId && !(await db.select({ id: activity.id }).from(activity).where(eq(activity.id, input.activityId))).length) errors.activityId = 'Cette activité n’existe pas.';
		if (input.strategyAreaCode && !(await db.select({ code: strategyArea.code }).from(strategyArea).where(eq(strategyArea.code, input.strategyAreaCode))).length)
			errors.strategyAreaCode = 'Cet axe stratégique n’existe pas.';
	}
	if (!parsed.success || Object.keys(errors).length > 0) throw new AppError('invalid_input', 'Vérifiez les champs indiqués.', errors);
	return parsed.data;
}

const columnsOf = (input: IndicatorInput) => ({
	fiscalYear: input.fiscalYear,
	activityId: input.activityId,
	// An activity's indicator takes its area from the activity.
	strategyAreaCode: input.activityId ? null : input.strategyAreaCode,
	label: input.label,
	// A manual figure may name the module figure expected to replace it; a computed one has no value of its own.
	statKey: input.statKey,
	value: input.origin === 'manual' ? input.value : null,
	unit: input.unit,
	measuredOn: input.measuredOn,
	sourceNote: input.sourceNote || null,
	sumOf: input.sumOf,
	sameAs: input.sameAs,
	sortOrder: input.sortOrder
});

const audit = (tx: Database, actor: Actor | null, action: string, id: string, before: unknown, after: unknown) =>
	recordAudit(tx, { actorId: actor?.userId ?? null, action, entityType: 'indicator', entityId: id, before, after });

/** Creates an indicator, or rewrites one when `id` is given; audited in the same transaction. */
export async function saveIndicator(db: Database, actor: Actor, id: string | null, raw: Record<string, unknown>, availableKeys: ReadonlySet<string>): Promise<IndicatorRow> {
	assertCan(actor, 'report.manage');
	const input = await validateIndicator(db, raw, availableKeys);
	return db.transaction(async (tx) => {
		if (id === null) {
			const [created] = await tx.insert(indicator).values(columnsOf(input)).returning();
			await audit(tx, actor, 'report.indicator.create', created.id, null, indicatorValues(created));
			return created;
		}
		const [before] = isUuid(id) ? await tx.select().from(indicator).where(eq(indicator.id, id)).for('update') : [];
		if (!before) throw new AppError('not_found', 'Cet indicateur n’existe pas.');
		const [after] = await tx
			.update(indicator)
			.set({ ...columnsOf(input), updatedAt: new Date() })
			.where(eq(indicator.id, id))
			.returning();
		await audit(tx, actor, 'report.indicator.update', id, indicatorValues(before), indicatorValues(after));
		return after;
	});
}

export async function deleteIndicator(db: Database, actor: Actor, id: string): Promise<IndicatorRow> {
	assertCan(actor, 'report.manage');
	return db.transaction(async (tx) => {
		const [before] = isUuid(id) ? await tx.delete(indicator).where(eq(indicator.id, id)).returning() : [];
		if (!before) throw new AppError('not_found', 'Cet indicateur n’existe pas.');
		await audit(tx, actor, 'report.indicator.delete', id, indicatorValues(before), null);
		return before;
	});
}

/** One indicator, whoever asks: its page is public once its year's report is. */
export async function getIndicator(db: Database, id: string): Promise<IndicatorRow | null> {
	if (!isUuid(id)) return null;
	const [row] = await db.select().from(indicator).where(eq(indicator.id, id));
	return row ?? null;
}

/** The indicators of an activity, or those of a year that belong to no activity (by area, then the portrait). */
export async function listIndicators(db: Database, actor: Actor, scope: { activityId: string } | { fiscalYear: number }): Promise<IndicatorRow[]> {
	assertCan(actor, 'report.manage');
	const where = 'activityId' in scope ? eq(indicator.activityId, scope.activityId) : and(eq(indicator.fiscalYear, scope.fiscalYear), isNull(indicator.activityId));
	return db.select().from(indicator).where(where).orderBy(asc(indicator.retiredAt), asc(indicator.strategyAreaCode), asc(indicator.sortOrder), asc(indicator.label));
}

/**
 * When a module starts computing what staff typed, the typed figure is retired, never duplicated: each
 * active manual indicator of the year whose `statKey` a module now computes gets `retiredAt`, and a
 * computed indicator takes its place (same label, activity, order and rules). Idempotent. Earlier
 * years keep their typed figures: a module's records rarely go back that far.
 */
export async function retireReplacedIndicators(db: Database, actor: Actor | null, fiscalYear: number, availableKeys: ReadonlySet<string>): Promise<number> {
	if (actor) assertCan(actor, 'report.manage');
	const keys = [...availableKeys];
	if (!keys.length) return 0;
	return db.transaction(async (tx) => {
		const replaced = await tx
			.select()
			.from(indicator)
			.where(and(eq(indicator.fiscalYear, fiscalYear), isNull(indicator.retiredAt), sql`${indicator.value} is not null`, inArray(indicator.statKey, keys)))
			.for('update');
		const now = new Date();
		for (const before of replaced) {
			const [retired] = await tx.update(indicator).set({ retiredAt: now, updatedAt: now }).where(eq(indicator.id, before.id)).returning();
			const [existing] = await tx
				.select({ id: indicator.id })
				.from(indicator)
				.where(and(eq(indicator.fiscalYear, fiscalYear), eq(indicator.statKey, before.statKey!), isNull(indicator.retiredAt), sql`${indicator.value} is null`));
			const [replacement] = existing
				? [existing]
				: await tx
						.insert(indicator)
						.values({
							activityId: before.activityId,
							strategyAreaCode: before.strategyAreaCode,
							fiscalYear,
							label: before.label,
							statKey: before.statKey,
							unit: before.unit,
							sumOf: before.sumOf,
							sameAs: before.sameAs,
							sortOrder: before.sortOrder,
							demo: before.demo
						})
						.returning({ id: indicator.id });
			// Rules that named the typed figure now name its replacement.
			await tx
				.update(indicator)
				.set({ sameAs: `indicator:${replacement.id}` })
				.where(eq(indicator.sameAs, `indicator:${before.id}`));
			await tx.execute(
				sql`update ${indicator} set sum_of = (select jsonb_agg(case when part = ${`indicator:${before.id}`} then ${`indicator:${replacement.id}`} else part end) from jsonb_array_elements_text(sum_of) part)
					where sum_of @> ${JSON.stringify([`indicator:${before.id}`])}::jsonb`
			);
			await audit(tx, actor, 'report.indicator.retire', before.id, indicatorValues(before), { ...indicatorValues(retired), retiredAt: now.toISOString(), replacedBy: replacement.id });
		}
		return replaced.length;
	});
}
