import { z } from 'zod';

export const MUNICIPALITY_SORTS = [
	'pertinence',
	'nom',
	'population-decroissante',
	'population-croissante',
	'superficie-decroissante'
] as const;
export type MunicipalitySort = (typeof MUNICIPALITY_SORTS)[number];

export const SEARCH_TEXT_MAX = 100;
export const MUNICIPALITY_PAGE_SIZE = 25;

export type MunicipalityQuery = {
	text: string;
	regionCode: string | null;
	territoryCode: string | null;
	populationClassId: number | null;
	sort: MunicipalitySort;
	page: number;
};

export type QueryField = 'q' | 'region' | 'mrc' | 'population' | 'tri' | 'page';

/** Something in the URL that could not be used; the page explains it and carries on with a sane default. */
export type QueryProblem = {
	field: QueryField;
	code: 'too_long' | 'invalid' | 'unknown' | 'outside_region' | 'past_last_page';
	value: string;
};

const fieldSchemas = {
	region: z.string().regex(/^\d{2}$/),
	mrc: z.string().regex(/^\d{2,3}$/),
	population: z.coerce.number().int().min(1).max(1_000_000),
	tri: z.enum(MUNICIPALITY_SORTS),
	page: z.coerce.number().int().min(1).max(100_000)
};

/**
 * Reads the municipality directory's URL. Each parameter is checked on its own, so one bad
 * value never spoils the others, and nothing here throws.
 */
export function parseMunicipalityQuery(params: URLSearchParams): { query: MunicipalityQuery; problems: QueryProblem[] } {
	const problems: QueryProblem[] = [];
	const read = <T>(field: Exclude<QueryField, 'q'>, fallback: T): T => {
		const raw = params.get(field)?.trim();
		if (!raw) return fallback;
		const parsed = fieldSchemas[field].safeParse(raw);
		if (parsed.success) return parsed.data as T;
		problems.push({ field, code: 'invalid', value: raw });
		return fallback;
	};

	let text = (params.get('q') ?? '').trim().replace(/\s+/g, ' ');
	if (text.length > SEARCH_TEXT_MAX) {
		problems.push({ field: 'q', code: 'too_long', value: text.slice(0, 20) + '…' });
		text = text.slice(0, SEARCH_TEXT_MAX);
	}
	const query: MunicipalityQuery = {
		text,
		regionCode: read<string | null>('region', null),
		territoryCode: read<string | null>('mrc', null),
		populationClassId: read<number | null>('population', null),
		sort: read<MunicipalitySort>('tri', text ? 'pertinence' : 'nom'),
		page: read<number>('page', 1)
	};
	return { query, problems };
}

/** The URL of a directory state; defaults are left out so that shared links stay short. */
export function municipalityQueryString(query: MunicipalityQuery, changes: Partial<MunicipalityQuery> = {}): string {
	const next = { ...query, ...changes };
	const params = new URLSearchParams();
	if (next.text) params.set('q', next.text);
	if (next.regionCode) params.set('region', next.regionCode);
	if (next.territoryCode) params.set('mrc', next.territoryCode);
	if (next.populationClassId) params.set('population', String(next.populationClassId));
	if (next.sort !== (next.text ? 'pertinence' : 'nom')) params.set('tri', next.sort);
	if (next.page > 1) params.set('page', String(next.page));
	const search = params.toString();
	return search ? `?${search}` : '';
}

export const boroughInputSchema = z.object({
	municipalityCode: z.string().regex(/^\d{5}$/, 'Choisissez une municipalité.'),
	name: z
		.string()
		.trim()
		.min(2, 'Le nom de l’arrondissement doit compter au moins 2 caractères.')
		.max(120, 'Le nom de l’arrondissement ne peut dépasser 120 caractères.'),
	population: z
		.union([z.literal('').transform(() => null), z.coerce.number().int('La population doit être un nombre entier.').min(0, 'La population ne peut être négative.').max(5_000_000, 'Cette population est trop grande.')])
		.nullable()
		.default(null)
});
export type BoroughInput = z.input<typeof boroughInputSchema>;
