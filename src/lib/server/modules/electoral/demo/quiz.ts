import type { DemoQuizQuestion } from './types';

const LAW = (chapter: string) => `https://www.legisquebec.gouv.qc.ca/fr/document/lc/${chapter}`;
const ELECTIONS_ACT = { label: 'Loi sur les élections et les référendums dans les municipalités (LégisQuébec)', url: LAW('E-2.2') };
const POWERS_ACT = { label: 'Loi sur les compétences municipales (LégisQuébec)', url: LAW('C-47.1') };

/** The demonstration quiz: facts about municipal elections, municipal powers and health, each with its source. */
export const DEMO_QUIZ: readonly DemoQuizQuestion[] = [
	{
		prompt: 'À quelle fréquence se tient une élection générale municipale au Québec ?',
		choices: ['Tous les trois ans', 'Tous les quatre ans', 'Tous les cinq ans', 'Tous les six ans'],
		correct: 1,
		explanation: 'La loi prévoit une élection tous les quatre ans à tous les postes de membre du conseil. Les personnes élues en 2025 le sont jusqu’à l’élection générale de 2029 : leurs engagements couvrent ces quatre années.',
		source: ELECTIONS_ACT
	},
	{
		prompt: 'Quel jour a lieu le scrutin d’une élection générale municipale ?',
		choices: ['Le premier lundi d’octobre', 'Le dernier dimanche de septembre', 'Le premier dimanche de novembre', 'Le deuxième mardi de novembre'],
		correct: 2,
		explanation: 'Le scrutin se tient le premier dimanche de novembre, le même jour dans toutes les municipalités du Québec. En 2025, c’était le dimanche 2 novembre.',
		source: ELECTIONS_ACT
	},
	{
		prompt: 'À partir de quel âge peut-on voter à une élection municipale au Québec ?',
		choices: ['16 ans', '18 ans', '21 ans'],
		correct: 1,
		explanation: 'Il faut avoir 18 ans le jour du scrutin, être citoyen canadien et remplir les conditions de domicile ou de propriété prévues par la loi. Les plus jeunes peuvent tout de même participer à la vie municipale, par exemple dans un conseil des jeunes.',
		source: ELECTIONS_ACT
	},
	{
		prompt: 'Qui préside l’élection dans une municipalité ?',
		choices: ['La mairesse ou le maire sortant', 'Le greffier ou le greffier-trésorier de la municipalité', 'Une ou un juge de la Cour du Québec', 'La préfète ou le préfet de la MRC'],
		correct: 1,
		explanation: 'Le greffier ou le greffier-trésorier de la municipalité est d’office président d’élection. Cette neutralité administrative protège l’élection de l’influence des élus en poste.',
		source: ELECTIONS_ACT
	},
	{
		prompt: 'Lequel de ces domaines ne fait PAS partie des compétences qu’une municipalité locale tient de la Loi sur les compétences municipales ?',
		choices: ['La culture, les loisirs, les activités communautaires et les parcs', 'L’environnement', 'Le transport', 'L’enseignement primaire et secondaire'],
		correct: 3,
		explanation: 'La loi nomme huit domaines : culture, loisirs, activités communautaires et parcs ; développement économique local ; énergie et télécommunications ; environnement ; salubrité ; nuisances ; sécurité ; transport. L’école relève des centres de services scolaires, avec qui la municipalité peut conclure des ententes.',
		source: POWERS_ACT
	},
	{
		prompt: 'Une municipalité peut-elle agir en matière de services de garde à l’enfance ?',
		choices: ['Non, c’est une compétence exclusive du gouvernement du Québec', 'Oui, par des mesures non réglementaires, par exemple en soutenant un projet de centre de la petite enfance', 'Oui, mais seulement si elle compte plus de 100 000 habitants'],
		correct: 1,
		explanation: 'La Loi sur les compétences municipales permet à une municipalité locale d’adopter des mesures non réglementaires en matière de services de garde à l’enfance. Plusieurs municipalités cèdent ou prêtent ainsi un terrain ou un bâtiment pour favoriser l’ouverture de places.',
		source: POWERS_ACT
	},
	{
		prompt: 'Comment doivent être interprétés les pouvoirs que la Loi sur les compétences municipales accorde aux municipalités ?',
		choices: ['De façon littérale : seul ce qui est écrit mot pour mot est permis', 'De façon large : ils ne doivent pas s’interpréter de façon littérale ou restrictive', 'Au cas par cas, avec l’autorisation préalable du ministère'],
		correct: 1,
		explanation: 'La loi précise que ses dispositions accordent aux municipalités des pouvoirs pour répondre aux besoins municipaux, divers et évolutifs, dans l’intérêt de leur population, et qu’elles ne doivent pas s’interpréter de façon littérale ou restrictive.',
		source: POWERS_ACT
	},
	{
		prompt: 'Qui adopte le règlement de zonage qui permet, par exemple, les logements intergénérationnels dans un quartier ?',
		choices: ['Le conseil de la municipalité locale', 'Le conseil de la MRC', 'La Société d’habitation du Québec', 'Le ministère des Transports'],
		correct: 0,
		explanation: 'Selon la Loi sur l’aménagement et l’urbanisme, la municipalité locale adopte son plan d’urbanisme et ses règlements d’urbanisme, dont le zonage, en conformité avec le schéma d’aménagement et de développement de la MRC.',
		source: { label: 'Loi sur l’aménagement et l’urbanisme (LégisQuébec)', url: LAW('A-19.1') }
	},
	{
		prompt: 'Une municipalité peut-elle réduire la limite de vitesse dans ses rues, par exemple près des écoles ?',
		choices: ['Non, seul le gouvernement fixe les limites de vitesse', 'Oui, par règlement, sauf sur les routes entretenues par le ministère des Transports', 'Oui, mais seulement sur les autoroutes'],
		correct: 1,
		explanation: 'Le Code de la sécurité routière permet à une municipalité de fixer par règlement la vitesse des véhicules dans son territoire, différente selon les endroits, sauf sur les chemins entretenus par le ministre des Transports. C’est un levier direct pour la sécurité des enfants et des aînés.',
		source: { label: 'Code de la sécurité routière (LégisQuébec)', url: LAW('C-24.2') }
	},
	{
		prompt: 'À partir de quelle population une municipalité doit-elle adopter chaque année un plan d’action à l’égard des personnes handicapées ?',
		choices: ['5 000 habitants', '15 000 habitants', '50 000 habitants', '100 000 habitants'],
		correct: 1,
		explanation: 'La Loi assurant l’exercice des droits des personnes handicapées oblige les municipalités d’au moins 15 000 habitants à adopter et à rendre public un plan d’action annuel qui repère les obstacles et les mesures pour les réduire. Les plus petites municipalités peuvent aussi s’en doter.',
		source: { label: 'Loi assurant l’exercice des droits des personnes handicapées en vue de leur intégration scolaire, professionnelle et sociale (LégisQuébec)', url: LAW('E-20.1') }
	},
	{
		prompt: 'Comment l’Organisation mondiale de la santé définit-elle la santé ?',
		choices: ['L’absence de maladie ou d’infirmité', 'Un état de complet bien-être physique, mental et social', 'La capacité de travailler à temps plein', 'Une bonne condition physique mesurée par un médecin'],
		correct: 1,
		explanation: 'Depuis sa constitution, l’OMS définit la santé comme « un état de complet bien-être physique, mental et social » qui ne consiste pas seulement en une absence de maladie ou d’infirmité. Les décisions municipales sur le logement, les parcs ou le transport influencent donc directement la santé.',
		source: { label: 'Constitution de l’Organisation mondiale de la santé', url: 'https://www.who.int/fr/about/governance/constitution' }
	},
	{
		prompt: 'Dans le cadre conceptuel de la santé et de ses déterminants du ministère de la Santé et des Services sociaux, à quel grand champ appartient l’aménagement du territoire ?',
		choices: ['Les caractéristiques individuelles', 'Les milieux de vie', 'Les systèmes', 'L’état de santé de la population'],
		correct: 2,
		explanation: 'Le cadre regroupe les déterminants en quatre champs : le contexte global, les systèmes, les milieux de vie et les caractéristiques individuelles. L’aménagement du territoire fait partie des systèmes, et la communauté locale et le voisinage des milieux de vie : deux leviers où la municipalité agit directement.',
		source: { label: 'MSSS, Cadre conceptuel de la santé et de ses déterminants (2010)', url: 'https://publications.msss.gouv.qc.ca/msss/fichiers/2010/10-202-02.pdf' }
	},
	{
		prompt: 'Dans la démarche Municipalité amie des aînés (MADA), quelle durée minimale doit couvrir le plan d’action ?',
		choices: ['Un an', 'Trois ans', 'Dix ans'],
		correct: 1,
		explanation: 'Après le diagnostic du milieu, la municipalité adopte une politique des aînés et un plan d’action d’une durée minimale de trois ans, mis en œuvre avec ses partenaires puis évalué.',
		source: { label: 'Ministère de la Famille, La démarche MADA', url: 'https://www.mfa.gouv.qc.ca/fr/aines/mada/Pages/demarche-mada.aspx' }
	},
	{
		prompt: 'Dans une démarche de politique familiale municipale, qui est la ou le RQF ?',
		choices: ['La ou le responsable des questions familiales, une personne élue nommée par résolution du conseil', 'La représentante ou le représentant du CISSS au comité de pilotage', 'Une firme de consultants chargée de rédiger la politique'],
		correct: 0,
		explanation: 'L’élu·e responsable des questions familiales préside le comité de pilotage, fait le lien avec le conseil et veille, après l’adoption, à la mise en œuvre et au suivi du plan d’action.',
		source: { label: 'Espace MUNI, Espace PFM : les actrices et acteurs', url: 'https://espacemuni.org/espace-pfm/actrices-acteurs.html' }
	},
	{
		prompt: 'Avec quel organisme Espace MUNI décerne-t-il la reconnaissance Municipalité amie des enfants (MAE) ?',
		choices: ['UNICEF Canada', 'L’Organisation mondiale de la santé', 'La Fédération québécoise des municipalités', 'Élections Québec'],
		correct: 0,
		explanation: 'La reconnaissance MAE est offerte par Espace MUNI en partenariat avec UNICEF Canada. Elle dure trois ans, pendant lesquels la municipalité réalise ses engagements envers les enfants, puis peut être renouvelée.',
		source: {
			label: 'Espace MUNI, À propos de la reconnaissance Municipalité amie des enfants',
			url: 'https://espacemuni.org/programmes/enfance-et-jeunesse/accreditation-municipalite-amie-des-enfants/a-propos-de-la-reconnaissance-municipalite-amie-des-enfants/'
		}
	}
];
