import { CATALOGUE_API_PAGE_SIZE_MAX, CATALOGUE_PAGE_SIZE, CATALOGUE_SORTS, CATALOGUE_TEXT_MAX, PARAMETERS } from './query';
import { CATALOGUE_KINDS } from './schema';
import type { SearchContext } from './search';
import { API_PAGE_SIZE_PARAMETER } from './api';

const arrayOf = (schema: Record<string, unknown>) => ({ type: 'array', items: schema });

/** The OpenAPI 3.1 description of the open-data API, with the vocabularies as they stand today. */
export function openApiDocument(origin: string, context: SearchContext, ratePerMinute: number) {
	const slugsOf = (vocabulary: 'theme' | 'clientele' | 'policy_type') => context.terms.of(vocabulary).map((term) => term.slug);
	const facetParameter = (name: string, description: string, items: Record<string, unknown>) => ({
		name,
		in: 'query',
		description: `${description} Répétez le paramètre (ou séparez par des virgules) pour plusieurs valeurs : elles se combinent par OU; les paramètres différents se combinent par ET.`,
		required: false,
		style: 'form',
		explode: true,
		schema: arrayOf(items)
	});
	const problem = {
		description: 'Paramètres invalides (document de problème RFC 9457).',
		content: { 'application/problem+json': { schema: { $ref: '#/components/schemas/Probleme' } } }
	};
	return {
		openapi: '3.1.0',
		info: {
			title: 'Espace MUNI – Banque des mesures (données ouvertes)',
			version: '1.0.0',
			description:
				'Les fiches publiées de la Banque des mesures : mesures des plans d’action municipaux, initiatives inspirantes, programmes de subvention et outils. Mêmes filtres que la page de recherche. Les réponses portent un ETag; renvoyez-le dans If-None-Match pour obtenir 304 si rien n’a changé. Limite : ' + ratePerMinute + ' requêtes par minute et par adresse.',
			license: { name: 'CC BY 4.0', url: 'https://creativecommons.org/licenses/by/4.0/deed.fr' }
		},
		servers: [{ url: origin }],
		paths: {
			'/api/v1/catalogue': {
				get: {
					operationId: 'rechercherCatalogue',
					summary: 'Rechercher dans la Banque des mesures',
					parameters: [
						{ name: PARAMETERS.text, in: 'query', description: 'Texte libre, en français : racines, accents et fautes de frappe pardonnés; cherche aussi dans les noms de lieux et de thèmes.', schema: { type: 'string', maxLength: CATALOGUE_TEXT_MAX } },
						facetParameter(PARAMETERS.kinds, 'Type de fiche.', { type: 'string', enum: [...CATALOGUE_KINDS] }),
						facetParameter(PARAMETERS.themes, 'Champ d’intervention.', { type: 'string', enum: slugsOf('theme') }),
						facetParameter(PARAMETERS.clienteles, 'Clientèle.', { type: 'string', enum: slugsOf('clientele') }),
						facetParameter(PARAMETERS.policyTypes, 'Type de politique (ou démarche, pour un outil).', { type: 'string', enum: slugsOf('policy_type') }),
						facetParameter(PARAMETERS.regions, 'Code de région administrative.', { type: 'string', enum: context.regions.map((region) => region.code) }),
						facetParameter(PARAMETERS.populationClasses, 'Classe de population (identifiant).', { type: 'integer', enum: context.classes.map((entry) => entry.id) }),
						facetParameter(PARAMETERS.years, 'Année.', { type: 'integer', minimum: 1950, maximum: 2100 }),
						{ name: PARAMETERS.like, in: 'query', description: 'Code géographique d’une municipalité : les fiches de municipalités de même taille et de même région passent en premier.', schema: { type: 'string', pattern: '^\\d{5}$' } },
						{ name: PARAMETERS.sort, in: 'query', description: 'Ordre des résultats.', schema: { type: 'string', enum: [...CATALOGUE_SORTS] } },
						{ name: PARAMETERS.page, in: 'query', schema: { type: 'integer', minimum: 1, default: 1 } },
						{ name: API_PAGE_SIZE_PARAMETER, in: 'query', schema: { type: 'integer', minimum: 1, maximum: CATALOGUE_API_PAGE_SIZE_MAX, default: CATALOGUE_PAGE_SIZE } }
					],
					responses: {
						'200': { description: 'Une page de résultats, avec les facettes.', headers: { ETag: { schema: { type: 'string' } } }, content: { 'application/json': { schema: { $ref: '#/components/schemas/Resultats' } } } },
						'304': { description: 'Inchangé depuis l’ETag envoyé.' },
						'400': problem,
						'429': { description: 'Trop de requêtes; voir Retry-After.', content: problem.content }
					}
				}
			}
		},
		components: {
			schemas: {
				Probleme: {
					type: 'object',
					required: ['type', 'title', 'status', 'detail'],
					properties: {
						type: { type: 'string' },
						title: { type: 'string' },
						status: { type: 'integer' },
						detail: { type: 'string' },
						errors: arrayOf({ type: 'object', properties: { parameter: { type: 'string' }, code: { type: 'string' }, value: { type: 'string' } } })
					}
				},
				Fiche: {
					type: 'object',
					properties: {
						id: { type: 'integer' },
						type: { type: 'string', enum: [...CATALOGUE_KINDS] },
						titre: { type: 'string' },
						description: { type: 'string' },
						url: { type: 'string', format: 'uri' },
						lieu: { type: ['string', 'null'] },
						region: { type: ['object', 'null'], properties: { code: { type: 'string' }, nom: { type: 'string' } } },
						annee: { type: ['integer', 'null'] },
						themes: arrayOf({ type: 'string' }),
						clienteles: arrayOf({ type: 'string' }),
						politique: { type: ['string', 'null'] },
						ouverture: { type: ['string', 'null'], format: 'date' },
						fermeture: { type: ['string', 'null'], format: 'date' },
						prix: { type: ['object', 'null'], properties: { categorie: { type: 'string' }, annee: { type: ['integer', 'null'] } } },
						demonstration: { type: 'boolean', description: 'Fiche fictive de démonstration.' }
					}
				},
				Resultats: {
					type: 'object',
					properties: {
						total: { type: 'integer' },
						page: { type: 'integer' },
						pages: { type: 'integer' },
						par_page: { type: 'integer' },
						corrections: arrayOf({ type: 'object', properties: { de: { type: 'string' }, vers: { type: 'string' } } }),
						elargie: { type: 'boolean', description: 'Aucune fiche ne contenait tous les mots : résultats contenant au moins un mot.' },
						liens: { type: 'object', properties: { self: { type: 'string' }, precedente: { type: ['string', 'null'] }, suivante: { type: ['string', 'null'] } } },
						facettes: { type: 'object', additionalProperties: arrayOf({ type: 'object', properties: { valeur: { type: 'string' }, nombre: { type: 'integer' }, choisie: { type: 'boolean' } } }) },
						resultats: arrayOf({ $ref: '#/components/schemas/Fiche' })
					}
				}
			}
		}
	};
}
