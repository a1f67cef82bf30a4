/** An entry as far as its place is concerned; a null theme is the candidate's « Autres engagements ». */
export type Placed = { id: number; themeId: number | null };
export type Direction = 'up' | 'down';

/** The groups of a platform: its themes in the candidate's order, each with its entries in order; the group without a theme last. */
export function themeGroups<T extends Placed>(entries: readonly T[]): { themeId: number | null; entries: T[] }[] {
	const groups = new Map<number | null, T[]>();
	for (const entry of entries) {
		const group = groups.get(entry.themeId);
		if (group) group.push(entry);
		else groups.set(entry.themeId, [entry]);
	}
	const ordered = [...groups].map(([themeId, grouped]) => ({ themeId, entries: grouped }));
	return [...ordered.filter((group) => group.themeId !== null), ...ordered.filter((group) => group.themeId === null)];
}

/** Entries in reading order (as the document shows them): each theme together, in the order of its first entry. */
export function readingOrder<T extends Placed>(entries: readonly T[]): T[] {
	return themeGroups(entries).flatMap((group) => group.entries);
}

/** Where a new entry goes: after the last one of its theme, or at the end (before the entries without a theme) for a new theme. */
export function withNewEntry<T extends Placed>(entries: readonly T[], added: T): T[] {
	const groups = themeGroups(entries);
	const group = groups.find((candidate) => candidate.themeId === added.themeId);
	if (group) group.entries.push(added);
	else groups.splice(added.themeId === null ? groups.length : groups.filter((candidate) => candidate.themeId !== null).length, 0, { themeId: added.themeId, entries: [added] });
	return groups.flatMap((candidate) => candidate.entries);
}

/** One place up or down within its theme; at the edge of its theme the entry stays where it is. */
export function withEntryMoved<T extends Placed>(entries: readonly T[], entryId: number, direction: Direction): T[] {
	const groups = themeGroups(entries);
	for (const group of groups) {
		const from = group.entries.findIndex((entry) => entry.id === entryId);
		if (from < 0) continue;
		const to = direction === 'up' ? from - 1 : from + 1;
		if (to >= 0 && to < group.entries.length) [group.entries[from], group.entries[to]] = [group.entries[to], group.entries[from]];
	}
	return groups.flatMap((group) => group.entries);
}

/** A whole theme one place up or down among the themes; the entries without a theme stay last. */
export function withThemeMoved<T extends Placed>(entries: readonly T[], themeId: number, direction: Direction): T[] {
	const groups = themeGroups(entries);
	const themed = groups.filter((group) => group.themeId !== null);
	const from = themed.findIndex((group) => group.themeId === themeId);
	const to = direction === 'up' ? from - 1 : from + 1;
	if (from >= 0 && to >= 0 && to < themed.length) [themed[from], themed[to]] = [themed[to], themed[from]];
	return [...themed, ...groups.filter((group) => group.themeId === null)].flatMap((group) => group.entries);
}
