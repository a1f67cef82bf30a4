import { foldText } from './fields';

export type Choice = { slug: string; label: string };

/** What a cell of several values names: the slugs found, and the pieces that name nothing known. */
export type CellMatch = { slugs: string[]; unknown: string[] };

/** Every way a cell may name a choice: its slug, its label, the label without its parenthesis, and what the parenthesis holds. */
function namesOf(choice: Choice, aliases: readonly string[]): string[] {
	const parenthesis = /\(([^)]*)\)/.exec(choice.label)?.[1] ?? '';
	return [choice.slug, choice.label, choice.label.replace(/\([^)]*\)/g, ''), parenthesis, ...aliases].map(foldText).filter(Boolean);
}

/**
 * Reads cells that name choices by label or slug, ignoring accents and case, several to a cell separated
 * by « ; », « , » or line breaks. A label that holds a comma (« Loisir, sport et plein air ») is still
 * recognised: neighbouring pieces are joined back when together they name a choice.
 */
export function choiceMatcher(choices: readonly Choice[], aliases: Record<string, readonly string[]> = {}): (cell: string) => CellMatch {
	const bySlug = new Map<string, string>();
	for (const choice of choices) for (const name of namesOf(choice, aliases[choice.slug] ?? [])) if (!bySlug.has(name)) bySlug.set(name, choice.slug);
	return (cell) => {
		const pieces = cell
			.split(/[;,\n]/)
			.map((piece) => piece.trim())
			.filter(Boolean);
		const slugs: string[] = [];
		const unknown: string[] = [];
		for (let start = 0; start < pieces.length; ) {
			let end = pieces.length;
			let slug: string | undefined;
			for (; end > start; end--) {
				slug = bySlug.get(foldText(pieces.slice(start, end).join(', ')));
				if (slug) break;
			}
			if (slug) {
				if (!slugs.includes(slug)) slugs.push(slug);
				start = end;
			} else {
				unknown.push(pieces[start]);
				start++;
			}
		}
		return { slugs, unknown };
	};
}
