import {
	AlignmentType,
	BorderStyle,
	Document,
	ExternalHyperlink,
	Footer,
	HeadingLevel,
	LevelFormat,
	Packer,
	PageBreak,
	PageNumber,
	Paragraph,
	ShadingType,
	Tab,
	Table,
	TableCell,
	TableRow,
	TabStopType,
	TextRun,
	WidthType,
	type IBaseParagraphStyleOptions,
	type IParagraphStyleOptions,
	type ParagraphChild
} from 'docx';
import { cellText, safeLink, type ExportCell, type ExportColumn, type ExportTable } from './table';

export type DocBlock =
	| { kind: 'heading'; level: 1 | 2 | 3; text: string }
	| { kind: 'paragraph'; text: string; style?: 'lead' | 'muted' }
	| { kind: 'bullets'; items: string[] }
	| { kind: 'numbered'; items: string[] }
	| { kind: 'table'; table: ExportTable }
	| { kind: 'pageBreak' }
	| { kind: 'keyValues'; entries: [string, string][] };

export type DocLanguage = 'fr-CA' | 'en-CA';

export type DocDocument = {
	title: string;
	subtitle?: string;
	language?: DocLanguage;
	blocks: DocBlock[];
	/** Text at the bottom left of every page; the page number is at the right. */
	footer?: string;
};

// US Letter with 1 inch margins, in twips (1/20 point): the paper used in Québec.
const PAGE = { width: 12240, height: 15840, margin: 1440 };
const TEXT_WIDTH = PAGE.width - 2 * PAGE.margin;
const FONT = 'Calibri';
const INK = '1F3864';
const GREY = '595959';
const RULE = { style: BorderStyle.SINGLE, size: 4, color: 'BFBFBF' };
const NO_RULE = { style: BorderStyle.NONE, size: 0, color: 'auto' };
const NUMBERED = 'numbered-list';
const BULLETS = 'bullet-list';
const LIST_INDENT = { left: 720, hanging: 360 };

const PAGE_LABEL: Record<DocLanguage, [string, string]> = { 'fr-CA': ['Page ', ' de '], 'en-CA': ['Page ', ' of '] };

/** Builds one paragraph's runs, turning line breaks in the text into line breaks in Word. */
function runs(text: string, options: { bold?: boolean } = {}): TextRun[] {
	return text.split(/\r?\n/).map((line, index) => new TextRun({ text: line, break: index > 0 ? 1 : 0, ...options }));
}

function headingStyle(size: number, outlineLevel: number, before: number): IBaseParagraphStyleOptions {
	// The outline level is what puts the heading in Word's navigation pane and in a table of contents.
	return {
		run: { font: FONT, size, bold: true, color: INK },
		paragraph: { spacing: { before, after: 120 }, keepNext: true, keepLines: true, outlineLevel }
	};
}

function paragraphStyle(id: string, name: string, run: IParagraphStyleOptions['run'], after = 160): IParagraphStyleOptions {
	return { id, name, basedOn: 'Normal', next: 'Normal', quickFormat: true, run, paragraph: { spacing: { after } } };
}

function styles(language: DocLanguage) {
	return {
		default: {
			document: {
				run: { font: FONT, size: 22, language: { value: language } },
				paragraph: { spacing: { after: 120, line: 276 } }
			},
			title: { run: { font: FONT, size: 44, bold: true, color: INK }, paragraph: { spacing: { after: 80 } } },
			heading1: headingStyle(32, 0, 360),
			heading2: headingStyle(26, 1, 240),
			heading3: headingStyle(23, 2, 200),
			caption: { run: { font: FONT, size: 20, bold: true, color: GREY }, paragraph: { spacing: { before: 120, after: 80 }, keepNext: true } }
		},
		paragraphStyles: [
			paragraphStyle('Subtitle', 'Subtitle', { size: 28, color: GREY }, 360),
			paragraphStyle('Lead', 'Lead', { size: 26 }, 200),
			paragraphStyle('Muted', 'Muted', { size: 20, color: GREY }),
			paragraphStyle('TableText', 'Table Text', { size: 20 }, 0)
		]
	};
}

function listLevel(format: (typeof LevelFormat)[keyof typeof LevelFormat], text: string) {
	return { level: 0, format, text, alignment: AlignmentType.LEFT, style: { paragraph: { indent: LIST_INDENT } } };
}

function numbering() {
	return {
		config: [
			{ reference: NUMBERED, levels: [listLevel(LevelFormat.DECIMAL, '%1.')] },
			{ reference: BULLETS, levels: [listLevel(LevelFormat.BULLET, '\u2022')] }
		]
	};
}

function footer(document: DocDocument, language: DocLanguage): Footer {
	const [page, of] = PAGE_LABEL[language];
	const children = [
		...runs(document.footer ?? ''),
		new TextRun({ children: [new Tab(), page, PageNumber.CURRENT, of, PageNumber.TOTAL_PAGES] })
	];
	const paragraph = new Paragraph({
		children,
		style: 'Muted',
		tabStops: [{ type: TabStopType.RIGHT, position: TEXT_WIDTH }],
		border: { top: RULE }
	});
	return new Footer({ children: [paragraph] });
}

function cellParagraph(value: ExportCell | undefined, column: ExportColumn, language: DocLanguage, bold = false): Paragraph {
	// Right rather than end: Word 2007 and some viewers only know left and right, and these documents are never right-to-left.
	const alignment = column.kind === 'number' ? AlignmentType.RIGHT : undefined;
	if (typeof value === 'number') {
		// min2: no space in four-digit numbers, so years and codes read 2026, not 2 026.
		const text = Number.isFinite(value) ? new Intl.NumberFormat(language, { useGrouping: 'min2' }).format(value) : '';
		return new Paragraph({ style: 'TableText', alignment: AlignmentType.RIGHT, children: runs(text, { bold }) });
	}
	const text = cellText(value);
	const link = column.kind === 'url' ? safeLink(text) : null;
	const children: ParagraphChild[] = link
		? [new ExternalHyperlink({ link, children: [new TextRun({ text, style: 'Hyperlink' })] })]
		: runs(text, { bold });
	return new Paragraph({ style: 'TableText', alignment, children });
}

function tableCell(paragraph: Paragraph, header = false): TableCell {
	return new TableCell({
		children: [paragraph],
		margins: { top: 60, bottom: 60, left: 100, right: 100 },
		shading: header ? { type: ShadingType.CLEAR, color: 'auto', fill: 'E7E6E6' } : undefined
	});
}

/** Column widths in twips, in proportion to the columns' widths in characters (equal when none is given). */
function columnWidths(columns: ExportColumn[]): number[] {
	const weights = columns.map((column) => column.width ?? 15);
	const total = weights.reduce((sum, weight) => sum + weight, 0) || 1;
	return weights.map((weight) => Math.floor((TEXT_WIDTH * weight) / total));
}

function tableBorders() {
	return { top: RULE, bottom: RULE, left: RULE, right: RULE, insideHorizontal: RULE, insideVertical: RULE };
}

function dataTable(table: ExportTable, language: DocLanguage): (Paragraph | Table)[] {
	if (table.columns.length === 0) return [];
	const header = new TableRow({
		tableHeader: true,
		cantSplit: true,
		children: table.columns.map((column) => {
			// A header lines up with its column (right over numbers) but is never a link.
			const headerColumn: ExportColumn = { ...column, kind: column.kind === 'url' ? 'text' : column.kind };
			return tableCell(cellParagraph(column.header, headerColumn, language, true), true);
		})
	});
	const rows = table.rows.map(
		(row) =>
			new TableRow({
				cantSplit: true,
				children: table.columns.map((column) => tableCell(cellParagraph(row[column.key], column, language)))
			})
	);
	const rendered = new Table({
		rows: [header, ...rows],
		width: { size: TEXT_WIDTH, type: WidthType.DXA },
		columnWidths: columnWidths(table.columns),
		borders: tableBorders()
	});
	const caption = table.title.trim() === '' ? [] : [new Paragraph({ style: 'Caption', children: runs(table.title) })];
	return [...caption, rendered, new Paragraph({ children: [] })];
}

function keyValueTable(entries: [string, string][]): (Paragraph | Table)[] {
	if (entries.length === 0) return [];
	const keyColumn = Math.floor(TEXT_WIDTH * 0.35);
	const rows = entries.map(
		([key, value]) =>
			new TableRow({
				cantSplit: true,
				children: [
					tableCell(new Paragraph({ style: 'TableText', children: runs(key, { bold: true }) })),
					tableCell(new Paragraph({ style: 'TableText', children: runs(value) }))
				]
			})
	);
	const table = new Table({
		rows,
		width: { size: TEXT_WIDTH, type: WidthType.DXA },
		columnWidths: [keyColumn, TEXT_WIDTH - keyColumn],
		borders: { ...tableBorders(), left: NO_RULE, right: NO_RULE, insideVertical: NO_RULE }
	});
	return [table, new Paragraph({ children: [] })];
}

const HEADINGS = { 1: HeadingLevel.HEADING_1, 2: HeadingLevel.HEADING_2, 3: HeadingLevel.HEADING_3 } as const;
const PARAGRAPH_STYLES = { lead: 'Lead', muted: 'Muted' } as const;

/** Turns blocks into Word paragraphs and tables; every numbered block is a list of its own, counting from 1. */
class BlockRenderer {
	private lists = 0;

	constructor(private readonly language: DocLanguage) {}

	render(block: DocBlock): (Paragraph | Table)[] {
		switch (block.kind) {
			case 'heading':
				return [new Paragraph({ heading: HEADINGS[block.level], children: runs(block.text) })];
			case 'paragraph':
				return [new Paragraph({ style: block.style ? PARAGRAPH_STYLES[block.style] : undefined, children: runs(block.text) })];
			case 'bullets':
				return block.items.map((item) => new Paragraph({ numbering: { reference: BULLETS, level: 0 }, children: runs(item) }));
			case 'numbered':
				return this.numbered(block.items);
			case 'table':
				return dataTable(block.table, this.language);
			case 'pageBreak':
				return [new Paragraph({ children: [new PageBreak()] })];
			case 'keyValues':
				return keyValueTable(block.entries);
		}
	}

	private numbered(items: string[]): Paragraph[] {
		const instance = ++this.lists;
		return items.map((item) => new Paragraph({ numbering: { reference: NUMBERED, level: 0, instance }, children: runs(item) }));
	}
}

function pageMargins() {
	return { top: PAGE.margin, bottom: PAGE.margin, left: PAGE.margin, right: PAGE.margin };
}

function titleBlock(document: DocDocument): Paragraph[] {
	const title = new Paragraph({ heading: HeadingLevel.TITLE, children: runs(document.title) });
	const subtitle = document.subtitle ? [new Paragraph({ style: 'Subtitle', children: runs(document.subtitle) })] : [];
	const rule = new Paragraph({ border: { bottom: RULE }, spacing: { after: 240 }, children: [] });
	return [title, ...subtitle, rule];
}

/** A Word document built from blocks, with real Word styles (headings, lists, tables) so it stays easy to edit. */
export async function toDocx(document: DocDocument): Promise<Buffer> {
	const language = document.language ?? 'fr-CA';
	const renderer = new BlockRenderer(language);
	const file = new Document({
		title: document.title,
		subject: document.subtitle,
		creator: 'Espace MUNI',
		styles: styles(language),
		numbering: numbering(),
		sections: [
			{
				properties: { page: { size: { width: PAGE.width, height: PAGE.height }, margin: pageMargins() } },
				footers: { default: footer(document, language) },
				children: [...titleBlock(document), ...document.blocks.flatMap((block) => renderer.render(block))]
			}
		]
	});
	return Packer.toBuffer(file);
}
