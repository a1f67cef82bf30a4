import { formatDate } from '$lib/format';
import { m } from '$lib/paraglide/messages.js';
import { getLocale } from '$lib/paraglide/runtime';
import { toDocx, type DocBlock, type DocDocument } from '../../../platform/exports/docx';
import { exportFileName } from '../../../platform/exports/download';
import type { OutlineExample, PlatformOutline } from './outline';

const exampleLine = (example: OutlineExample, origin: string) =>
	`${example.title} (${[example.place, example.year].filter(Boolean).join(', ')}) : ${origin}${example.path}`;

function sourceBlocks(outline: PlatformOutline, origin: string): DocBlock[] {
	const sourced = outline.sections.flatMap((section) => section.entries).filter((entry) => entry.examples.length > 0);
	if (sourced.length === 0) return [];
	return [
		{ kind: 'heading', level: 1, text: m.electoral_builder_doc_sources_title() },
		{ kind: 'paragraph', text: m.electoral_builder_doc_sources_note(), style: 'muted' },
		{ kind: 'bullets', items: sourced.map((entry) => `${entry.title} — ${entry.examples.map((example) => exampleLine(example, origin)).join(' ; ')}`) }
	];
}

/**
 * The platform as a Word document built with Word's own styles, so the candidate can keep editing it:
 * the introduction, then each theme as a heading with its commitments in the chosen order, then a
 * short note on the bank's examples behind them.
 */
export function platformDocument(outline: PlatformOutline, origin: string): DocDocument {
	const blocks: DocBlock[] = [];
	if (outline.introduction) blocks.push({ kind: 'paragraph', text: outline.introduction, style: 'lead' });
	if (outline.sections.length === 0) blocks.push({ kind: 'paragraph', text: m.electoral_builder_doc_empty() });
	for (const section of outline.sections) {
		blocks.push({ kind: 'heading', level: 1, text: section.label });
		for (const entry of section.entries) {
			blocks.push({ kind: 'heading', level: 2, text: entry.title });
			if (entry.details) blocks.push({ kind: 'paragraph', text: entry.details });
		}
	}
	blocks.push(...sourceBlocks(outline, origin));
	const place = m.electoral_builder_doc_place({ municipality: outline.municipalityName, region: outline.regionName });
	const election = m.electoral_builder_doc_election({ date: formatDate(outline.electionDate) });
	return {
		title: outline.title,
		subtitle: [outline.candidateName, place, election].filter(Boolean).join('\n'),
		footer: m.electoral_builder_doc_footer(),
		language: getLocale() === 'en' ? 'en-CA' : 'fr-CA',
		blocks
	};
}

/** The platform as a .docx file, named after the municipality and the day. */
export async function platformFile(outline: PlatformOutline, origin: string, today = new Date()): Promise<{ body: Buffer; filename: string }> {
	const body = await toDocx(platformDocument(outline, origin));
	return { body, filename: exportFileName(m.electoral_builder_doc_file({ municipality: outline.municipalityName }), today, 'docx') };
}
