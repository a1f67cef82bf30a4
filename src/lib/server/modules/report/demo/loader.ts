import { randomUUID } from 'node:crypto';
import { eq } from 'drizzle-orm';
import { fiscalYearBounds } from '$lib/fiscal-year';
import type { Database } from '../../../db/types';
import type { Actor } from '../../../platform/roles';
import { publishReport } from '../publication';
import { activity, activityImpactLevel, annualReport, indicator, representation, strategyArea } from '../schema';
import { DEMO_ACTIVITIES, DEMO_PORTRAIT, DEMO_PREVIOUS_YEAR, DEMO_REPRESENTATION_FIGURES } from './activities';
import { DEMO_FOREWORD } from './foreword';
import { DEMO_REPRESENTATIONS } from './representations';
import type { DemoFigure } from './types';

export const DEMO_FISCAL_YEAR = 2024;
const SEED = 'Rapport d’activités 2024-2025';

type NewIndicator = typeof indicator.$inferInsert;

/**
 * The 2024-2025 activity report as demonstration records: its activities by strategy area with their
 * figures, its representation entries, and a few 2023-2024 figures it states. The report stays a
 * draft, so that staff see it computed from the records of every module loaded after this one.
 * Loaded once: a database that holds demonstration activities is left alone.
 */
export async function loadDemoReport(db: Database): Promise<void> {
	const [existing] = await db.select({ id: activity.id }).from(activity).where(eq(activity.demo, true)).limit(1);
	if (existing) return;
	const { first, last } = fiscalYearBounds(DEMO_FISCAL_YEAR);
	const areaNames = new Map((await db.select({ code: strategyArea.code, name: strategyArea.name }).from(strategyArea)).map((row) => [row.code, row.name]));

	// Ids first, so that a figure's rules can name the figures it adds up.
	const ids = new Map<string, string>();
	const allFigures = [DEMO_PORTRAIT, ...Object.values(DEMO_ACTIVITIES).flatMap((list) => list.map((entry) => entry.figures))].flat();
	for (const figure of allFigures) if (figure.key) ids.set(figure.key, randomUUID());
	const reference = (part: string) => (part.startsWith('stat:') ? part : `indicator:${ids.get(part)}`);

	const indicatorRow = (figure: DemoFigure, sortOrder: number, place: { activityId?: string; strategyAreaCode?: string }, where: string): NewIndicator => ({
		id: figure.key ? ids.get(figure.key) : undefined,
		fiscalYear: DEMO_FISCAL_YEAR,
		activityId: place.activityId ?? null,
		strategyAreaCode: place.strategyAreaCode ?? null,
		label: figure.label,
		statKey: figure.statKey ?? null,
		value: figure.value ?? null,
		unit: figure.unit ?? null,
		measuredOn: figure.value === undefined ? null : last,
		sourceNote: figure.value === undefined ? null : `${SEED}, ${figure.where ?? where}`,
		sumOf: figure.sumOf?.map(reference) ?? null,
		sortOrder,
		demo: true
	});

	await db.transaction(async (tx) => {
		const indicators: NewIndicator[] = DEMO_PORTRAIT.map((figure, index) => indicatorRow(figure, index, {}, 'Portrait des membres'));
		const levels: (typeof activityImpactLevel.$inferInsert)[] = [];
		for (const [area, list] of Object.entries(DEMO_ACTIVITIES)) {
			const activities = await tx
				.insert(activity)
				.values(
					list.map((entry, index) => ({
						title: entry.title,
						kind: entry.kind,
						strategyAreaCode: area,
						objectives: entry.objectives ?? null,
						achievements: entry.achievements ?? null,
						results: entry.results ?? null,
						periodStart: entry.periodStart ?? first,
						periodEnd: entry.periodEnd ?? last,
						links: entry.links ?? [],
						sortOrder: index,
						demo: true
					}))
				)
				.returning({ id: activity.id });
			list.forEach((entry, index) => {
				const activityId = activities[index].id;
				levels.push(...entry.levels.map((levelCode) => ({ activityId, levelCode })));
				indicators.push(...entry.figures.map((figure, order) => indicatorRow(figure, order, { activityId }, `section ${areaNames.get(area) ?? area}, « ${entry.title} »`)));
			});
		}
		indicators.push(...DEMO_REPRESENTATION_FIGURES.map((figure, index) => indicatorRow(figure, index, { strategyAreaCode: 'representer' }, 'section Représenter')));
		indicators.push(
			...DEMO_PREVIOUS_YEAR.map((figure, index) => ({
				...indicatorRow(figure, index, { strategyAreaCode: figure.area }, ''),
				fiscalYear: DEMO_FISCAL_YEAR - 1,
				measuredOn: fiscalYearBounds(DEMO_FISCAL_YEAR - 1).last,
				sourceNote: `Déduit du ${SEED}, section ${areaNames.get(figure.area) ?? figure.area}, ${figure.where}`
			}))
		);
		await tx.insert(activityImpactLevel).values(levels);
		await tx.insert(indicator).values(indicators);
		await tx.insert(representation).values(
			DEMO_REPRESENTATIONS.map((entry) => ({
				type: entry.type,
				title: entry.title,
				host: entry.host ?? null,
				partners: entry.partners ?? null,
				description: entry.description ?? null,
				startOn: entry.startOn ?? first,
				endOn: entry.endOn ?? last,
				demo: true
			}))
		);
		await tx.insert(annualReport).values({ fiscalYear: DEMO_FISCAL_YEAR, foreword: DEMO_FOREWORD }).onConflictDoNothing();
	});
	// Published like a real year's report, so that visitors can read it; the modules whose figures it
	// shows seeded before this one (the manifest depends on them). Imported here: the list of modules imports this file's manifest.
	const { modules } = await import('../../../platform/modules');
	await publishReport(db, DEMO_PUBLISHER, DEMO_FISCAL_YEAR, modules);
}

/** The platform itself publishes the demonstration report; the audit log shows no person. */
const DEMO_PUBLISHER: Actor = { role: 'admin', userId: null, organisationIds: [], regionCodes: [] };
