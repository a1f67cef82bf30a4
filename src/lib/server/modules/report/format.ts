import { formatNumber } from '$lib/format';
import { m } from '$lib/paraglide/messages.js';
import type { Report, ReportChart, ReportFigure } from './builder';
import { activityKindLabel, representationTypeLabel, sectionTitle } from './labels';

/** « 152 000 », « 50 % », « 603 h », « 1 200 $ »: a value with its unit as the report prints it. */
export function figureValueText(value: number, unit: string | null): string {
	const number = formatNumber(value, 1);
	return unit ? `${number}\u00a0${unit}` : number;
}

/** « augmentation de 20 000 par rapport à 2023-2024 », or null when there is nothing to compare with. */
export function changeText(figure: Pick<ReportFigure, 'difference' | 'unit'>, previousLabel: string): string | null {
	if (figure.difference === null) return null;
	if (figure.difference === 0) return m.report_change_none({ year: previousLabel });
	const shown = figureValueText(Math.abs(figure.difference), figure.unit);
	return figure.difference > 0 ? m.report_change_increase({ shown, year: previousLabel }) : m.report_change_decrease({ shown, year: previousLabel });
}

export type FigureView = {
	ref: string;
	label: string;
	/** Null when a module should compute it and does not yet. */
	valueText: string | null;
	changeText: string | null;
	source: string;
	origin: ReportFigure['origin'];
};

export type ChartView = ReportChart & { bars: (ReportChart['bars'][number] & { valueText: string })[] };

export function figureView(figure: ReportFigure, previousLabel: string): FigureView {
	return {
		ref: figure.ref,
		label: figure.label,
		valueText: figure.value === null ? null : figureValueText(figure.value, figure.unit),
		changeText: changeText(figure, previousLabel),
		source: figure.source,
		origin: figure.origin
	};
}

export function chartView(chart: ReportChart): ChartView {
	return { ...chart, bars: chart.bars.map((bar) => ({ ...bar, valueText: figureValueText(bar.value, chart.unit) })) };
}

/** The report with its figures as text in the request's language, ready for the page. */
export function reportView(report: Report) {
	const figures = (list: ReportFigure[]) => list.map((figure) => figureView(figure, report.previousLabel));
	return {
		...report,
		sections: report.sections.map((section) => ({
			...section,
			title: sectionTitle(section),
			figures: figures(section.figures),
			charts: section.charts.map(chartView),
			activities: section.activities.map((entry) => ({ ...entry, kindLabel: activityKindLabel(entry.kind), figures: figures(entry.figures), charts: entry.charts.map(chartView) })),
			representation: section.representation.map((group) => ({ ...group, typeLabel: representationTypeLabel(group.type) }))
		}))
	};
}
export type ReportView = ReturnType<typeof reportView>;
