import { and, asc, eq, gte, inArray, isNull, lte, or } from 'drizzle-orm';
import { fiscalYearBounds, fiscalYearLabel, fiscalYearPeriod } from '$lib/fiscal-year';
import type { Database } from '../../db/types';
import { checkConsistency, type ConsistencyProblem, type ResolvedReference } from './consistency';
import { collectStats, type StatSource, type StatValue } from './figures';
import { indicatorPath } from './paths';
import { ACTIVITY_KINDS, REPRESENTATION_TYPES, activity, activityImpactLevel, annualReport, impactLevel, indicator, representation, strategyArea } from './schema';

export type IndicatorRow = typeof indicator.$inferSelect;

export type ReportFigure = {
	/** 'indicator:<id>', the reference consistency rules use. */
	ref: string;
	indicatorId: string;
	label: string;
	/** Null when a module should compute it and does not (yet). */
	value: number | null;
	unit: string | null;
	origin: 'computed' | 'manual';
	statKey: string | null;
	/** Where the records behind the figure are: the module's page, or the manual entry's page. */
	source: string;
	sourceNote: string | null;
	measuredOn: string | null;
	/** The same figure in the previous fiscal year, when that year has it. */
	previous: number | null;
	difference: number | null;
};

export type ReportChart = { id: string; title: string; unit: string | null; bars: { label: string; value: number }[] };

export type ReportActivity = {
	id: string;
	title: string;
	kind: (typeof ACTIVITY_KINDS)[number];
	objectives: string | null;
	achievements: string | null;
	results: string | null;
	periodStart: string;
	periodEnd: string | null;
	links: { label: string; url: string }[];
	impactLevels: string[];
	figures: ReportFigure[];
	charts: ReportChart[];
};

export type ReportRepresentation = {
	id: string;
	title: string;
	host: string | null;
	description: string | null;
	partners: string | null;
	startOn: string;
	endOn: string | null;
	url: string | null;
};

export type RepresentationGroup = { type: (typeof REPRESENTATION_TYPES)[number]; entries: ReportRepresentation[] };

/** 'portrait' holds the figures that belong to no strategy area (the members' portrait). */
export type ReportSection = {
	code: string;
	title: string | null;
	definition: string | null;
	figures: ReportFigure[];
	charts: ReportChart[];
	activities: ReportActivity[];
	representation: RepresentationGroup[];
};

/** The report as its pages and exports show it; plain data, so that publication can freeze it as JSON. */
export type Report = {
	fiscalYear: number;
	label: string;
	previousLabel: string;
	foreword: string | null;
	sections: ReportSection[];
	/** When these figures were computed. */
	computedAt: string;
};

export type BuiltReport = { report: Report; problems: ConsistencyProblem[] };

export const PORTRAIT = 'portrait';

const normalise = (text: string) =>
	text
		.normalize('NFD')
		.replace(/\p{M}/gu, '')
		.toLowerCase()
		.replace(/\s+/g, ' ')
		.trim();

const byOrder = <Row extends { sortOrder: number; createdAt: Date }>(a: Row, b: Row) => a.sortOrder - b.sortOrder || a.createdAt.getTime() - b.createdAt.getTime();

/**
 * Builds a fiscal year's report from the records: the activities and representation entries of the
 * year, each indicator resolved (a module's figure through its manifest, or the value staff entered)
 * with its source and the previous year's value, the charts of the figures that have parts, and
 * the consistency problems.
 */
export async function buildReport(db: Database, fiscalYear: number, manifests: readonly StatSource[]): Promise<BuiltReport> {
	const { first, last } = fiscalYearBounds(fiscalYear);
	const [areas, levels, activities, indicators, entries, [saved], stats, previousStats] = await Promise.all([
		db.select().from(strategyArea).orderBy(asc(strategyArea.sortOrder)),
		db.select({ code: impactLevel.code, name: impactLevel.name, sortOrder: impactLevel.sortOrder }).from(impactLevel).orderBy(asc(impactLevel.sortOrder)),
		db
			.select()
			.from(activity)
			.where(and(lte(activity.periodStart, last), or(isNull(activity.periodEnd), gte(activity.periodEnd, first)))),
		db
			.select()
			.from(indicator)
			.where(inArray(indicator.fiscalYear, [fiscalYear, fiscalYear - 1])),
		db
			.select()
			.from(representation)
			.where(and(lte(representation.startOn, last), or(isNull(representation.endOn), gte(representation.endOn, first))))
			.orderBy(asc(representation.startOn), asc(representation.title)),
		db.select({ foreword: annualReport.foreword }).from(annualReport).where(eq(annualReport.fiscalYear, fiscalYear)),
		collectStats(db, manifests, fiscalYearPeriod(fiscalYear)),
		collectStats(db, manifests, fiscalYearPeriod(fiscalYear - 1))
	]);
	const activityIds = activities.map((row) => row.id);
	const levelLinks = activityIds.length ? await db.select().from(activityImpactLevel).where(inArray(activityImpactLevel.activityId, activityIds)) : [];
	const activityArea = new Map(activities.map((row) => [row.id, row.strategyAreaCode]));
	// An indicator of an earlier activity (last year's) has its own area through that activity.
	const previousActivityIds = [...new Set(indicators.map((row) => row.activityId).filter((id): id is string => id !== null && !activityArea.has(id)))];
	if (previousActivityIds.length) {
		for (const row of await db.select({ id: activity.id, area: activity.strategyAreaCode }).from(activity).where(inArray(activity.id, previousActivityIds))) activityArea.set(row.id, row.area);
	}
	const areaOf = (row: IndicatorRow) => row.strategyAreaCode ?? (row.activityId ? activityArea.get(row.activityId) : null) ?? PORTRAIT;
	const active = (year: number) => indicators.filter((row) => row.fiscalYear === year && row.retiredAt === null).sort(byOrder);
	const current = active(fiscalYear);
	const previousByLabel = new Map(active(fiscalYear - 1).map((row) => [`${areaOf(row)}|${normalise(row.label)}`, row]));

	const previousValue = (row: IndicatorRow): number | null => {
		if (row.statKey && row.value === null) {
			// A module that did not run yet that year answers 0: that is no figure to compare with.
			const computed = previousStats.get(row.statKey)?.value;
			if (computed) return computed;
		}
		const earlier = previousByLabel.get(`${areaOf(row)}|${normalise(row.label)}`);
		if (!earlier) return null;
		return earlier.value ?? (earlier.statKey ? (previousStats.get(earlier.statKey)?.value ?? null) || null : null);
	};

	const figureOf = (row: IndicatorRow): ReportFigure => {
		const computed = row.value === null ? (stats.get(row.statKey ?? '') ?? null) : null;
		const value = row.value ?? computed?.value ?? null;
		const previous = value === null ? null : previousValue(row);
		return {
			ref: `indicator:${row.id}`,
			indicatorId: row.id,
			label: row.label,
			value,
			unit: row.unit ?? computed?.unit ?? null,
			origin: row.value === null ? 'computed' : 'manual',
			statKey: row.statKey,
			source: computed?.source ?? indicatorPath(fiscalYear, row.id),
			sourceNote: row.sourceNote,
			measuredOn: row.measuredOn,
			previous,
			difference: previous === null || value === null ? null : value - previous
		};
	};
	const figures = new Map(current.map((row) => [row.id, figureOf(row)]));

	const byId = new Map(indicators.map((row) => [row.id, row]));
	const resolve = (ref: string): ResolvedReference => resolveReference(ref, { figures, byId, stats, current });
	const chartsOf = (rows: IndicatorRow[]): ReportChart[] =>
		rows.flatMap((row) => {
			const parts = (row.sumOf ?? []).map(resolve);
			if (parts.length < 2 || parts.some((part) => part.value === null)) return [];
			const figure = figures.get(row.id)!;
			return [{ id: `chart-${row.id}`, title: figure.label, unit: figure.unit, bars: parts.map((part) => ({ label: part.label, value: part.value ?? 0 })) }];
		});

	const levelName = new Map(levels.map((level) => [level.code, level]));
	const reportActivities = activities.sort(byOrder).map((row): ReportActivity & { area: string } => {
		const own = current.filter((candidate) => candidate.activityId === row.id);
		return {
			id: row.id,
			area: row.strategyAreaCode,
			title: row.title,
			kind: row.kind,
			objectives: row.objectives,
			achievements: row.achievements,
			results: row.results,
			periodStart: row.periodStart,
			periodEnd: row.periodEnd,
			links: row.links,
			impactLevels: levelLinks
				.filter((link) => link.activityId === row.id)
				.map((link) => levelName.get(link.levelCode))
				.filter((level) => level !== undefined)
				.sort((a, b) => a.sortOrder - b.sortOrder)
				.map((level) => level.name),
			figures: own.map((candidate) => figures.get(candidate.id)!),
			charts: chartsOf(own)
		};
	});

	const sectionOf = (code: string, title: string | null, definition: string | null): ReportSection => {
		const own = current.filter((row) => row.activityId === null && (row.strategyAreaCode ?? PORTRAIT) === code);
		return {
			code,
			title,
			definition,
			figures: own.map((row) => figures.get(row.id)!),
			charts: chartsOf(own),
			activities: reportActivities.filter((row) => row.area === code).map(({ area: _area, ...rest }) => rest),
			representation:
				code === 'representer'
					? REPRESENTATION_TYPES.map((type) => ({ type, entries: entries.filter((entry) => entry.type === type).map(representationOf) })).filter((group) => group.entries.length > 0)
					: []
		};
	};
	const sections = [sectionOf(PORTRAIT, null, null), ...areas.map((area) => sectionOf(area.code, area.name, area.definition))];

	return {
		report: {
			fiscalYear,
			label: fiscalYearLabel(fiscalYear),
			previousLabel: fiscalYearLabel(fiscalYear - 1),
			foreword: saved?.foreword ?? null,
			sections,
			computedAt: new Date().toISOString()
		},
		problems: checkConsistency(
			current.map((row) => ({ ...figures.get(row.id)!, sumOf: row.sumOf, sameAs: row.sameAs })),
			resolve
		)
	};
}

function representationOf(row: typeof representation.$inferSelect): ReportRepresentation {
	return { id: row.id, title: row.title, host: row.host, description: row.description, partners: row.partners, startOn: row.startOn, endOn: row.endOn, url: row.url };
}

/**
 * What a rule's reference stands for: a module's figure ('stat:<key>', labelled as the indicator that
 * shows it when there is one), or an indicator ('indicator:<id>'); a retired indicator stands for
 * the module figure that replaced it.
 */
function resolveReference(
	ref: string,
	context: { figures: Map<string, ReportFigure>; byId: Map<string, IndicatorRow>; stats: Map<string, StatValue>; current: IndicatorRow[] }
): ResolvedReference {
	const [kind, ...rest] = ref.split(':');
	const name = rest.join(':');
	if (kind === 'stat') {
		const shown = context.current.find((row) => row.statKey === name && row.value === null);
		const stat = context.stats.get(name);
		return { ref, label: shown?.label ?? stat?.label ?? name, value: stat?.value ?? null };
	}
	if (kind === 'indicator') {
		const figure = context.figures.get(name);
		if (figure) return { ref, label: figure.label, value: figure.value };
		const row = context.byId.get(name);
		if (row?.retiredAt && row.statKey) return { ...resolveReference(`stat:${row.statKey}`, context), ref, label: row.label };
		if (row) return { ref, label: row.label, value: row.value };
	}
	return { ref, label: ref, value: null };
}
