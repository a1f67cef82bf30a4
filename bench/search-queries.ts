// Fifty searches as people type them on the Banque des mesures: plain words, missing accents,
// typos, place names, several words, and facet combinations (URL parameters of /banque and of the API).

export type BenchQuery = Record<string, string | string[]>;

// Municipality codes used by « comme » (a municipality like mine).
const LEVIS = '25213';
const RIMOUSKI = '10043';
const VICTORIAVILLE = '39062';
const SHERBROOKE = '43027';
const ALMA = '93042';

export const BENCH_QUERIES: readonly BenchQuery[] = [
	{ q: 'transport' },
	{ q: 'transport collectif', region: '01' },
	{ q: 'trasnport' },
	{ q: 'aines' },
	{ q: 'aînés', theme: 'loisir' },
	{ q: 'Lévis' },
	{ q: 'Montérégie' },
	{ q: 'Monteregie', type: 'mesure' },
	{ q: 'camp de jour', clientele: 'enfants' },
	{ q: 'jardin communautaire' },
	{ q: 'piste cyclable', theme: 'transport' },
	{ q: 'parc intergénérationnel' },
	{ q: 'bibliotheque' },
	{ q: 'sécurité piétons', population: '3' },
	{ q: 'logement abordable' },
	{ q: 'proches aidants', politique: 'mada' },
	{ q: 'halte-garderie' },
	{ q: 'subvention', type: 'programme' },
	{ q: 'politique familiale', annee: '2022' },
	{ q: 'accueil immigrants', region: '16' },
	{ q: 'transport', comme: LEVIS },
	{ q: 'loisirs', comme: RIMOUSKI },
	{ comme: VICTORIAVILLE },
	{ theme: 'environnement', region: '03' },
	{ clientele: 'adolescents', politique: 'pfm' },
	{ type: 'initiative' },
	{ type: 'outil', politique: 'mada' },
	{},
	{ region: '06', population: '7' },
	{ annee: ['2023', '2024'], theme: 'sante' },
	{ q: 'Rimouski', type: 'mesure' },
	{ q: 'Saguenay' },
	{ q: 'Gaspésie' },
	{ q: 'eclairage' },
	{ q: 'déneigement trottoirs' },
	{ q: 'jeunes adultes emploi' },
	{ q: 'accessibilite universelle', clientele: 'personnes-handicapees' },
	{ q: 'saines habitudes de vie', theme: 'sante', clientele: 'familles' },
	{ q: 'comité de suivi MADA' },
	{ q: 'ainés isolement' },
	{ q: 'biblioteque' },
	{ q: 'patinoire', region: ['01', '02'] },
	{ q: 'sentier pédestre plein air', population: ['1', '2'] },
	{ q: 'marché public', annee: '2021' },
	{ q: 'petite enfance', politique: 'mae' },
	{ q: 'participation citoyenne', type: ['mesure', 'initiative'] },
	{ q: 'vélo', comme: SHERBROOKE },
	{ q: 'Trois-Rivieres' },
	{ q: 'arbres verdissement', theme: 'environnement', region: '17' },
	{ q: 'maison des jeunes', clientele: 'adolescents', comme: ALMA }
];

export function searchParamsOf(query: BenchQuery): URLSearchParams {
	const params = new URLSearchParams();
	for (const [name, value] of Object.entries(query)) for (const single of [value].flat()) params.append(name, single);
	return params;
}

export const valuesOf = (query: BenchQuery, name: string): string[] => [query[name] ?? []].flat();

/** The query as people read it: `q=aînés&theme=loisir`. */
export const describeQuery = (query: BenchQuery): string =>
	Object.entries(query)
		.flatMap(([name, value]) => [value].flat().map((single) => `${name}=${single}`))
		.join('&') || '(aucun paramètre)';
