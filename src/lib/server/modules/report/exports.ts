import { formatDate } from '$lib/format';
import { m } from '$lib/paraglide/messages.js';
import type { DocBlock, DocDocument } from '../../platform/exports/docx';
import type { ExportTable } from '../../platform/exports/table';
import type { Report, ReportFigure, ReportSection } from './builder';
import { changeText, figureValueText } from './format';
import { activityKindLabel, representationTypeLabel, sectionTitle } from './labels';

const absolute = (origin: string, href: string) => (href.startsWith('/') ? `${origin}${href}` : href);

function figureLine(figure: ReportFigure, report: Report): string {
	const value = figure.value === null ? m.report_figure_not_computed() : figureValueText(figure.value, figure.unit);
	const change = changeText(figure, report.previousLabel);
	return `${value} ${figure.label}${change ? ` (${change})` : ''}`;
}

function sectionBlocks(section: ReportSection, report: Report): DocBlock[] {
	const blocks: DocBlock[] = [{ kind: 'heading', level: 1, text: sectionTitle(section) }];
	if (section.definition) blocks.push({ kind: 'paragraph', text: section.definition, style: 'lead' });
	if (section.figures.length) blocks.push({ kind: 'bullets', items: section.figures.map((figure) => figureLine(figure, report)) });
	for (const entry of section.activities) {
		blocks.push({ kind: 'heading', level: 2, text: entry.title });
		const meta = [activityKindLabel(entry.kind), ...entry.impactLevels].join(' · ');
		blocks.push({ kind: 'paragraph', text: meta, style: 'muted' });
		for (const [label, text] of [
			[m.report_objectives(), entry.objectives],
			[m.report_achievements(), entry.achievements],
			[m.report_results(), entry.results]
		] as const) {
			if (text) blocks.push({ kind: 'heading', level: 3, text: label }, { kind: 'paragraph', text });
		}
		if (entry.figures.length) blocks.push({ kind: 'heading', level: 3, text: m.report_figures() }, { kind: 'bullets', items: entry.figures.map((figure) => figureLine(figure, report)) });
		if (entry.links.length) blocks.push({ kind: 'bullets', items: entry.links.map((link) => `${link.label} : ${link.url}`) });
	}
	for (const group of section.representation) {
		blocks.push({ kind: 'heading', level: 2, text: representationTypeLabel(group.type) });
		blocks.push({ kind: 'bullets', items: group.entries.map((entry) => (entry.host ? `${entry.title} (${entry.host})` : entry.title)) });
	}
	return blocks;
}

/** The report as an editable Word document, for the final layout work. */
export function reportDocument(report: Report): DocDocument {
	const blocks: DocBlock[] = [];
	if (report.foreword) blocks.push({ kind: 'heading', level: 1, text: m.report_foreword_title() }, { kind: 'paragraph', text: report.foreword }, { kind: 'pageBreak' });
	report.sections
		.filter((section) => section.figures.length || section.activities.length || section.representation.length)
		.forEach((section, index) => {
			if (index > 0) blocks.push({ kind: 'pageBreak' });
			blocks.push(...sectionBlocks(section, report));
		});
	return {
		title: m.report_title({ year: report.label }),
		subtitle: m.report_cover_subtitle({ date: formatDate(report.computedAt.slice(0, 10)) }),
		language: 'fr-CA',
		footer: m.report_title({ year: report.label }),
		blocks
	};
}

/** Every figure of the report with its source, as one sheet. */
export function figureTable(report: Report, origin: string): ExportTable {
	const rows = report.sections.flatMap((section) => [
		...section.figures.map((figure) => ({ section, activity: null as string | null, figure })),
		...section.activities.flatMap((entry) => entry.figures.map((figure) => ({ section, activity: entry.title as string | null, figure })))
	]);
	return {
		title: m.report_figures_sheet({ year: report.label }),
		columns: [
			{ key: 'section', header: m.report_col_section() },
			{ key: 'activity', header: m.report_col_activity() },
			{ key: 'label', header: m.report_col_label() },
			{ key: 'value', header: m.report_col_value(), kind: 'number' },
			{ key: 'unit', header: m.report_col_unit() },
			{ key: 'previous', header: m.report_col_previous({ year: report.previousLabel }), kind: 'number' },
			{ key: 'difference', header: m.report_col_difference(), kind: 'number' },
			{ key: 'origin', header: m.report_col_origin() },
			{ key: 'statKey', header: m.report_col_stat_key() },
			{ key: 'source', header: m.report_col_source(), kind: 'url' },
			{ key: 'sourceNote', header: m.report_col_source_note() }
		],
		rows: rows.map(({ section, activity, figure }) => ({
			section: sectionTitle(section),
			activity,
			label: figure.label,
			value: figure.value,
			unit: figure.unit,
			previous: figure.previous,
			difference: figure.difference,
			origin: figure.origin === 'computed' ? m.report_origin_computed() : m.report_origin_manual(),
			statKey: figure.statKey,
			source: absolute(origin, figure.source),
			sourceNote: figure.sourceNote
		}))
	};
}
