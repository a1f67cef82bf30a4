import { m } from '$lib/paraglide/messages.js';
import type { DocBlock, DocDocument } from '../../../platform/exports/docx';
import { SEAL_PNG_PIXELS, SEAL_PRINT_CENTIMETRES } from './seal-svg';
import type { SealMember } from './member';

export type GuideSection = { heading: string; text?: string; items?: string[] };

/** The usage guide of the seal, shown on the page and given as a Word document: one text for both. */
export function sealGuide(): GuideSection[] {
	return [
		{ heading: m.seal_guide_where_heading(), text: m.seal_guide_where_text(), items: [m.seal_guide_where_web(), m.seal_guide_where_email(), m.seal_guide_where_print(), m.seal_guide_where_social(), m.seal_guide_where_places()] },
		{ heading: m.seal_guide_size_heading(), items: [m.seal_guide_size_print(), m.seal_guide_size_screen()] },
		{ heading: m.seal_guide_space_heading(), text: m.seal_guide_space_text() },
		{ heading: m.seal_guide_dont_heading(), items: [m.seal_guide_dont_distort(), m.seal_guide_dont_recolour(), m.seal_guide_dont_crop(), m.seal_guide_dont_busy(), m.seal_guide_dont_expired()] },
		{
			heading: m.seal_guide_files_heading(),
			items: [m.seal_guide_files_svg(), m.seal_guide_files_png({ pixels: SEAL_PNG_PIXELS, centimetres: SEAL_PRINT_CENTIMETRES, dpi: 762, largest: 20 })]
		}
	];
}

export function sealGuideDocument(member: SealMember): DocDocument {
	const blocks: DocBlock[] = [{ kind: 'paragraph', text: m.seal_guide_intro({ name: member.name, year: member.yearLabel }), style: 'lead' }];
	for (const section of sealGuide()) {
		blocks.push({ kind: 'heading', level: 2, text: section.heading });
		if (section.text) blocks.push({ kind: 'paragraph', text: section.text });
		if (section.items) blocks.push({ kind: 'bullets', items: section.items });
	}
	return { title: m.seal_guide_title(), subtitle: member.name, blocks, footer: m.seal_guide_footer() };
}
