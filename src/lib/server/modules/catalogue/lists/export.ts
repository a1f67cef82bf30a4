import { formatDate } from '$lib/format';
import { m } from '$lib/paraglide/messages.js';
import { getLocale } from '$lib/paraglide/runtime';
import { toDocx, type DocBlock, type DocDocument } from '../../../platform/exports/docx';
import { exportFileName, type ExportKind } from '../../../platform/exports/download';
import { isoDay, type ExportTable } from '../../../platform/exports/table';
import { toXlsx } from '../../../platform/exports/xlsx';
import { kindLabel } from '../labels';
import type { ListDetail, ListEntry } from './service';

const urlOf = (entry: ListEntry, origin: string) => (entry.path ? `${origin}${entry.path}` : null);

const whereAndWhen = (entry: ListEntry) => [kindLabel(entry.kind), [entry.placeName, entry.regionName].filter(Boolean).join(', '), entry.year].filter(Boolean).join(' · ');

/** One row per item, in the list's order, for the .xlsx download. */
export function listTable(list: ListDetail, origin: string): ExportTable {
	return {
		title: list.name,
		columns: [
			{ key: 'position', header: m.lists_column_position(), kind: 'number', width: 9 },
			{ key: 'title', header: m.export_column_title(), width: 50 },
			{ key: 'kind', header: m.export_column_kind(), width: 16 },
			{ key: 'place', header: m.export_column_place(), width: 24 },
			{ key: 'region', header: m.catalogue_facet_regions(), width: 22 },
			{ key: 'year', header: m.catalogue_facet_years(), kind: 'number', width: 8 },
			{ key: 'themes', header: m.catalogue_facet_themes(), width: 30 },
			{ key: 'clienteles', header: m.catalogue_facet_clienteles(), width: 30 },
			{ key: 'note', header: m.lists_column_note(), width: 50 },
			{ key: 'url', header: m.export_column_url(), kind: 'url', width: 40 }
		],
		rows: list.entries.map((entry, index) => ({
			position: index + 1,
			title: entry.title,
			kind: kindLabel(entry.kind),
			place: entry.placeName,
			region: entry.regionName,
			year: entry.year,
			themes: entry.themes,
			clienteles: entry.clienteles,
			note: entry.note,
			url: urlOf(entry, origin)
		}))
	};
}

function entryBlocks(entry: ListEntry, index: number, origin: string): DocBlock[] {
	const url = urlOf(entry, origin);
	const blocks: DocBlock[] = [
		{ kind: 'heading', level: 1, text: `${index + 1}. ${entry.title}` },
		{ kind: 'paragraph', text: whereAndWhen(entry), style: 'muted' }
	];
	if (entry.description) blocks.push({ kind: 'paragraph', text: entry.description });
	if (entry.themes.length > 0) blocks.push({ kind: 'paragraph', text: m.lists_doc_themes({ themes: entry.themes.join(', ') }) });
	if (entry.clienteles.length > 0) blocks.push({ kind: 'paragraph', text: m.lists_doc_clienteles({ clienteles: entry.clienteles.join(', ') }) });
	if (entry.note) blocks.push({ kind: 'paragraph', text: m.lists_doc_note({ note: entry.note }), style: 'lead' });
	blocks.push({ kind: 'paragraph', text: url ? m.lists_doc_link({ url }) : m.lists_unpublished(), style: 'muted' });
	return blocks;
}

/** A Word document: the list's name and description, then each item, numbered, with the person's note. */
export function listDocument(list: ListDetail, origin: string, today: Date): DocDocument {
	const blocks: DocBlock[] = [];
	if (list.description) blocks.push({ kind: 'paragraph', text: list.description, style: 'lead' });
	if (list.entries.length === 0) blocks.push({ kind: 'paragraph', text: m.lists_doc_empty() });
	list.entries.forEach((entry, index) => blocks.push(...entryBlocks(entry, index, origin)));
	return {
		title: list.name,
		subtitle: m.lists_doc_subtitle({ date: formatDate(isoDay(today)) }),
		footer: m.lists_doc_footer(),
		language: getLocale() === 'en' ? 'en-CA' : 'fr-CA',
		blocks
	};
}

/** The list as a file to download, named after the list and the day. */
export async function listFile(list: ListDetail, format: Extract<ExportKind, 'xlsx' | 'docx'>, origin: string, today = new Date()): Promise<{ body: Buffer; filename: string }> {
	const body = format === 'xlsx' ? await toXlsx(listTable(list, origin), { creator: 'Espace MUNI' }) : await toDocx(listDocument(list, origin, today));
	return { body, filename: exportFileName(list.name, today, format) };
}
