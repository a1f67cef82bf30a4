import type { ClienteleSlug, PolicyTypeSlug, ThemeSlug } from '../taxonomy-seed';
import { MEASURE_TEMPLATES } from './measure-templates';
import type { DemoMeasure, DemoMeasureTemplate, DemoPlace, MeasureProgress } from './types';

/** The year the demonstration pretends to be in: plans ended before it are done, later ones are under way. */
export const DEMO_REFERENCE_YEAR = 2026;
export const DEMO_FIRST_ADOPTION_YEAR = 2015;
export const DEMO_LAST_ADOPTION_YEAR = 2025;
export const DEMO_MEASURES_PER_PLAN = { min: 6, max: 20 } as const;

type Random = () => number;

export function mulberry32(seed: number): Random {
	let state = seed >>> 0;
	return () => {
		state = (state + 0x6d2b79f5) >>> 0;
		let t = state;
		t = Math.imul(t ^ (t >>> 15), t | 1);
		t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
		return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
	};
}

const randomInt = (random: Random, min: number, max: number) => min + Math.floor(random() * (max - min + 1));
const pick = <T>(random: Random, items: readonly T[]): T => items[Math.floor(random() * items.length)];

function weightedPicker<T>(items: readonly T[], weight: (item: T) => number): (random: Random) => T {
	const cumulative: number[] = [];
	let total = 0;
	for (const item of items) {
		total += weight(item);
		cumulative.push(total);
	}
	return (random) => {
		const target = random() * total;
		let low = 0;
		let high = cumulative.length - 1;
		while (low < high) {
			const middle = (low + high) >> 1;
			if (cumulative[middle] > target) high = middle;
			else low = middle + 1;
		}
		return items[low];
	};
}

const POLICY_WEIGHTS: readonly [PolicyTypeSlug, number][] = [
	['pfm-mada', 34],
	['mada', 24],
	['pfm', 20],
	['mae', 9],
	['developpement-social', 8],
	['autre', 5]
];
const pickPolicyType = weightedPicker(POLICY_WEIGHTS, ([, weight]) => weight);

const ELIDED = /^([AEIOUÉÈÊÎÔÀÂ]|H[éè])/;

/** « de Lévis », « d’Alma », « des Îles-de-la-Madeleine », « du Bic ». */
export function ofPlace(name: string): string {
	if (name.startsWith('Les ')) return `des ${name.slice(4)}`;
	if (name.startsWith('Le ')) return `du ${name.slice(3)}`;
	if (ELIDED.test(name)) return `d’${name}`;
	return `de ${name}`;
}

/** « À Lévis », « Aux Îles-de-la-Madeleine », « Au Bic ». */
export function atPlace(name: string): string {
	if (name.startsWith('Les ')) return `Aux ${name.slice(4)}`;
	if (name.startsWith('Le ')) return `Au ${name.slice(3)}`;
	return `À ${name}`;
}

type Plan = {
	place: DemoPlace;
	policyType: PolicyTypeSlug;
	policyTitle: string;
	adoptionYear: number;
	planStartYear: number;
	planEndYear: number;
};

function policyTitle(type: PolicyTypeSlug, place: DemoPlace, random: Random): string {
	const of = ofPlace(place.name);
	const titles: Record<PolicyTypeSlug, string[]> = {
		pfm: [`Politique familiale municipale ${of}`, `Politique familiale ${of}`, `Politique de la famille ${of}`],
		mada: [`Politique des aînés ${of}`, `Politique Municipalité amie des aînés ${of}`, `Politique MADA ${of}`],
		'pfm-mada': [
			`Politique de la famille et des aînés ${of}`,
			`Politique familiale et des aînés ${of}`,
			`Politique familles-aînés ${of}`
		],
		mae: [`Plan d’action Municipalité amie des enfants ${of}`, `Engagements Municipalité amie des enfants ${of}`],
		'developpement-social': [`Politique de développement social ${of}`, `Politique de développement social et communautaire ${of}`],
		autre: [
			`Stratégie jeunesse ${of}`,
			`Politique de la vie communautaire ${of}`,
			`Plan de développement durable ${of}`,
			`Politique d’accessibilité universelle ${of}`,
			...(place.population >= 15_000 ? [`Plan d’action à l’égard des personnes handicapées ${of}`] : [])
		]
	};
	return pick(random, titles[type]);
}

const CHILDHOOD: ClienteleSlug[] = ['enfants', 'petite-enfance', 'adolescents', 'familles'];

/** The clientèles a plan of each type must address (one of them), and those it favours. */
const FOCUS: Record<PolicyTypeSlug, { required: ClienteleSlug[] | null; favoured: ClienteleSlug[]; weight: number }> = {
	pfm: {
		required: ['familles', 'petite-enfance', 'enfants', 'adolescents', 'jeunes-adultes', 'population', 'personnes-immigrantes', 'personnes-handicapees'],
		favoured: ['familles', 'petite-enfance', 'enfants', 'adolescents'],
		weight: 3
	},
	mada: { required: ['aines', 'proches-aidants', 'personnes-handicapees', 'population'], favoured: ['aines', 'proches-aidants'], weight: 4 },
	'pfm-mada': { required: null, favoured: ['familles', 'aines', 'petite-enfance', 'enfants', 'proches-aidants'], weight: 2 },
	mae: { required: CHILDHOOD, favoured: ['enfants', 'petite-enfance', 'adolescents'], weight: 4 },
	'developpement-social': {
		required: null,
		favoured: ['population', 'personnes-immigrantes', 'jeunes-adultes', 'personnes-handicapees', 'proches-aidants'],
		weight: 3
	},
	autre: { required: null, favoured: ['population', 'jeunes-adultes', 'personnes-handicapees'], weight: 2 }
};

type Pool = { templates: DemoMeasureTemplate[]; draw: (random: Random) => DemoMeasureTemplate };

const POPULATION_THRESHOLDS = [...new Set(MEASURE_TEMPLATES.map((template) => template.minPopulation ?? 0))].sort((a, b) => a - b);
const pools = new Map<string, Pool>();

function poolFor(type: PolicyTypeSlug, population: number): Pool {
	const threshold = POPULATION_THRESHOLDS.filter((value) => value <= population).at(-1) ?? 0;
	const key = `${type}:${threshold}`;
	const cached = pools.get(key);
	if (cached) return cached;
	const focus = FOCUS[type];
	const templates = MEASURE_TEMPLATES.filter(
		(template) =>
			(!template.policyTypes || template.policyTypes.includes(type)) &&
			(template.minPopulation ?? 0) <= threshold &&
			(!focus.required || template.clienteles.some((clientele) => focus.required?.includes(clientele)))
	);
	const weight = (template: DemoMeasureTemplate) =>
		(template.clienteles.some((clientele) => focus.favoured.includes(clientele)) ? focus.weight : 1) *
		(template.policyTypes?.includes(type) ? 1.5 : 1);
	const pool = { templates, draw: weightedPicker(templates, weight) };
	pools.set(key, pool);
	return pool;
}

function sampleTemplates(pool: Pool, size: number, random: Random): DemoMeasureTemplate[] {
	const wanted = Math.min(size, pool.templates.length);
	const chosen = new Set<DemoMeasureTemplate>();
	for (let attempts = 0; chosen.size < wanted && attempts < wanted * 50; attempts++) chosen.add(pool.draw(random));
	return [...chosen];
}

const SPATIAL_THEMES: ThemeSlug[] = ['amenagement', 'transport', 'securite', 'loisir', 'environnement'];
const PHYSICAL_ACTION = /^(Aménager|Réaménager|Installer|Ajouter|Planter|Éclairer|Abaisser|Déneiger|Élargir|Remplacer|Améliorer|Verdir|Développer|Créer|Réduire|Animer|Entretenir|Implanter)\b/;
const FAMILY_SERVICE_THEMES: ThemeSlug[] = ['communautaire', 'services-garde', 'loisir', 'sante', 'education', 'culture'];
const LOCATED = / dans | près | au parc| aux parcs|quartier|village|secteur|territoire|centre-ville| au cœur/;
const PARTNERED = / avec | en partenariat| en collaboration|partenaires/;

function placeSuffixes(template: DemoMeasureTemplate, population: number): string[] {
	if (!template.themes.some((theme) => SPATIAL_THEMES.includes(theme)) || !PHYSICAL_ACTION.test(template.title) || LOCATED.test(template.title))
		return [];
	const parks = template.themes.some((theme) => theme === 'loisir' || theme === 'environnement') ? [' au parc municipal'] : [];
	if (population < 3_000) return [...parks, ' dans le secteur du village', ' dans le noyau villageois', ' dans les secteurs ruraux'];
	if (population < 30_000)
		return [...parks, ' dans les nouveaux quartiers', ' dans le centre-ville', ' dans le secteur est', ' dans le secteur ouest', ' près des écoles'];
	return [...parks, ' dans les quartiers centraux', ' dans les secteurs prioritaires', ' dans un quartier pilote', ' dans les quartiers en développement'];
}

function partnerSuffixes(template: DemoMeasureTemplate, plan: Plan): string[] {
	if (PARTNERED.test(template.title)) return [];
	const suffixes = [' en partenariat avec les organismes du milieu'];
	if (plan.place.population < 25_000) suffixes.push(' en collaboration avec la MRC');
	if (template.themes.includes('sante')) suffixes.push(' en collaboration avec le CISSS');
	if (template.themes.includes('education')) suffixes.push(' en collaboration avec le centre de services scolaire');
	if (
		template.clienteles.some((clientele) => clientele === 'familles' || clientele === 'petite-enfance') &&
		template.themes.some((theme) => FAMILY_SERVICE_THEMES.includes(theme))
	)
		suffixes.push(' avec la maison de la famille');
	if (template.clienteles.includes('aines') && (plan.policyType === 'mada' || plan.policyType === 'pfm-mada'))
		suffixes.push(' avec le comité de suivi MADA');
	return suffixes;
}

function varyTitle(template: DemoMeasureTemplate, plan: Plan, random: Random, suffixCount: number): string {
	if (suffixCount === 0) return template.title;
	const deadline = ` d’ici ${plan.planEndYear}`;
	const places = placeSuffixes(template, plan.place.population);
	const partners = partnerSuffixes(template, plan);
	const first = pick(random, [...places, ...partners, deadline]);
	if (suffixCount === 1 || first === deadline) return template.title + first;
	return template.title + first + pick(random, places.includes(first) ? [...partners, deadline] : [deadline]);
}

const RESPONSIBLE_BY_THEME: Partial<Record<ThemeSlug, string>> = {
	amenagement: 'le service de l’urbanisme',
	habitation: 'le service de l’urbanisme',
	transport: 'le service des travaux publics',
	loisir: 'le service des loisirs',
	culture: 'le service de la culture et de la bibliothèque',
	securite: 'le service de la sécurité publique',
	environnement: 'le service de l’environnement',
	communication: 'le service des communications',
	administration: 'la direction générale'
};

function responsibleService(template: DemoMeasureTemplate, population: number): string {
	if (population < 2_000) return 'la direction générale et le comité de suivi de la politique';
	return RESPONSIBLE_BY_THEME[template.themes[0]] ?? 'le service des loisirs et de la vie communautaire';
}

function varyDescription(template: DemoMeasureTemplate, plan: Plan, random: Random): string {
	const { name, population } = plan.place;
	const of = ofPlace(name);
	const sentences = [
		`${atPlace(name)}, la mesure est portée par ${responsibleService(template, population)}.`,
		`Cette action découle de la consultation menée auprès des citoyens ${of} en ${plan.adoptionYear - 1}.`,
		`Le conseil municipal ${of} y consacre un budget récurrent.`,
		`Échéance visée : ${plan.planEndYear}.`
	];
	if (template.clienteles.includes('aines') && (plan.policyType === 'mada' || plan.policyType === 'pfm-mada'))
		sentences.push(`Le comité de suivi MADA ${of} en évalue les retombées chaque année.`);
	if (plan.policyType === 'mae') sentences.push(`Cet engagement s’inscrit dans la reconnaissance Municipalité amie des enfants ${of}.`);
	if (template.clienteles.includes('familles') && plan.policyType !== 'mada')
		sentences.push(`Les familles ${of} avaient placé ce besoin parmi leurs priorités.`);
	return `${template.description} ${pick(random, sentences)}`;
}

function progressFor(plan: Plan, random: Random): MeasureProgress {
	if (plan.planEndYear < DEMO_REFERENCE_YEAR) return random() < 0.72 ? 'realisee' : 'continue';
	const elapsed = (DEMO_REFERENCE_YEAR - plan.planStartYear + 0.5) / (plan.planEndYear - plan.planStartYear + 1);
	const draw = random();
	const planned = 0.55 * (1 - elapsed);
	const done = 0.45 * elapsed;
	if (draw < planned) return 'prevue';
	if (draw < planned + done) return 'realisee';
	if (draw < planned + done + 0.12) return 'continue';
	return 'en-cours';
}

function createPlan(place: DemoPlace, random: Random, usedKeys: Set<string>): Plan {
	const policyType = pickPolicyType(random)[0];
	let adoptionYear = randomInt(random, DEMO_FIRST_ADOPTION_YEAR, DEMO_LAST_ADOPTION_YEAR);
	for (let attempt = 0; attempt < 5 && usedKeys.has(`${place.code}:${policyType}:${adoptionYear}`); attempt++)
		adoptionYear = randomInt(random, DEMO_FIRST_ADOPTION_YEAR, DEMO_LAST_ADOPTION_YEAR);
	usedKeys.add(`${place.code}:${policyType}:${adoptionYear}`);
	const duration = pick(random, [3, 3, 3, 4, 5]);
	const planEndYear = adoptionYear + duration - 1;
	let title = policyTitle(policyType, place, random);
	if (random() < 0.3) title += ` ${adoptionYear}-${planEndYear}`;
	return { place, policyType, policyTitle: title, adoptionYear, planStartYear: adoptionYear, planEndYear };
}

const placeWeight = (place: DemoPlace) => 1 + 2 * Math.log10(1 + Math.max(place.population, 0) / 250);

type Options = { titleVariationRate: number; doubleSuffixRate: number; descriptionVariationRate: number };

const DEMO_OPTIONS: Options = { titleVariationRate: 0.35, doubleSuffixRate: 0, descriptionVariationRate: 0.5 };
const SYNTHETIC_OPTIONS: Options = { titleVariationRate: 0.7, doubleSuffixRate: 0.3, descriptionVariationRate: 0.8 };

/**
 * Plans are drawn one after the other; the first ones go round the regions so that a list spanning
 * every region gets measures in each as soon as there are as many plans as regions.
 */
function* iterateMeasures(places: readonly DemoPlace[], count: number, seed: number, options: Options): Generator<DemoMeasure> {
	if (count <= 0 || places.length === 0) return;
	const random = mulberry32(seed);
	const pickPlace = weightedPicker(places, placeWeight);
	const byRegion = new Map<string, DemoPlace[]>();
	for (const place of places) {
		const regionPlaces = byRegion.get(place.regionCode);
		if (regionPlaces) regionPlaces.push(place);
		else byRegion.set(place.regionCode, [place]);
	}
	const regionPickers = [...byRegion.keys()].sort().map((code) => weightedPicker(byRegion.get(code) ?? [], placeWeight));
	const usedKeys = new Set<string>();
	let produced = 0;
	for (let planIndex = 0; produced < count; planIndex++) {
		const place = planIndex < regionPickers.length ? regionPickers[planIndex](random) : pickPlace(random);
		const plan = createPlan(place, random, usedKeys);
		const remaining = count - produced;
		const wanted = randomInt(random, DEMO_MEASURES_PER_PLAN.min, DEMO_MEASURES_PER_PLAN.max);
		const size = remaining <= DEMO_MEASURES_PER_PLAN.max ? remaining : Math.min(wanted, remaining - DEMO_MEASURES_PER_PLAN.min);
		for (const template of sampleTemplates(poolFor(plan.policyType, place.population), size, random)) {
			const suffixes = random() < options.titleVariationRate ? (random() < options.doubleSuffixRate ? 2 : 1) : 0;
			yield {
				title: varyTitle(template, plan, random, suffixes),
				description: random() < options.descriptionVariationRate ? varyDescription(template, plan, random) : template.description,
				themes: [...template.themes],
				clienteles: [...template.clienteles],
				policyType: plan.policyType,
				policyTitle: plan.policyTitle,
				adoptionYear: plan.adoptionYear,
				planStartYear: plan.planStartYear,
				planEndYear: plan.planEndYear,
				progress: progressFor(plan, random),
				municipalityCode: place.code
			};
			produced++;
		}
	}
}

/** The measures of the demonstration bank: plans of 6 to 20 measures spread over the given places. */
export function generateDemoMeasures(places: DemoPlace[], count: number, seed = 1): DemoMeasure[] {
	return [...iterateMeasures(places, count, seed, DEMO_OPTIONS)];
}

/** Many measures for volume tests, one at a time, with more varied titles than the demonstration. */
export function* iterateSyntheticMeasures(places: DemoPlace[], count: number, seed = 7): Generator<DemoMeasure> {
	yield* iterateMeasures(places, count, seed, SYNTHETIC_OPTIONS);
}

export function generateSyntheticMeasures(places: DemoPlace[], count: number, seed = 7): DemoMeasure[] {
	return [...iterateSyntheticMeasures(places, count, seed)];
}
