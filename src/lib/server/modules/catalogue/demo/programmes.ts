import type { ClienteleSlug, PolicyTypeSlug, ThemeSlug } from '../taxonomy-seed';
import type { DemoAmountTier, DemoProgramme } from './types';

/** Call windows relative to the loading day: [opensInDays, closesInDays]. */
type Window = [opensInDays: number | null, closesInDays: number | null];

const OPEN: Window = [-30, 45];
const OPEN_LATE: Window = [-60, 90];
const OPEN_RECENT: Window = [-10, 60];
const CLOSING_SOON: Window = [-75, 7];
const CLOSING_VERY_SOON: Window = [-90, 3];
const CLOSED: Window = [-120, -20];
const CLOSED_LONG_AGO: Window = [-240, -90];
const NOT_YET_OPEN: Window = [20, 80];
const OPENS_LATER: Window = [60, 120];
const ROLLING: Window = [-365, null];
const PERMANENT: Window = [null, null];

function tiers(...rows: [minPopulation: number, maxPopulation: number | null, amount: number][]): DemoAmountTier[] {
	return rows.map(([minPopulation, maxPopulation, amount]) => ({ minPopulation, maxPopulation, amount }));
}

type Details = {
	funder: string;
	description: string;
	objectives: string;
	eligibleApplicants: string;
	amounts: string;
	amountTiers?: DemoAmountTier[];
	themes: ThemeSlug[];
	clienteles: ClienteleSlug[];
	policyType?: PolicyTypeSlug;
	window: Window;
	year?: number;
};

function programme(title: string, details: Details): DemoProgramme {
	return {
		title,
		funder: details.funder,
		description: details.description,
		objectives: details.objectives,
		eligibleApplicants: details.eligibleApplicants,
		amounts: details.amounts,
		amountTiers: details.amountTiers ?? [],
		themes: details.themes,
		clienteles: details.clienteles,
		policyType: details.policyType ?? null,
		opensInDays: details.window[0],
		closesInDays: details.window[1],
		guideUrl: null,
		formUrl: null,
		year: details.year ?? 2025
	};
}

const FAMILLE = 'Ministère de la Famille';
const AINES = 'Ministère de la Santé et des Services sociaux – Secrétariat aux aînés';
const MAMH = 'Ministère des Affaires municipales et de l’Habitation';
const EDUCATION = 'Ministère de l’Éducation – Direction du loisir et du sport';
const TRANSPORTS = 'Ministère des Transports et de la Mobilité durable';
const IMMIGRATION = 'Ministère de l’Immigration, de la Francisation et de l’Intégration';
const CULTURE = 'Ministère de la Culture et des Communications';
const SECURITE = 'Ministère de la Sécurité publique';
const SHQ = 'Société d’habitation du Québec';
const EDSC = 'Emploi et Développement social Canada';
const ESPACE_MUNI = 'Espace MUNI';

/**
 * Demonstration funding programmes: modelled on the kinds of programmes municipalities use,
 * with invented amounts and dates. Not to be read as the funders’ actual terms.
 */
export const DEMO_PROGRAMMES: DemoProgramme[] = [
	programme('Programme de soutien aux politiques familiales municipales', {
		funder: FAMILLE,
		description: 'Aide financière et accompagnement technique pour élaborer ou mettre à jour une politique familiale municipale et son plan d’action, seule ou dans une démarche intégrée avec la démarche MADA.',
		objectives: 'Augmenter le nombre de municipalités et de MRC dotées d’une politique familiale à jour; favoriser la consultation des familles et la mise en place d’un comité de pilotage présidé par l’élu responsable des questions familiales.',
		eligibleApplicants: 'Municipalités locales, MRC et communautés autochtones, seules ou regroupées, qui s’engagent par résolution du conseil.',
		amounts: 'Montant établi selon la population, incluant des heures d’accompagnement par une personne-ressource. Contribution municipale exigée pour les municipalités de plus de 10 000 habitants.',
		amountTiers: tiers([0, 2_499, 8_000], [2_500, 9_999, 12_000], [10_000, 49_999, 18_000], [50_000, null, 24_000]),
		themes: ['administration', 'participation'],
		clienteles: ['familles'],
		policyType: 'pfm',
		window: OPEN
	}),
	programme('Programme de soutien à la démarche Municipalité amie des aînés – volet 1', {
		funder: AINES,
		description: 'Soutien financier et technique pour réaliser ou mettre à jour une politique des aînés et un plan d’action d’au moins trois ans selon la démarche MADA.',
		objectives: 'Adapter les politiques, services et structures municipales au vieillissement de la population; réaliser un diagnostic du milieu et consulter les aînés.',
		eligibleApplicants: 'Municipalités, MRC et communautés autochtones qui désignent un élu responsable du dossier aînés et forment un comité de pilotage.',
		amounts: 'Aide variant selon la taille de la municipalité; soutien technique offert par un organisme accompagnateur.',
		amountTiers: tiers([0, 2_999, 10_000], [3_000, 9_999, 15_000], [10_000, 49_999, 20_000], [50_000, null, 25_000]),
		themes: ['administration', 'participation'],
		clienteles: ['aines'],
		policyType: 'mada',
		window: CLOSING_SOON
	}),
	programme('Programme de soutien à la démarche Municipalité amie des aînés – volet 2 : mise en œuvre', {
		funder: AINES,
		description: 'Financement de projets issus d’un plan d’action MADA adopté, notamment pour la coordination, la concertation et la réalisation d’actions concrètes auprès des aînés.',
		objectives: 'Accélérer la réalisation des plans d’action MADA et soutenir la concertation des partenaires locaux.',
		eligibleApplicants: 'Municipalités et MRC reconnues MADA dont le plan d’action est en vigueur.',
		amounts: 'Jusqu’à 50 % des dépenses admissibles, selon la population.',
		amountTiers: tiers([0, 4_999, 15_000], [5_000, 24_999, 25_000], [25_000, null, 40_000]),
		themes: ['communautaire', 'administration'],
		clienteles: ['aines'],
		policyType: 'mada',
		window: NOT_YET_OPEN
	}),
	programme('Programme d’infrastructures Municipalité amie des aînés', {
		funder: MAMH,
		description: 'Aide aux petits projets d’infrastructures qui améliorent la qualité de vie des aînés : rampes, bancs, abris, sentiers accessibles, salles communautaires adaptées.',
		objectives: 'Adapter les infrastructures municipales aux besoins des aînés et favoriser leur participation à la vie sociale.',
		eligibleApplicants: 'Municipalités et MRC ayant adopté une politique MADA ou PFM-MADA.',
		amounts: 'Jusqu’à 80 % des coûts admissibles, maximum 100 000 $ par projet.',
		themes: ['amenagement', 'inclusion'],
		clienteles: ['aines', 'personnes-handicapees'],
		policyType: 'mada',
		window: CLOSED
	}),
	programme('Programme de soutien financier aux haltes-garderies communautaires', {
		funder: FAMILLE,
		description: 'Soutien au fonctionnement des haltes-garderies communautaires qui offrent un service de garde occasionnel et du répit aux parents.',
		objectives: 'Offrir du répit aux parents et favoriser le développement des tout-petits qui ne fréquentent pas un service de garde régulier.',
		eligibleApplicants: 'Organismes communautaires famille; les municipalités peuvent appuyer la demande par un prêt de locaux.',
		amounts: 'Subvention annuelle de fonctionnement établie selon les heures d’ouverture.',
		themes: ['services-garde', 'communautaire'],
		clienteles: ['petite-enfance', 'familles'],
		policyType: 'pfm',
		window: OPEN_LATE
	}),
	programme('Programme de soutien aux projets de garde pendant la relâche et l’été', {
		funder: FAMILLE,
		description: 'Aide pour offrir des services de garde pendant la semaine de relâche et la période estivale aux enfants d’âge scolaire, y compris ceux qui ont des besoins particuliers.',
		objectives: 'Faciliter la conciliation famille-travail durant les congés scolaires et prolonger les heures des camps de jour.',
		eligibleApplicants: 'Municipalités, organismes à but non lucratif et établissements scolaires.',
		amounts: 'Jusqu’à 30 000 $ par projet selon le nombre d’enfants accueillis.',
		amountTiers: tiers([0, 4_999, 10_000], [5_000, 19_999, 20_000], [20_000, null, 30_000]),
		themes: ['services-garde', 'loisir'],
		clienteles: ['enfants', 'familles'],
		policyType: 'pfm',
		window: CLOSING_VERY_SOON
	}),
	programme('Programme de soutien en matière de conciliation famille-travail', {
		funder: FAMILLE,
		description: 'Aide aux employeurs, dont les municipalités, qui implantent des mesures de conciliation famille-travail pour leur personnel.',
		objectives: 'Favoriser l’adoption de mesures comme l’horaire variable, le télétravail et les congés pour obligations familiales.',
		eligibleApplicants: 'Employeurs publics et privés, incluant les municipalités et les MRC.',
		amounts: 'Jusqu’à 50 % des dépenses admissibles, maximum 25 000 $.',
		themes: ['administration'],
		clienteles: ['familles', 'proches-aidants'],
		window: OPEN_RECENT
	}),
	programme('Appel de projets pour la création de places en services de garde éducatifs', {
		funder: FAMILLE,
		description: 'Appel de projets pour créer de nouvelles places subventionnées dans les territoires où les besoins ne sont pas comblés. Les municipalités peuvent contribuer en offrant un terrain ou un bâtiment.',
		objectives: 'Réduire le nombre d’enfants en attente d’une place et répondre aux besoins des milieux ruraux.',
		eligibleApplicants: 'Centres de la petite enfance et garderies; appui municipal encouragé.',
		amounts: 'Financement des immobilisations et du fonctionnement selon le nombre de places.',
		themes: ['services-garde'],
		clienteles: ['petite-enfance', 'familles'],
		policyType: 'pfm',
		window: CLOSED
	}),
	programme('Soutien aux initiatives locales en petite enfance', {
		funder: FAMILLE,
		description: 'Financement de projets concertés qui favorisent le développement global des tout-petits et le soutien aux parents dans une communauté.',
		objectives: 'Favoriser l’éveil à la lecture, la stimulation du langage et l’accès des familles vulnérables aux services.',
		eligibleApplicants: 'Regroupements locaux de partenaires, organismes communautaires et municipalités.',
		amounts: 'Jusqu’à 40 000 $ par année pour des projets de deux ans.',
		amountTiers: tiers([0, 9_999, 20_000], [10_000, 49_999, 30_000], [50_000, null, 40_000]),
		themes: ['services-garde', 'education', 'communautaire'],
		clienteles: ['petite-enfance', 'familles'],
		policyType: 'pfm',
		window: NOT_YET_OPEN
	}),
	programme('Nouveaux Horizons pour les aînés – projets communautaires', {
		funder: EDSC,
		description: 'Financement de projets menés ou inspirés par des aînés qui favorisent leur participation sociale, le bénévolat et la lutte contre l’isolement.',
		objectives: 'Encourager le mentorat et le bénévolat des aînés, prévenir la maltraitance, favoriser l’inclusion sociale et la participation des aînés.',
		eligibleApplicants: 'Organismes à but non lucratif, municipalités, organismes autochtones et établissements publics.',
		amounts: 'Jusqu’à 25 000 $ par projet d’une durée maximale d’un an.',
		themes: ['inclusion', 'communautaire'],
		clienteles: ['aines'],
		window: CLOSED_LONG_AGO
	}),
	programme('Fonds pour l’accessibilité – projets de petite envergure', {
		funder: EDSC,
		description: 'Aide pour rendre les bâtiments et les espaces communautaires plus accessibles aux personnes en situation de handicap : rampes, portes automatiques, toilettes adaptées.',
		objectives: 'Améliorer l’accessibilité des lieux où les personnes handicapées travaillent, se divertissent ou reçoivent des services.',
		eligibleApplicants: 'Organismes à but non lucratif, municipalités, petites entreprises.',
		amounts: 'Jusqu’à 100 000 $ par projet, couvrant une partie des coûts admissibles.',
		themes: ['amenagement', 'inclusion'],
		clienteles: ['personnes-handicapees', 'aines'],
		window: OPENS_LATER
	}),
	programme('Emplois d’été Canada', {
		funder: EDSC,
		description: 'Subventions salariales aux employeurs qui créent des emplois d’été de qualité pour les jeunes de 15 à 30 ans, notamment dans les camps de jour et les services municipaux.',
		objectives: 'Offrir aux jeunes une première expérience de travail et développer leurs compétences.',
		eligibleApplicants: 'Organismes à but non lucratif, employeurs du secteur public dont les municipalités, petites entreprises.',
		amounts: 'Contribution à une partie du salaire selon le type d’employeur.',
		themes: ['education', 'administration', 'loisir'],
		clienteles: ['jeunes-adultes', 'adolescents'],
		window: CLOSED,
		year: 2026
	}),
	programme('Programme d’aide financière aux infrastructures récréatives, sportives et de plein air', {
		funder: EDUCATION,
		description: 'Aide à la construction, à la rénovation et à la mise aux normes d’installations récréatives et sportives : patinoires, piscines, terrains sportifs, sentiers.',
		objectives: 'Augmenter l’accès de la population à des installations sécuritaires et accessibles pour pratiquer une activité physique.',
		eligibleApplicants: 'Municipalités, MRC, organismes à but non lucratif et communautés autochtones.',
		amounts: 'Jusqu’à 50 % des coûts admissibles; taux bonifié pour les petites municipalités.',
		amountTiers: tiers([0, 4_999, 500_000], [5_000, 24_999, 1_000_000], [25_000, null, 2_000_000]),
		themes: ['loisir', 'sante', 'amenagement'],
		clienteles: ['population'],
		window: NOT_YET_OPEN
	}),
	programme('Programme d’assistance financière au loisir des personnes handicapées', {
		funder: EDUCATION,
		description: 'Soutien à l’accompagnement des personnes handicapées en loisir, notamment dans les camps de jour municipaux, et aux organismes en loisir adapté.',
		objectives: 'Favoriser la participation des personnes handicapées aux activités de loisir avec le soutien d’un accompagnateur.',
		eligibleApplicants: 'Municipalités, organismes de loisir et camps de jour, par l’entremise de l’instance régionale en loisir.',
		amounts: 'Montant par participant accompagné, selon le nombre d’heures d’accompagnement.',
		themes: ['loisir', 'inclusion'],
		clienteles: ['personnes-handicapees', 'enfants'],
		window: CLOSING_SOON
	}),
	programme('Programme de soutien aux activités physiques et de plein air des jeunes', {
		funder: EDUCATION,
		description: 'Aide aux projets qui augmentent la pratique d’activités physiques et de plein air chez les enfants et les adolescents, dans les écoles et les municipalités.',
		objectives: 'Favoriser un mode de vie physiquement actif dès l’enfance et améliorer l’accès au plein air.',
		eligibleApplicants: 'Municipalités, organismes à but non lucratif, établissements scolaires.',
		amounts: 'Jusqu’à 15 000 $ par projet.',
		amountTiers: tiers([0, 4_999, 7_500], [5_000, null, 15_000]),
		themes: ['loisir', 'sante'],
		clienteles: ['enfants', 'adolescents'],
		policyType: 'mae',
		window: OPEN
	}),
	programme('Programme d’aide financière au développement des transports actifs', {
		funder: TRANSPORTS,
		description: 'Aide à la réalisation d’aménagements cyclables et piétonniers sécuritaires dans les périmètres urbains, notamment vers les écoles et les services.',
		objectives: 'Augmenter la part des déplacements à pied et à vélo et améliorer la sécurité des usagers vulnérables.',
		eligibleApplicants: 'Municipalités, MRC et communautés autochtones.',
		amounts: 'Jusqu’à 50 % des coûts admissibles, bonifiés pour les projets près des écoles.',
		amountTiers: tiers([0, 9_999, 150_000], [10_000, 99_999, 500_000], [100_000, null, 1_000_000]),
		themes: ['transport', 'securite', 'amenagement'],
		clienteles: ['population', 'enfants'],
		window: OPEN_LATE
	}),
	programme('Programme de subvention au transport adapté', {
		funder: TRANSPORTS,
		description: 'Contribution au financement des services de transport adapté offerts aux personnes handicapées admissibles.',
		objectives: 'Assurer aux personnes handicapées un accès au transport pour leurs activités quotidiennes.',
		eligibleApplicants: 'Municipalités, MRC et organismes publics de transport qui organisent un service de transport adapté.',
		amounts: 'Contribution annuelle selon les déplacements effectués et la contribution municipale.',
		amountTiers: tiers([0, 9_999, 40_000], [10_000, 49_999, 150_000], [50_000, null, 600_000]),
		themes: ['transport', 'inclusion'],
		clienteles: ['personnes-handicapees'],
		window: PERMANENT
	}),
	programme('Programme d’aide au développement du transport collectif régional', {
		funder: TRANSPORTS,
		description: 'Soutien aux MRC et aux municipalités qui organisent du transport collectif en milieu rural : taxibus, transport à la demande, navettes.',
		objectives: 'Offrir une solution de mobilité aux personnes sans voiture en région, notamment les aînés et les jeunes.',
		eligibleApplicants: 'MRC, municipalités et régies intermunicipales.',
		amounts: 'Contribution pouvant atteindre le double de la contribution locale, selon le nombre de déplacements.',
		amountTiers: tiers([0, 19_999, 100_000], [20_000, null, 200_000]),
		themes: ['transport'],
		clienteles: ['population', 'aines', 'jeunes-adultes'],
		window: ROLLING
	}),
	programme('Programme d’aide financière du Fonds de la sécurité routière', {
		funder: TRANSPORTS,
		description: 'Aide aux projets qui améliorent la sécurité routière, notamment dans les zones scolaires et aux abords des parcs.',
		objectives: 'Réduire le nombre de collisions et protéger les usagers vulnérables : piétons, cyclistes, enfants et aînés.',
		eligibleApplicants: 'Municipalités, MRC et organismes à but non lucratif.',
		amounts: 'Jusqu’à 90 % des coûts admissibles pour les petits projets.',
		amountTiers: tiers([0, 4_999, 50_000], [5_000, 49_999, 150_000], [50_000, null, 300_000]),
		themes: ['securite', 'transport'],
		clienteles: ['enfants', 'aines', 'population'],
		window: CLOSED
	}),
	programme('Programme d’appui aux collectivités', {
		funder: IMMIGRATION,
		description: 'Entente de financement avec les municipalités pour un plan d’action en accueil et intégration des personnes immigrantes.',
		objectives: 'Favoriser l’établissement durable des personnes immigrantes et le rapprochement interculturel.',
		eligibleApplicants: 'Municipalités et MRC.',
		amounts: 'Contribution équivalente à celle de la municipalité, selon le plan d’action.',
		amountTiers: tiers([0, 9_999, 25_000], [10_000, 49_999, 75_000], [50_000, null, 150_000]),
		themes: ['immigration', 'inclusion'],
		clienteles: ['personnes-immigrantes'],
		policyType: 'developpement-social',
		window: ROLLING
	}),
	programme('Programme Mobilisation-Diversité', {
		funder: IMMIGRATION,
		description: 'Soutien aux projets qui mobilisent les milieux pour l’accueil et la pleine participation des personnes immigrantes.',
		objectives: 'Encourager le rapprochement interculturel et la lutte contre la discrimination.',
		eligibleApplicants: 'Municipalités, organismes à but non lucratif.',
		amounts: 'Jusqu’à 50 000 $ par projet.',
		amountTiers: tiers([0, 24_999, 25_000], [25_000, null, 50_000]),
		themes: ['immigration', 'inclusion', 'participation'],
		clienteles: ['personnes-immigrantes', 'population'],
		window: OPEN_RECENT
	}),
	programme('Soutien à l’accueil des travailleurs étrangers temporaires en région', {
		funder: IMMIGRATION,
		description: 'Aide aux projets qui facilitent l’accueil et l’intégration des travailleurs étrangers temporaires et de leur famille.',
		objectives: 'Faciliter l’installation des travailleurs, leur accès au logement et aux services, et leur participation à la vie locale.',
		eligibleApplicants: 'Municipalités, MRC, organismes d’accueil, en partenariat avec les employeurs.',
		amounts: 'Jusqu’à 30 000 $ par projet.',
		amountTiers: tiers([0, 4_999, 15_000], [5_000, null, 30_000]),
		themes: ['immigration', 'habitation'],
		clienteles: ['personnes-immigrantes', 'jeunes-adultes'],
		window: NOT_YET_OPEN
	}),
	programme('Fonds régions et ruralité – volet 2 : soutien aux projets structurants', {
		funder: 'MRC (Fonds régions et ruralité)',
		description: 'Chaque MRC gère une enveloppe pour financer des projets locaux qui améliorent les milieux de vie, selon sa politique de soutien aux projets structurants.',
		objectives: 'Soutenir la vitalité des communautés : loisirs, culture, services de proximité, projets familles et aînés.',
		eligibleApplicants: 'Municipalités locales, organismes à but non lucratif et coopératives du territoire de la MRC.',
		amounts: 'Variable selon la MRC; souvent jusqu’à 50 % du projet.',
		themes: ['communautaire', 'amenagement', 'loisir'],
		clienteles: ['population'],
		window: PERMANENT
	}),
	programme('Fonds régions et ruralité – volet 4 : vitalisation', {
		funder: MAMH,
		description: 'Soutien aux MRC et aux municipalités dont l’indice de vitalité économique est faible, pour des projets de revitalisation.',
		objectives: 'Freiner la dévitalisation et attirer de nouvelles familles.',
		eligibleApplicants: 'MRC et municipalités signataires d’une entente de vitalisation.',
		amounts: 'Enveloppe pluriannuelle par territoire.',
		themes: ['amenagement', 'habitation', 'communautaire'],
		clienteles: ['population', 'familles'],
		window: PERMANENT
	}),
	programme('Fonds de soutien aux projets familles et aînés de la MRC', {
		funder: 'MRC (Fonds régions et ruralité)',
		description: 'Enveloppe réservée par certaines MRC aux actions des politiques familles et aînés de leurs municipalités.',
		objectives: 'Soutenir la réalisation des plans d’action PFM et MADA dans les petites municipalités.',
		eligibleApplicants: 'Municipalités locales de la MRC dotées d’une politique familiale ou MADA.',
		amounts: 'Montant établi selon la population.',
		amountTiers: tiers([0, 999, 3_000], [1_000, 2_999, 5_000], [3_000, null, 7_500]),
		themes: ['communautaire', 'administration'],
		clienteles: ['familles', 'aines'],
		policyType: 'pfm-mada',
		window: OPEN
	}),
	programme('Programme d’habitation abordable', {
		funder: SHQ,
		description: 'Aide à la construction de logements abordables pour les familles, les aînés et les personnes seules, avec une contribution municipale.',
		objectives: 'Augmenter l’offre de logements abordables et de qualité.',
		eligibleApplicants: 'Organismes à but non lucratif, coopératives, offices d’habitation et promoteurs privés, avec l’appui de la municipalité.',
		amounts: 'Subvention par logement selon la région et la taille du logement.',
		themes: ['habitation'],
		clienteles: ['familles', 'aines', 'population'],
		window: CLOSED,
		year: 2024
	}),
	programme('Programme d’adaptation de domicile', {
		funder: SHQ,
		description: 'Aide pour adapter le domicile d’une personne handicapée ou d’un aîné ayant des limitations, administrée localement par la municipalité ou la MRC.',
		objectives: 'Permettre aux personnes ayant des limitations de demeurer à domicile.',
		eligibleApplicants: 'Propriétaires et locataires, par l’entremise de la municipalité ou de la MRC mandataire.',
		amounts: 'Aide selon les travaux admissibles et le revenu du ménage.',
		themes: ['habitation', 'inclusion'],
		clienteles: ['personnes-handicapees', 'aines'],
		window: PERMANENT
	}),
	programme('Programme RénoRégion', {
		funder: SHQ,
		description: 'Aide aux propriétaires à revenu modeste en milieu rural pour corriger des défectuosités majeures de leur résidence.',
		objectives: 'Maintenir des logements sains et sécuritaires en région.',
		eligibleApplicants: 'Propriétaires occupants à revenu modeste, par l’entremise de la MRC.',
		amounts: 'Jusqu’à 95 % des travaux admissibles selon le revenu, avec un plafond.',
		themes: ['habitation'],
		clienteles: ['familles', 'aines'],
		window: ROLLING
	}),
	programme('Programme de supplément au loyer', {
		funder: SHQ,
		description: 'Aide qui permet aux ménages à faible revenu de payer un loyer équivalent à 25 % de leur revenu, avec une participation municipale.',
		objectives: 'Réduire le fardeau du loyer des ménages à faible revenu.',
		eligibleApplicants: 'Offices d’habitation et organismes, avec la participation de la municipalité.',
		amounts: 'Partage des coûts entre la SHQ et la municipalité.',
		themes: ['habitation'],
		clienteles: ['familles', 'aines'],
		window: PERMANENT
	}),
	programme('Fonds pour accélérer la construction de logements', {
		funder: 'Société canadienne d’hypothèques et de logement',
		description: 'Aide aux municipalités qui modifient leur réglementation et leurs processus pour accélérer la construction de logements, notamment les logements accessoires.',
		objectives: 'Augmenter l’offre de logements, y compris les logements intergénérationnels et les unités d’habitation accessoires.',
		eligibleApplicants: 'Municipalités et MRC.',
		amounts: 'Montant établi selon le nombre de logements supplémentaires prévus.',
		themes: ['habitation', 'amenagement'],
		clienteles: ['population', 'familles'],
		window: CLOSED_LONG_AGO,
		year: 2024
	}),
	programme('Voisins solidaires – soutien financier aux municipalités et aux MRC', {
		funder: ESPACE_MUNI,
		description: 'Appel de projets pour renforcer les relations de bon voisinage et les liens intergénérationnels, avec des projets conçus avec les citoyens et les organismes locaux.',
		objectives: 'Favoriser le bon voisinage; agir sur l’environnement social et physique; repérer et soutenir des citoyennes et citoyens connecteurs.',
		eligibleApplicants: 'Municipalités et MRC membres ou non membres d’Espace MUNI.',
		amounts: 'Montant maximal selon la population; les MRC reçoivent un montant de base et un montant par municipalité participante.',
		amountTiers: tiers([0, 4_999, 10_000], [5_000, null, 7_500]),
		themes: ['communautaire', 'participation', 'inclusion'],
		clienteles: ['population', 'aines'],
		window: OPEN
	}),
	programme('Fête du voisinage – inscription des municipalités ambassadrices', {
		funder: ESPACE_MUNI,
		description: 'Les municipalités et les MRC s’inscrivent comme ambassadrices ou organisatrices de la Fête du voisinage et reçoivent des outils de promotion pour mobiliser leurs citoyens.',
		objectives: 'Multiplier les fêtes de voisins au début de juin et créer des liens entre voisins de tous âges.',
		eligibleApplicants: 'Municipalités, MRC, organismes et citoyens.',
		amounts: 'Trousse promotionnelle et outils d’organisation fournis; aucune aide financière directe.',
		themes: ['communautaire', 'participation'],
		clienteles: ['population', 'familles'],
		window: CLOSING_SOON
	}),
	programme('Reconnaissance Municipalité amie des enfants – cohorte d’automne', {
		funder: 'Espace MUNI et UNICEF Canada',
		description: 'Appel de manifestations d’intérêt pour obtenir la reconnaissance Municipalité amie des enfants : résolution du conseil, lettre de motivation, puis dépôt d’un dossier d’engagements.',
		objectives: 'Amener les municipalités à penser et agir enfant dans leurs décisions, pour une période de reconnaissance de trois ans.',
		eligibleApplicants: 'Municipalités, arrondissements et MRC ayant des orientations enfance ou famille dans un document stratégique.',
		amounts: 'Accompagnement et reconnaissance; aucune aide financière.',
		themes: ['participation', 'administration'],
		clienteles: ['enfants', 'adolescents', 'familles'],
		policyType: 'mae',
		window: NOT_YET_OPEN
	}),
	programme('Reconnaissance Municipalité amie des enfants – cohorte de printemps', {
		funder: 'Espace MUNI et UNICEF Canada',
		description: 'Second appel annuel de la reconnaissance Municipalité amie des enfants, pour une première demande ou un renouvellement.',
		objectives: 'Soutenir les municipalités dans la mise en œuvre d’engagements concrets pour les enfants de 0 à 17 ans.',
		eligibleApplicants: 'Municipalités, arrondissements et MRC.',
		amounts: 'Accompagnement et reconnaissance; aucune aide financière.',
		themes: ['participation', 'administration'],
		clienteles: ['enfants', 'adolescents'],
		policyType: 'mae',
		window: CLOSED
	}),
	programme('Programme Québec ami des aînés', {
		funder: AINES,
		description: 'Financement de projets qui favorisent le vieillissement actif, la participation sociale et la lutte contre l’isolement des aînés.',
		objectives: 'Permettre aux aînés de rester en santé et de participer à leur communauté.',
		eligibleApplicants: 'Organismes à but non lucratif; les municipalités peuvent être partenaires des projets.',
		amounts: 'Jusqu’à 75 000 $ par année pour une durée maximale de trois ans.',
		themes: ['inclusion', 'sante', 'communautaire'],
		clienteles: ['aines'],
		policyType: 'mada',
		window: OPENS_LATER
	}),
	programme('Initiatives de travail de milieu auprès des aînés en situation de vulnérabilité', {
		funder: AINES,
		description: 'Soutien à l’embauche de travailleurs de milieu qui repèrent les aînés vulnérables et les orientent vers les ressources.',
		objectives: 'Rejoindre les aînés isolés et prévenir la détérioration de leurs conditions de vie.',
		eligibleApplicants: 'Organismes communautaires œuvrant auprès des aînés.',
		amounts: 'Financement d’un poste de travailleur de milieu sur plusieurs années.',
		themes: ['sante', 'communautaire', 'inclusion'],
		clienteles: ['aines'],
		window: PERMANENT
	}),
	programme('Soutien aux projets de lutte contre la maltraitance envers les aînés', {
		funder: AINES,
		description: 'Aide aux projets de sensibilisation et de prévention de la maltraitance, y compris la maltraitance financière.',
		objectives: 'Faire connaître les signes de maltraitance et les ressources d’aide.',
		eligibleApplicants: 'Municipalités, organismes à but non lucratif et établissements.',
		amounts: 'Jusqu’à 20 000 $ par projet.',
		amountTiers: tiers([0, 9_999, 10_000], [10_000, null, 20_000]),
		themes: ['securite', 'communication'],
		clienteles: ['aines'],
		window: CLOSING_VERY_SOON
	}),
	programme('Appel de projets régional pour le soutien aux proches aidants', {
		funder: 'L’Appui pour les proches aidants',
		description: 'Financement de services de répit, d’information, de formation et de soutien psychosocial pour les proches aidants d’aînés.',
		objectives: 'Prévenir l’épuisement des proches aidants et améliorer leur qualité de vie.',
		eligibleApplicants: 'Organismes à but non lucratif; partenariats municipaux encouragés.',
		amounts: 'Variable selon l’enveloppe régionale.',
		themes: ['sante', 'communautaire'],
		clienteles: ['proches-aidants', 'aines'],
		window: OPEN_RECENT
	}),
	programme('Programme d’aide aux projets en développement des collections des bibliothèques publiques', {
		funder: CULTURE,
		description: 'Aide à l’achat de livres et de documents pour les bibliothèques publiques autonomes.',
		objectives: 'Enrichir et diversifier les collections, y compris pour les tout-petits, les aînés et les nouveaux arrivants.',
		eligibleApplicants: 'Municipalités qui offrent une bibliothèque publique autonome.',
		amounts: 'Aide établie selon la population desservie et les dépenses municipales.',
		amountTiers: tiers([0, 4_999, 20_000], [5_000, 49_999, 60_000], [50_000, null, 150_000]),
		themes: ['culture', 'education'],
		clienteles: ['population'],
		window: CLOSING_SOON
	}),
	programme('Entente de développement culturel', {
		funder: CULTURE,
		description: 'Entente pluriannuelle entre le ministère et la municipalité pour réaliser des projets culturels : médiation, patrimoine, bibliothèque.',
		objectives: 'Soutenir l’accès à la culture et la mise en valeur du patrimoine local.',
		eligibleApplicants: 'Municipalités et MRC dotées d’une politique culturelle.',
		amounts: 'Contribution égale à celle de la municipalité.',
		amountTiers: tiers([0, 9_999, 10_000], [10_000, 49_999, 50_000], [50_000, null, 150_000]),
		themes: ['culture'],
		clienteles: ['population'],
		window: PERMANENT
	}),
	programme('Programme de soutien aux municipalités en prévention de la criminalité', {
		funder: SECURITE,
		description: 'Aide aux municipalités qui mettent en place des actions de prévention auprès des jeunes et des milieux vulnérables.',
		objectives: 'Prévenir la délinquance, l’exploitation sexuelle et la violence chez les jeunes.',
		eligibleApplicants: 'Municipalités et MRC, en partenariat avec des organismes.',
		amounts: 'Jusqu’à 50 % du projet.',
		amountTiers: tiers([0, 19_999, 40_000], [20_000, 99_999, 100_000], [100_000, null, 250_000]),
		themes: ['securite', 'communautaire'],
		clienteles: ['adolescents', 'jeunes-adultes'],
		window: OPEN_LATE
	}),
	programme('Programme de soutien aux municipalités en sécurité civile', {
		funder: SECURITE,
		description: 'Aide pour préparer les municipalités aux sinistres : plans, alertes à la population, équipements.',
		objectives: 'Améliorer la préparation aux sinistres, en tenant compte des personnes vulnérables.',
		eligibleApplicants: 'Municipalités locales et MRC.',
		amounts: 'Montant forfaitaire selon la population.',
		amountTiers: tiers([0, 1_999, 4_500], [2_000, 9_999, 7_500], [10_000, null, 12_000]),
		themes: ['securite'],
		clienteles: ['population', 'aines'],
		window: CLOSED
	}),
	programme('Programme Climat municipalités – adaptation', {
		funder: 'Ministère de l’Environnement, de la Lutte contre les changements climatiques, de la Faune et des Parcs',
		description: 'Aide aux projets municipaux d’adaptation aux changements climatiques : îlots de fraîcheur, gestion des eaux pluviales, plans d’adaptation.',
		objectives: 'Réduire la vulnérabilité des populations, notamment des aînés et des jeunes enfants, aux vagues de chaleur et aux inondations.',
		eligibleApplicants: 'Municipalités, MRC et organismes municipaux.',
		amounts: 'Jusqu’à 75 % des dépenses admissibles.',
		amountTiers: tiers([0, 9_999, 100_000], [10_000, 99_999, 250_000], [100_000, null, 500_000]),
		themes: ['environnement', 'sante'],
		clienteles: ['population', 'aines'],
		window: NOT_YET_OPEN
	}),
	programme('Programme de soutien aux saines habitudes de vie', {
		funder: 'Direction régionale de santé publique (CISSS ou CIUSSS)',
		description: 'Soutien aux municipalités qui favorisent l’alimentation saine et le mode de vie actif dans leurs installations et leurs aménagements.',
		objectives: 'Créer des environnements favorables à la santé.',
		eligibleApplicants: 'Municipalités, MRC et organismes.',
		amounts: 'Jusqu’à 10 000 $ par projet.',
		amountTiers: tiers([0, 4_999, 5_000], [5_000, null, 10_000]),
		themes: ['sante', 'loisir'],
		clienteles: ['population', 'enfants'],
		window: OPEN
	}),
	programme('Soutien aux initiatives locales en sécurité alimentaire', {
		funder: 'Ministère de la Santé et des Services sociaux',
		description: 'Financement de projets de sécurité alimentaire : jardins collectifs, cuisines collectives, épiceries solidaires.',
		objectives: 'Améliorer l’accès à des aliments sains et abordables.',
		eligibleApplicants: 'Organismes communautaires et municipalités.',
		amounts: 'Jusqu’à 25 000 $ par projet.',
		amountTiers: tiers([0, 9_999, 15_000], [10_000, null, 25_000]),
		themes: ['sante', 'communautaire'],
		clienteles: ['familles', 'population'],
		window: CLOSED
	}),
	programme('Offre de service du Programme intégré d’équilibre dynamique', {
		funder: 'Centres intégrés de santé et de services sociaux',
		description: 'Le CISSS ou le CIUSSS offre l’animation d’un programme d’exercices de prévention des chutes lorsque la municipalité fournit une salle et fait la promotion.',
		objectives: 'Prévenir les chutes chez les aînés vivant à domicile.',
		eligibleApplicants: 'Municipalités et organismes d’aînés.',
		amounts: 'Animation fournie gratuitement; prêt de salle par la municipalité.',
		themes: ['sante', 'securite'],
		clienteles: ['aines'],
		policyType: 'mada',
		window: PERMANENT
	}),
	programme('Soutien aux projets de participation citoyenne des jeunes', {
		funder: 'Secrétariat à la jeunesse',
		description: 'Aide aux projets qui favorisent l’engagement des jeunes de 15 à 29 ans dans leur communauté : conseils jeunesse municipaux, budgets participatifs jeunesse, projets citoyens menés par des jeunes.',
		objectives: 'Développer la citoyenneté active des jeunes et leur donner une voix dans les décisions municipales.',
		eligibleApplicants: 'Municipalités, MRC et organismes jeunesse à but non lucratif.',
		amounts: 'Jusqu’à 25 000 $ par projet, avec une contribution du milieu d’au moins 20 %.',
		amountTiers: tiers([0, 9_999, 10_000], [10_000, null, 25_000]),
		themes: ['participation', 'education'],
		clienteles: ['adolescents', 'jeunes-adultes'],
		window: OPEN_RECENT
	}),
	programme('Programme d’accompagnement en loisir des personnes handicapées', {
		funder: 'Unités régionales de loisir et de sport',
		description: 'Aide pour l’embauche d’accompagnateurs qui permettent aux enfants et aux adultes handicapés de participer aux activités de loisir, notamment au camp de jour municipal.',
		objectives: 'Rendre le loisir accessible aux personnes ayant des limitations et soutenir les municipalités dans l’accueil en camp de jour.',
		eligibleApplicants: 'Municipalités et organismes de loisir offrant des activités à des personnes handicapées.',
		amounts: 'Montant par participant établi selon le nombre d’heures d’accompagnement.',
		themes: ['loisir', 'inclusion'],
		clienteles: ['personnes-handicapees', 'enfants'],
		window: CLOSING_VERY_SOON
	}),
	programme('Programme d’assistance financière en loisir régional', {
		funder: 'Unités régionales de loisir et de sport',
		description: 'Soutien aux projets de loisir qui rejoignent des personnes peu actives : aînés, adolescents, familles à faible revenu, résidents des petites municipalités.',
		objectives: 'Augmenter la participation au loisir et soutenir les bénévoles qui l’organisent.',
		eligibleApplicants: 'Municipalités et organismes de loisir de la région.',
		amounts: 'Jusqu’à 5 000 $ par projet selon la taille de la municipalité.',
		amountTiers: tiers([0, 2_499, 3_000], [2_500, null, 5_000]),
		themes: ['loisir'],
		clienteles: ['adolescents', 'aines', 'familles'],
		window: OPEN
	}),
	programme('Programme de soutien aux projets intergénérationnels', {
		funder: AINES,
		description: 'Aide aux projets qui rapprochent les générations : mentorat entre aînés et élèves, ateliers de savoir-faire, jardins partagés, activités dans les bibliothèques.',
		objectives: 'Favoriser les échanges entre les générations, valoriser la contribution des aînés et lutter contre l’âgisme.',
		eligibleApplicants: 'Municipalités, établissements scolaires et organismes à but non lucratif.',
		amounts: 'Jusqu’à 15 000 $ par projet selon la taille de la municipalité.',
		amountTiers: tiers([0, 4_999, 7_500], [5_000, null, 15_000]),
		themes: ['inclusion', 'communautaire'],
		clienteles: ['aines', 'enfants', 'adolescents'],
		policyType: 'pfm-mada',
		window: CLOSED
	}),
	programme('Fonds communautaire pour la santé mentale des jeunes', {
		funder: 'Fondation communautaire régionale',
		description: 'Appel de projets pour des actions de prévention et de promotion de la santé mentale des jeunes : lieux de rencontre, activités de plein air, ateliers de gestion du stress, répertoires de ressources.',
		objectives: 'Réduire l’isolement des jeunes, favoriser leur bien-être et faire connaître les ressources d’aide.',
		eligibleApplicants: 'Organismes à but non lucratif et municipalités partenaires d’un organisme jeunesse.',
		amounts: 'Jusqu’à 20 000 $ par projet d’une durée d’un an.',
		themes: ['sante', 'communautaire'],
		clienteles: ['adolescents', 'jeunes-adultes'],
		window: OPEN_LATE
	}),
	programme('Fonds de verdissement des milieux de vie', {
		funder: 'Fondation en environnement urbain',
		description: 'Aide à la plantation d’arbres et au verdissement des cours d’école, des parcs, des stationnements et des abords des résidences pour aînés.',
		objectives: 'Réduire les îlots de chaleur, améliorer la qualité de l’air et offrir des lieux ombragés aux enfants et aux aînés.',
		eligibleApplicants: 'Municipalités, établissements scolaires et organismes à but non lucratif.',
		amounts: 'Jusqu’à 25 000 $ par projet, incluant les arbres et l’accompagnement horticole.',
		amountTiers: tiers([0, 9_999, 15_000], [10_000, null, 25_000]),
		themes: ['environnement', 'amenagement'],
		clienteles: ['population', 'enfants', 'aines'],
		window: NOT_YET_OPEN
	}),
	programme('Fonds d’initiatives locales pour les familles', {
		funder: 'Fondation communautaire régionale',
		description: 'Soutien aux petits projets portés par des organismes ou des municipalités pour les familles : fêtes de quartier, ateliers parents-enfants, prêt d’équipement.',
		objectives: 'Améliorer la qualité de vie des familles et renforcer les liens entre elles.',
		eligibleApplicants: 'Organismes à but non lucratif et municipalités de moins de 10 000 habitants.',
		amounts: 'Jusqu’à 5 000 $ par projet.',
		themes: ['communautaire', 'loisir'],
		clienteles: ['familles', 'petite-enfance'],
		policyType: 'pfm',
		window: CLOSED
	}),
	programme('Programme de soutien à la francisation en milieu municipal', {
		funder: 'Francisation Québec',
		description: 'Organisation de cours de français à temps partiel dans les locaux municipaux ou à la bibliothèque, de jour et de soir, pour les personnes immigrantes du territoire.',
		objectives: 'Faciliter l’apprentissage du français près du lieu de résidence et l’intégration à la vie locale.',
		eligibleApplicants: 'Municipalités et organismes qui offrent un local et font la promotion des cours.',
		amounts: 'Cours offerts sans frais aux personnes admissibles; locaux fournis par la municipalité.',
		themes: ['immigration', 'education'],
		clienteles: ['personnes-immigrantes'],
		window: PERMANENT
	}),
	programme('Accompagnement pour les plans d’action à l’égard des personnes handicapées', {
		funder: 'Office des personnes handicapées du Québec',
		description: 'Soutien-conseil aux municipalités qui produisent leur plan d’action annuel à l’égard des personnes handicapées : outils, exemples de mesures et rétroaction sur les bilans.',
		objectives: 'Réduire les obstacles à la participation sociale des personnes handicapées dans les services municipaux.',
		eligibleApplicants: 'Municipalités, en particulier celles de 15 000 habitants et plus.',
		amounts: 'Soutien-conseil sans frais.',
		themes: ['inclusion', 'administration'],
		clienteles: ['personnes-handicapees'],
		window: PERMANENT
	}),
	programme('Initiative de revitalisation des communautés', {
		funder: 'Développement économique Canada pour les régions du Québec',
		description: 'Aide aux projets d’infrastructures communautaires qui revitalisent les centres-villes et les noyaux villageois : places publiques, centres communautaires, aménagements piétonniers.',
		objectives: 'Revitaliser les milieux de vie et favoriser les rencontres entre citoyens.',
		eligibleApplicants: 'Municipalités, organismes à but non lucratif et communautés autochtones.',
		amounts: 'Jusqu’à 75 % des coûts admissibles, maximum 750 000 $.',
		themes: ['amenagement', 'communautaire'],
		clienteles: ['population'],
		window: CLOSED_LONG_AGO,
		year: 2024
	}),
	programme('Programme de soutien aux activités de la Semaine québécoise des familles', {
		funder: 'Réseau pour un Québec Famille',
		description: 'Outils promotionnels et soutien aux municipalités qui organisent des activités gratuites pour les familles pendant la Semaine québécoise des familles, en mai.',
		objectives: 'Souligner l’importance des familles et faire connaître les services municipaux qui leur sont destinés.',
		eligibleApplicants: 'Municipalités, MRC et organismes familles.',
		amounts: 'Trousse promotionnelle fournie; petites bourses tirées parmi les municipalités inscrites.',
		themes: ['communication', 'loisir'],
		clienteles: ['familles'],
		policyType: 'pfm',
		window: CLOSING_SOON,
		year: 2026
	}),
	programme('Programme d’aide aux projets d’accessibilité universelle des parcs et des sentiers', {
		funder: EDUCATION,
		description: 'Aide à l’aménagement de sentiers, d’aires de jeux et de haltes accessibles aux personnes à mobilité réduite, aux aînés et aux familles avec poussette.',
		objectives: 'Permettre à tous de profiter des parcs et des espaces de plein air.',
		eligibleApplicants: 'Municipalités, MRC et organismes gestionnaires de sites de plein air.',
		amounts: 'Jusqu’à 66 % des coûts admissibles selon la taille de la municipalité.',
		amountTiers: tiers([0, 2_999, 50_000], [3_000, 24_999, 100_000], [25_000, null, 200_000]),
		themes: ['loisir', 'amenagement', 'inclusion'],
		clienteles: ['personnes-handicapees', 'aines', 'familles'],
		window: OPEN_RECENT,
		year: 2026
	})
];
