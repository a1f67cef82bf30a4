import { describe, expect, test } from 'vitest';
import { municipalityQueryString, parseMunicipalityQuery } from './validation';

const parse = (search: string) => parseMunicipalityQuery(new URLSearchParams(search));

describe('parseMunicipalityQuery', () => {
	test('defaults: no text, sorted by name, first page', () => {
		expect(parse('')).toEqual({
			query: { text: '', regionCode: null, territoryCode: null, populationClassId: null, sort: 'nom', page: 1 },
			problems: []
		});
	});

	test('text makes relevance the default sort and is tidied', () => {
		const { query } = parse('q=%20%20st-jacques%20%20de   leeds ');
		expect(query.text).toBe('st-jacques de leeds');
		expect(query.sort).toBe('pertinence');
	});

	test('each bad parameter is reported on its own and the others are kept', () => {
		const { query, problems } = parse('population=abc&page=-3&region=6&mrc=31&tri=hasard');
		expect(problems).toEqual([
			{ field: 'region', code: 'invalid', value: '6' },
			{ field: 'population', code: 'invalid', value: 'abc' },
			{ field: 'tri', code: 'invalid', value: 'hasard' },
			{ field: 'page', code: 'invalid', value: '-3' }
		]);
		expect(query).toMatchObject({ regionCode: null, territoryCode: '31', populationClassId: null, sort: 'nom', page: 1 });
	});

	test('over-long text is cut and reported', () => {
		const { query, problems } = parse(`q=${'a'.repeat(500)}`);
		expect(query.text).toHaveLength(100);
		expect(problems[0]).toMatchObject({ field: 'q', code: 'too_long' });
	});

	test('page numbers must be whole', () => {
		expect(parse('page=2.5').problems[0]).toMatchObject({ field: 'page', code: 'invalid' });
		expect(parse('page=3').query.page).toBe(3);
	});
});

describe('municipalityQueryString', () => {
	test('round-trips a state and leaves defaults out', () => {
		const { query } = parse('q=levis&region=12&mrc=25&population=6&tri=nom&page=2');
		const search = municipalityQueryString(query);
		expect(search).toBe('?q=levis&region=12&mrc=25&population=6&tri=nom&page=2');
		expect(parse(search.slice(1)).query).toEqual(query);
		expect(municipalityQueryString(parse('').query)).toBe('');
		expect(municipalityQueryString(query, { page: 1, text: '' })).toBe('?region=12&mrc=25&population=6');
	});
});
