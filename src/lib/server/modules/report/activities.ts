import { and, asc, eq, gte, inArray, isNull, lte, or, sql } from 'drizzle-orm';
import { z } from 'zod';
import { fiscalYearBounds } from '$lib/fiscal-year';
import type { Database } from '../../db/types';
import { recordAudit } from '../../platform/audit/service';
import { AppError } from '../../platform/errors';
import { assertCan } from '../../platform/permissions';
import type { Actor } from '../../platform/roles';
import { fieldErrors } from '../../platform/validation';
import { listOf, textOf, type FormValues } from '../../platform/form-values';
import { longText } from '../../platform/validation';
import { isUuid } from './ids';
import { ACTIVITY_KINDS, activity, activityImpactLevel, impactLevel, indicator, strategyArea } from './schema';
import { endBeforeStartError, optionalDate, sortOrderField } from './validation';

export type ActivityRow = typeof activity.$inferSelect;

export const ACTIVITY_FIELDS = ['title', 'kind', 'strategyAreaCode', 'impactLevels', 'periodStart', 'periodEnd', 'objectives', 'achievements', 'results', 'links', 'sortOrder'] as const;
export const ACTIVITY_LIST_FIELDS = ['impactLevels'] as const;

export const STALE_ACTIVITY_MESSAGE =
	'Quelqu’un a modifié cette activité pendant que vous la corrigiez. Vos changements sont gardés ci-dessous : comparez avec la version actuelle puis enregistrez de nouveau.';

const LINK_LINE = /^(?:(.+?)\s*\|\s*)?(https?:\/\/\S+\.\S+)$/;

/** « Libellé | https://adresse » or just the address, one link a line. */
export function parseLinks(text: string): { links: { label: string; url: string }[]; wrongLine: number | null } {
	const links: { label: string; url: string }[] = [];
	const lines = text.split('\n').map((line) => line.trim());
	for (const [index, line] of lines.entries()) {
		if (!line) continue;
		const match = LINK_LINE.exec(line);
		if (!match) return { links, wrongLine: index + 1 };
		links.push({ label: match[1]?.trim() || match[2], url: match[2] });
	}
	return { links, wrongLine: null };
}

export const linksText = (links: readonly { label: string; url: string }[]) => links.map((link) => (link.label === link.url ? link.url : `${link.label} | ${link.url}`)).join('\n');

export const activityInputSchema = z.object({
		title: z.string('Écrivez le titre.').trim().min(3, 'Le titre doit compter au moins 3 caractères.').max(200, 'Le titre ne peut dépasser 200 caractères.'),
		kind: z.enum(ACTIVITY_KINDS, 'Choisissez le type d’activité.'),
		strategyAreaCode: z.string('Choisissez l’axe stratégique.').min(1, 'Choisissez l’axe stratégique.'),
		impactLevels: z.array(z.string()).default([]),
		periodStart: z.iso.date('Écrivez la date de début sous la forme AAAA-MM-JJ.'),
		periodEnd: optionalDate('Écrivez la date de fin sous la forme AAAA-MM-JJ, ou laissez-la vide.'),
		objectives: longText(5000, 'Les objectifs ne peuvent dépasser 5 000 caractères.'),
		achievements: longText(5000, 'Les réalisations ne peuvent dépasser 5 000 caractères.'),
		results: longText(5000, 'Les résultats ne peuvent dépasser 5 000 caractères.'),
		links: longText(3000, 'Les liens ne peuvent dépasser 3 000 caractères.').transform((text, context) => {
			const { links, wrongLine } = parseLinks(text);
			if (wrongLine !== null) {
				context.addIssue({ code: 'custom', message: `La ligne ${wrongLine} n’est pas un lien : écrivez « Libellé | https://adresse » ou l’adresse seule.` });
				return z.NEVER;
			}
			return links;
		}),
		sortOrder: sortOrderField
	});
export type ActivityInput = z.infer<typeof activityInputSchema>;

/** An activity as its form shows it, and as the audit log records it. */
export function activityValues(row: ActivityRow, levels: readonly string[]): FormValues {
	return {
		title: row.title,
		kind: row.kind,
		strategyAreaCode: row.strategyAreaCode,
		impactLevels: [...levels],
		periodStart: row.periodStart,
		periodEnd: row.periodEnd ?? '',
		objectives: row.objectives ?? '',
		achievements: row.achievements ?? '',
		results: row.results ?? '',
		links: linksText(row.links),
		sortOrder: String(row.sortOrder)
	};
}

async function validateActivity(db: Database, values: FormValues): Promise<{ input: ActivityInput } | { errors: Record<string, string> }> {
	const raw = Object.fromEntries(ACTIVITY_FIELDS.map((field) => [field, field === 'impactLevels' ? listOf(values[field]) : textOf(values[field])]));
	const parsed = activityInputSchema.safeParse(raw);
	const errors = parsed.success ? {} : fieldErrors(parsed.error);
	const order = endBeforeStartError(raw.periodStart, raw.periodEnd);
	if (order) errors.periodEnd ??= order;
	const [areas, levels] = await Promise.all([db.select({ code: strategyArea.code }).from(strategyArea), db.select({ code: impactLevel.code }).from(impactLevel)]);
	const area = textOf(values.strategyAreaCode);
	if (area && !areas.some((row) => row.code === area)) errors.strategyAreaCode ??= 'Cet axe stratégique n’existe pas.';
	if (listOf(values.impactLevels).some((code) => !levels.some((row) => row.code === code))) errors.impactLevels ??= 'Un niveau d’impact choisi n’existe pas.';
	if (!parsed.success || Object.keys(errors).length > 0) return { errors };
	return { input: parsed.data };
}

const columnsOf = (input: ActivityInput) => ({
	title: input.title,
	kind: input.kind,
	strategyAreaCode: input.strategyAreaCode,
	periodStart: input.periodStart,
	periodEnd: input.periodEnd,
	objectives: input.objectives || null,
	achievements: input.achievements || null,
	results: input.results || null,
	links: input.links,
	sortOrder: input.sortOrder
});

async function levelsOf(db: Database, id: string): Promise<string[]> {
	const rows = await db
		.select({ code: activityImpactLevel.levelCode })
		.from(activityImpactLevel)
		.innerJoin(impactLevel, eq(impactLevel.code, activityImpactLevel.levelCode))
		.where(eq(activityImpactLevel.activityId, id))
		.orderBy(asc(impactLevel.sortOrder));
	return rows.map((row) => row.code);
}

async function replaceLevels(tx: Database, id: string, levels: readonly string[]) {
	await tx.delete(activityImpactLevel).where(eq(activityImpactLevel.activityId, id));
	const unique = [...new Set(levels)];
	if (unique.length) await tx.insert(activityImpactLevel).values(unique.map((levelCode) => ({ activityId: id, levelCode })));
}

export type ActivityTarget = { create: true } | { create: false; id: string; expectedVersion: number };

export type ActivitySaveOutcome =
	| { outcome: 'saved'; activity: ActivityRow }
	| { outcome: 'invalid'; errors: Record<string, string> }
	/** Someone saved in between: nothing is written, and `current` is what the activity says now. */
	| { outcome: 'conflict'; message: string; current: { values: FormValues; version: number } };

/**
 * Creates or edits an activity with its impact levels, audited in the same transaction. An edit names
 * the version it started from; when someone saved in between, nothing is written.
 */
export async function saveActivity(db: Database, actor: Actor, values: FormValues, target: ActivityTarget): Promise<ActivitySaveOutcome> {
	assertCan(actor, 'report.manage');
	const checked = await validateActivity(db, values);
	if ('errors' in checked) return { outcome: 'invalid', errors: checked.errors };
	const { input } = checked;
	const audit = (tx: Database, action: string, id: string, before: unknown, after: unknown) =>
		recordAudit(tx, { actorId: actor.userId, action, entityType: 'activity', entityId: id, before, after });

	if (target.create) {
		const created = await db.transaction(async (tx) => {
			const [row] = await tx.insert(activity).values(columnsOf(input)).returning();
			await replaceLevels(tx, row.id, input.impactLevels);
			await audit(tx, 'report.activity.create', row.id, null, activityValues(row, input.impactLevels));
			return row;
		});
		return { outcome: 'saved', activity: created };
	}
	const saved = await db.transaction(async (tx) => {
		const [before] = isUuid(target.id) ? await tx.select().from(activity).where(eq(activity.id, target.id)).for('update') : [];
		if (!before) throw new AppError('not_found', 'Cette activité n’existe pas.');
		const beforeLevels = await levelsOf(tx, before.id);
		if (before.version !== target.expectedVersion) return { stale: true as const, current: { values: activityValues(before, beforeLevels), version: before.version } };
		const [after] = await tx
			.update(activity)
			.set({ ...columnsOf(input), version: before.version + 1, updatedAt: new Date() })
			.where(eq(activity.id, before.id))
			.returning();
		await replaceLevels(tx, after.id, input.impactLevels);
		await audit(tx, 'report.activity.update', after.id, activityValues(before, beforeLevels), activityValues(after, input.impactLevels));
		return { stale: false as const, after };
	});
	if (saved.stale) return { outcome: 'conflict', message: STALE_ACTIVITY_MESSAGE, current: saved.current };
	return { outcome: 'saved', activity: saved.after };
}

/** Deletes an activity with its indicators; refused when someone changed it since the page was shown. */
export async function deleteActivity(db: Database, actor: Actor, id: string, expectedVersion: number): Promise<void> {
	assertCan(actor, 'report.manage');
	await db.transaction(async (tx) => {
		const [before] = isUuid(id) ? await tx.select().from(activity).where(eq(activity.id, id)).for('update') : [];
		if (!before) throw new AppError('not_found', 'Cette activité n’existe pas.');
		if (before.version !== expectedVersion) throw new AppError('conflict', STALE_ACTIVITY_MESSAGE);
		const levels = await levelsOf(tx, id);
		await tx.delete(activity).where(eq(activity.id, id));
		await recordAudit(tx, { actorId: actor.userId, action: 'report.activity.delete', entityType: 'activity', entityId: id, before: activityValues(before, levels), after: null });
	});
}

export async function getActivityForEditing(db: Database, actor: Actor, id: string): Promise<{ row: ActivityRow; levels: string[] }> {
	assertCan(actor, 'report.manage');
	const [row] = isUuid(id) ? await db.select().from(activity).where(eq(activity.id, id)) : [];
	if (!row) throw new AppError('not_found', 'Cette activité n’existe pas.');
	return { row, levels: await levelsOf(db, id) };
}

export type ActivitySummary = Pick<ActivityRow, 'id' | 'title' | 'kind' | 'strategyAreaCode' | 'periodStart' | 'periodEnd' | 'demo'> & { indicators: number };

/** The activities of a fiscal year (those that overlap it), by area then order. */
export async function listActivities(db: Database, actor: Actor, fiscalYear: number): Promise<ActivitySummary[]> {
	assertCan(actor, 'report.manage');
	const { first, last } = fiscalYearBounds(fiscalYear);
	return db
		.select({
			id: activity.id,
			title: activity.title,
			kind: activity.kind,
			strategyAreaCode: activity.strategyAreaCode,
			periodStart: activity.periodStart,
			periodEnd: activity.periodEnd,
			demo: activity.demo,
			indicators: sql<number>`(select count(*) from ${indicator} i where i.activity_id = ${activity.id} and i.retired_at is null)::int`
		})
		.from(activity)
		.innerJoin(strategyArea, eq(strategyArea.code, activity.strategyAreaCode))
		.where(and(lte(activity.periodStart, last), or(isNull(activity.periodEnd), gte(activity.periodEnd, first))))
		.orderBy(asc(strategyArea.sortOrder), asc(activity.sortOrder), asc(activity.title));
}

/** Titles of activities by id, for the indicator pages. */
export async function activityTitles(db: Database, ids: readonly string[]): Promise<Map<string, string>> {
	const valid = ids.filter(isUuid);
	if (!valid.length) return new Map();
	const rows = await db.select({ id: activity.id, title: activity.title }).from(activity).where(inArray(activity.id, valid));
	return new Map(rows.map((row) => [row.id, row.title]));
}

