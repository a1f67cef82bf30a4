const MAX_LENGTH = 31;
const FORBIDDEN = /[[\]:*?/\\\u0000-\u001f]/g;

function clip(text: string, length: number): string {
	// By code points, so an emoji or other astral character is never cut in half.
	return Array.from(text).slice(0, length).join('');
}

/** A name Excel accepts for a sheet: 31 characters at most, none of []:*?/\, no apostrophe at either end, not « History ». */
export function sheetName(title: string): string {
	const cleaned = title.replace(FORBIDDEN, ' ').replace(/\s+/g, ' ').trim();
	const name = clip(cleaned, MAX_LENGTH).replace(/^['\s]+|['\s]+$/g, '');
	if (name === '' || name.toLowerCase() === 'history') return name === '' ? 'Feuille' : `${name} (1)`;
	return name;
}

/** Sheet names for these titles, each valid and different from the others as Excel compares them (ignoring case). */
export function uniqueSheetNames(titles: string[]): string[] {
	const taken = new Set<string>();
	return titles.map((title) => {
		const base = sheetName(title);
		let name = base;
		for (let n = 2; taken.has(name.toLowerCase()); n++) {
			const suffix = ` (${n})`;
			name = clip(base, MAX_LENGTH - suffix.length).trimEnd() + suffix;
		}
		taken.add(name.toLowerCase());
		return name;
	});
}
