/** What pages on both sides need to know about the bank's kinds of items. */
export const KIND_PATHS = { mesure: 'mesures', initiative: 'initiatives', programme: 'programmes', outil: 'outils' } as const;
export type ItemKind = keyof typeof KIND_PATHS;
export type KindPath = (typeof KIND_PATHS)[ItemKind];

export const kindOfPath = (path: string): ItemKind | null =>
	(Object.entries(KIND_PATHS).find(([, candidate]) => candidate === path)?.[0] as ItemKind | undefined) ?? null;

export const itemPath = (kind: ItemKind, id: number) => `/banque/${KIND_PATHS[kind]}/${id}`;

/** Marks around the words that matched in an excerpt; private-use characters, so they never clash with text. */
export const HIGHLIGHT_START = '\uE000';
export const HIGHLIGHT_END = '\uE001';

/** Splits a highlighted excerpt into plain and matched parts, for the page to render as text and <mark>. */
export function highlightParts(excerpt: string): { text: string; matched: boolean }[] {
	const parts: { text: string; matched: boolean }[] = [];
	for (const chunk of excerpt.split(HIGHLIGHT_START)) {
		const end = chunk.indexOf(HIGHLIGHT_END);
		if (end === -1) parts.push({ text: chunk, matched: false });
		else parts.push({ text: chunk.slice(0, end), matched: true }, { text: chunk.slice(end + 1), matched: false });
	}
	return parts.filter((part) => part.text.length > 0);
}

export type ProgrammeWindow = { state: 'open' | 'closing' | 'closed' | 'upcoming' | 'continuous'; days: number | null };

const DAY = 86_400_000;

/** Where a funding programme's call stands on a given day: « ouvert », « ferme dans N jours », « fermé »... */
export function programmeWindow(opensOn: string | null, closesOn: string | null, today: Date, closingSoonDays = 30): ProgrammeWindow {
	const midnight = Date.UTC(today.getUTCFullYear(), today.getUTCMonth(), today.getUTCDate());
	const dayOf = (iso: string) => Date.parse(`${iso}T00:00:00Z`);
	if (opensOn && dayOf(opensOn) > midnight) return { state: 'upcoming', days: Math.round((dayOf(opensOn) - midnight) / DAY) };
	if (!closesOn) return { state: opensOn ? 'open' : 'continuous', days: null };
	const daysLeft = Math.round((dayOf(closesOn) - midnight) / DAY);
	if (daysLeft < 0) return { state: 'closed', days: null };
	if (daysLeft <= closingSoonDays) return { state: 'closing', days: daysLeft };
	return { state: 'open', days: daysLeft };
}
