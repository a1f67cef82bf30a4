import { describe, expect, inject, test } from 'vitest';

const baseUrl = inject('baseUrl');
const as = (address: string, headers: Record<string, string> = {}) => ({ headers: { 'x-forwarded-for': address, ...headers } });

type Answer = {
	total: number;
	page: number;
	pages: number;
	par_page: number;
	liens: { suivante: string | null };
	facettes: Record<string, { valeur: string; nombre: number; choisie: boolean }[]>;
	resultats: { id: number; type: string; titre: string; themes: string[]; region: { code: string } | null; url: string }[];
};

describe('open data API', () => {
	test('answers JSON with the same filters as the page, facet counts and page links', async () => {
		const response = await fetch(`${baseUrl}/api/v1/catalogue?q=transport&theme=transport&region=12,03&par_page=5`, as('198.51.100.60'));
		expect(response.status).toBe(200);
		expect(response.headers.get('content-type')).toContain('application/json');
		expect(response.headers.get('access-control-allow-origin')).toBe('*');
		const body = (await response.json()) as Answer;
		expect(body.total).toBeGreaterThan(0);
		expect(body.resultats.length).toBe(Math.min(5, body.total));
		for (const item of body.resultats) {
			expect(item.themes).toContain('transport');
			expect(['12', '03']).toContain(item.region?.code);
		}
		const regions = body.facettes.region.filter((entry) => entry.choisie).reduce((sum, entry) => sum + entry.nombre, 0);
		expect(regions).toBe(body.total);
		if (body.pages > 1) {
			const next = (await (await fetch(body.liens.suivante!, as('198.51.100.60'))).json()) as Answer;
			expect(next.page).toBe(2);
			expect(next.resultats.map((item) => item.id)).not.toContain(body.resultats[0].id);
		}
	});

	test('an unchanged answer revalidates with 304', async () => {
		const url = `${baseUrl}/api/v1/catalogue?type=programme`;
		const first = await fetch(url, as('198.51.100.61'));
		const etag = first.headers.get('etag');
		expect(etag).toMatch(/^W\/".+"$/);
		const second = await fetch(url, as('198.51.100.61', { 'if-none-match': etag! }));
		expect(second.status).toBe(304);
		const other = await fetch(`${baseUrl}/api/v1/catalogue?type=outil`, as('198.51.100.61', { 'if-none-match': etag! }));
		expect(other.status).toBe(200);
	});

	test('malformed or unknown parameters answer 400 with a problem document', async () => {
		for (const query of ['type=recette', 'theme=inconnu', 'annee=deux-mille', 'par_page=1000', 'page=0', 'region=99']) {
			const response = await fetch(`${baseUrl}/api/v1/catalogue?${query}`, as('198.51.100.62'));
			expect(response.status, query).toBe(400);
			expect(response.headers.get('content-type')).toContain('application/problem+json');
			const problem = (await response.json()) as { status: number; errors: { parameter: string }[]; detail: string };
			expect(problem.status).toBe(400);
			expect(problem.errors[0].parameter).toBe(query.split('=')[0]);
			expect(problem.detail.length).toBeGreaterThan(10);
		}
	});

	test('is rate limited per address with a 429 and Retry-After', async () => {
		let limited: Response | null = null;
		// The test server allows 40 requests a minute (API_RATE_LIMIT_PER_MINUTE in src/test/e2e-server.ts).
		for (let attempt = 0; attempt < 45 && !limited; attempt++) {
			const response = await fetch(`${baseUrl}/api/v1/catalogue?par_page=1`, as('198.51.100.63'));
			if (response.status === 429) limited = response;
			else await response.arrayBuffer();
		}
		expect(limited?.status).toBe(429);
		expect(Number(limited?.headers.get('retry-after'))).toBeGreaterThan(0);
		expect((await fetch(`${baseUrl}/api/v1/catalogue?par_page=1`, as('198.51.100.64'))).status).toBe(200);
	});

	test('publishes an OpenAPI document that lists the parameters and today’s vocabularies', async () => {
		const document = (await (await fetch(`${baseUrl}/api/v1/openapi.json`)).json()) as {
			openapi: string;
			paths: Record<string, { get: { parameters: { name: string; schema: { items?: { enum?: string[] } } }[] } }>;
		};
		expect(document.openapi).toBe('3.1.0');
		const parameters = document.paths['/api/v1/catalogue'].get.parameters;
		expect(parameters.map((parameter) => parameter.name)).toEqual(expect.arrayContaining(['q', 'type', 'theme', 'clientele', 'politique', 'region', 'population', 'annee', 'comme', 'tri', 'page', 'par_page']));
		expect(parameters.find((parameter) => parameter.name === 'theme')?.schema.items?.enum).toContain('transport');
	});
});
