import { createHash } from 'node:crypto';
import { itemPath } from '$lib/catalogue';
import type { Database } from '../../db/types';
import { CATALOGUE_API_PAGE_SIZE_MAX, CATALOGUE_FACETS, CATALOGUE_PAGE_SIZE, PARAMETERS, catalogueSearchParams, parseCatalogueQuery, type CatalogueProblem } from './query';
import { loadSearchContext, searchCatalogue, type CatalogueCard, type SearchContext } from './search';

export const API_PAGE_SIZE_PARAMETER = 'par_page';

export type ApiProblem = {
	type: string;
	title: string;
	status: number;
	detail: string;
	errors?: { parameter: string; code: string; value: string }[];
};

export type ApiAnswer = { status: 200; body: unknown; etag: string } | { status: 400; body: ApiProblem };

const problemDetail: Record<CatalogueProblem['code'], string> = {
	invalid: 'Valeur impossible pour ce paramètre.',
	unknown: 'Cette valeur ne nomme rien de connu.',
	too_long: 'Texte trop long (120 caractères au plus).',
	too_many: 'Trop de valeurs pour ce paramètre (30 au plus).',
	past_last_page: 'Cette page est au-delà de la dernière.'
};

export const badRequest = (errors: { parameter: string; code: string; value: string }[]): ApiProblem => ({
	type: 'https://espacemuni.org/api/problemes/parametres',
	title: 'Paramètres invalides',
	status: 400,
	detail: errors.map((error) => `${error.parameter} : ${error.value ? `« ${error.value} » – ` : ''}${problemDetail[error.code as CatalogueProblem['code']] ?? error.code}`).join(' '),
	errors
});

function itemJson(card: CatalogueCard, context: SearchContext, origin: string) {
	const slugs = (ids: number[]) => ids.map((id) => context.terms.byId.get(id)?.slug).filter(Boolean);
	return {
		id: card.id,
		type: card.kind,
		titre: card.title,
		description: card.excerpt,
		url: `${origin}${itemPath(card.kind, card.id)}`,
		lieu: card.placeName,
		region: card.regionCode ? { code: card.regionCode, nom: card.regionName } : null,
		annee: card.year,
		themes: slugs(card.themeIds),
		clienteles: slugs(card.clienteleIds),
		politique: card.policyTypeId === null ? null : (context.terms.byId.get(card.policyTypeId)?.slug ?? null),
		ouverture: card.opensOn,
		fermeture: card.closesOn,
		prix: card.awardCategory ? { categorie: card.awardCategory, annee: card.awardYear } : null,
		demonstration: card.isDemo
	};
}

/**
 * The open-data answer for a URL: the same filters as the search page, JSON, pages of up to 100,
 * an ETag over the body so that clients revalidate cheaply. Any malformed or unknown parameter
 * is refused with a problem document (RFC 9457) rather than silently dropped.
 */
export async function catalogueApi(db: Database, url: URL): Promise<ApiAnswer> {
	const parsed = parseCatalogueQuery(url.searchParams);
	const errors: { parameter: string; code: string; value: string }[] = parsed.problems.map((problem) => ({ parameter: problem.field, code: problem.code, value: problem.value }));
	const rawSize = url.searchParams.get(API_PAGE_SIZE_PARAMETER);
	const pageSize = rawSize === null ? CATALOGUE_PAGE_SIZE : Number(rawSize);
	if (!Number.isInteger(pageSize) || pageSize < 1 || pageSize > CATALOGUE_API_PAGE_SIZE_MAX) {
		errors.push({ parameter: API_PAGE_SIZE_PARAMETER, code: 'invalid', value: String(rawSize).slice(0, 40) });
	}
	if (errors.length) return { status: 400, body: badRequest(errors) };

	const context = await loadSearchContext(db);
	const result = await searchCatalogue(db, parsed.query, { context, pageSize, plain: true });
	const refused = result.problems.map((problem) => ({ parameter: problem.field, code: problem.code, value: problem.value }));
	if (refused.length) return { status: 400, body: badRequest(refused) };

	const pageHref = (page: number) => {
		const params = catalogueSearchParams(result.query, { page });
		if (pageSize !== CATALOGUE_PAGE_SIZE) params.set(API_PAGE_SIZE_PARAMETER, String(pageSize));
		const search = params.toString();
		return `${url.origin}${url.pathname}${search ? `?${search}` : ''}`;
	};
	const body = {
		total: result.total,
		page: result.query.page,
		pages: result.pageCount,
		par_page: pageSize,
		corrections: result.corrections.map((correction) => ({ de: correction.from, vers: correction.to })),
		elargie: result.relaxed,
		liens: {
			self: pageHref(result.query.page),
			precedente: result.query.page > 1 ? pageHref(result.query.page - 1) : null,
			suivante: result.query.page < result.pageCount ? pageHref(result.query.page + 1) : null
		},
		facettes: Object.fromEntries(
			CATALOGUE_FACETS.map((facet) => [PARAMETERS[facet], result.facets[facet].map((entry) => ({ valeur: entry.value, nombre: entry.count, choisie: entry.selected }))])
		),
		resultats: result.items.map((card) => itemJson(card, context, url.origin))
	};
	const etag = `W/"${createHash('sha256').update(JSON.stringify(body)).digest('base64url').slice(0, 27)}"`;
	return { status: 200, body, etag };
}
