// Espace MUNI's change model as its 2024-2025 activity report states it (« Modèle de changement »,
// « Stratégies principales » and the definition at the head of each strategy's section). The report
// draws the outcomes as a grid of levels by audience; which bullet belongs to which audience is read
// from the order of the bullets, and staff can correct it on the model's edit page.
import type { OUTCOME_AUDIENCES } from './schema';

type Audience = (typeof OUTCOME_AUDIENCES)[number];

export const REFERENCE_STRATEGY_AREAS = [
	{
		code: 'inspirer',
		name: 'Inspirer',
		definition:
			'Pour Espace MUNI, « inspirer » veut dire : informer, sensibiliser et influencer le monde municipal en vue de faire naître une émotion et de favoriser l’action. Plus précisément, il s’agit de suggérer des idées, d’inciter à la création, de provoquer une prise de conscience et de donner envie de passer à l’action.'
	},
	{
		code: 'outiller',
		name: 'Outiller',
		definition:
			'Pour Espace MUNI, « outiller » veut dire : offrir une réponse concrète et tangible à des enjeux afin de nourrir la capacité d’agir et de favoriser la réussite des actions entreprises ou planifiées.'
	},
	{
		code: 'accompagner',
		name: 'Accompagner',
		definition:
			'Pour Espace MUNI, « accompagner » veut dire : se joindre aux individus ou aux communautés et guider leur action en développant leur capacité d’agir et leur autonomie. Cela réfère à l’interaction et à la relation que l’équipe d’Espace MUNI (personnel, responsables de l’offre de services, équipe d’accompagnement) entretient avec les actrices et acteurs des municipalités et des collectivités pour mener à bien diverses initiatives collectives.'
	},
	{
		code: 'representer',
		name: 'Représenter',
		definition:
			'Espace MUNI partage son expertise avec plusieurs organisations de la société civile qui contribuent à enrichir, par leurs connaissances et leur notoriété, les approches des partenariats multisectoriels. Ces liens contribuent à donner au milieu municipal des réponses concertées et innovantes à des enjeux sur les plans sociaux et humains.'
	}
] as const;

export const REFERENCE_IMPACT_LEVELS: readonly { code: string; name: string; outcomes: Partial<Record<Audience, string>> }[] = [
	{
		code: 'connaitre',
		name: 'Connaître, comprendre et reconnaître',
		outcomes: {
			acteurs_municipaux:
				'Une meilleure connaissance et compréhension des enjeux touchant la santé globale et la qualité de vie de la population et des leviers d’action permettant d’agir sur ces enjeux.\nUne plus grande reconnaissance de leur rôle d’acteurs de changements significatifs et positifs sur ces enjeux.',
			citoyens: 'Mieux informés quant aux possibilités d’implication dans leur communauté, des leviers d’action possibles et de leur pouvoir d’agir.'
		}
	},
	{
		code: 'volonte',
		name: 'Volonté d’agir',
		outcomes: {
			acteurs_municipaux:
				'Plus motivés à agir sur les enjeux touchant la santé globale et la qualité de vie de la population.\nUn plus grand intérêt à travailler de façon concertée et intersectorielle.',
			citoyens: 'Plus motivés et intéressés à s’impliquer dans des initiatives collectives par et pour les citoyennes et citoyens.',
			allies: 'Plus motivés à agir pour mettre en place les conditions de succès nécessaires au pouvoir d’agir des municipalités.'
		}
	},
	{
		code: 'action',
		name: 'Passer à l’action',
		outcomes: {
			acteurs_municipaux:
				'Mieux outillés pour agir sur les enjeux touchant la santé globale, la qualité de vie et la participation citoyenne.\nDes pratiques améliorées en matière de développement des communautés.',
			citoyens: 'Une implication et un engagement plus grand dans la réalisation d’initiatives collectives, intersectorielles et de participation citoyenne.'
		}
	},
	{
		code: 'engagement',
		name: 'S’engager de façon systématique',
		outcomes: {
			acteurs_municipaux: 'Le réflexe de penser et d’agir pour la santé globale et la qualité de vie des citoyennes et citoyens est au cœur de toutes les décisions municipales.',
			citoyens:
				'Des municipalités vivantes et inclusives où toutes et tous sont partie prenante du développement de leur communauté.\nLa santé globale et la qualité de vie des citoyennes et citoyens ont été améliorées grâce à des politiques et à des pratiques adaptées à leurs besoins, en adéquation avec les réalités du milieu.'
		}
	}
];

export const REFERENCE_MEANS = [
	'Valorisation des connaissances',
	'Collaboration et partenariat',
	'Accompagnement dans l’élaboration de politiques publiques',
	'Partage d’expertises, d’expériences et de contenus',
	'Mise en valeur des bons coups des municipalités et des initiatives citoyennes',
	'Soutien à la mobilisation',
	'Développement des connaissances liées aux enjeux de développement des communautés',
	'Contribution à la mise en place des conditions favorables au pouvoir d’agir des municipalités'
];

export const REFERENCE_CONDITIONS = [
	'Ouverture et adaptabilité',
	'Pérennité financière',
	'Notoriété de l’organisation',
	'Qualité et diversité des relations avec les alliées et les alliés'
];
