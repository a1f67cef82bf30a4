import type { DemoActivity, DemoFigure } from './types';

// The activities of Espace MUNI's 2024-2025 activity report, by strategy area, with the figures it
// states. Figures a module computes name its statistic instead of a value.

export const DEMO_PORTRAIT: DemoFigure[] = [
	{
		key: 'membres-total',
		label: 'membres au 31 mars 2025 (total inscrit au rapport publié)',
		value: 426,
		where: 'Portrait des membres',
		sumOf: ['stat:membership.members.municipal', 'stat:membership.members.mrc', 'stat:membership.members.other']
	},
	{ label: 'municipalités et arrondissements membres', statKey: 'membership.members.municipal' },
	{ label: 'MRC membres', statKey: 'membership.members.mrc' },
	{ label: 'organismes et individus membres', statKey: 'membership.members.other' },
	{ label: 'organisations participantes à la campagne Fièrement membre', statKey: 'membership.seal.participants' }
];

const link = (label: string, url: string) => ({ label, url });

export const DEMO_ACTIVITIES: Record<'inspirer' | 'outiller' | 'accompagner' | 'representer', DemoActivity[]> = {
	inspirer: [
		{
			title: 'Balado MUNIcipal',
			kind: 'publication',
			levels: ['connaitre'],
			objectives:
				'Inspirer et encourager le passage à l’action grâce à un nouveau moyen de communication largement utilisé dans l’espace médiatique. Ce projet a été réalisé avec la participation de membres de l’équipe et de personnes collaborant avec le milieu municipal partout au Québec.',
			achievements: 'Sortie de 2 épisodes dans la dernière année : épisode 4, « L’accès inclusif », et épisode 5, « La participation citoyenne ».',
			links: [link('Le Balado MUNIcipal', 'https://espacemuni.org/outils/le-balado-municipal/')],
			figures: [
				{ label: 'épisodes diffusés', value: 2 },
				{ label: 'écoutes de l’épisode 4 : L’accès inclusif', value: 118 },
				{ label: 'écoutes de l’épisode 5 : La participation citoyenne', value: 219 }
			]
		},
		{
			title: 'Ma Plateforme électorale – Municipalités 2025',
			kind: 'outil',
			levels: ['connaitre'],
			objectives:
				'Ma Plateforme électorale – Municipalités 2025 est un outil en ligne permettant d’identifier des engagements municipaux à inclure à sa campagne électorale, afin de favoriser la qualité de vie dans sa collectivité.',
			achievements:
				'Thématiques : collaboration et partenariat; inclusivité et solidarité; participation citoyenne et communication; services aux citoyennes et citoyens et qualité de vie; territoire attractif (espaces publics, habitation et milieu de vie, loisir, transport et mobilité); transition socioécologique. Clientèles : enfants et adolescents, familles, personnes aînées, personnes en situation de handicap.',
			results: 'Jeu-questionnaire répondu par des dizaines de personnes.',
			links: [link('Ma Plateforme électorale', 'https://1001mesures.ca/plateforme-electorale/')],
			figures: [{ label: 'personnes ont consulté la plateforme (240 selon le rapport)', statKey: 'electoral.visitorDays' }]
		},
		{
			title: 'Banque des 1001 mesures',
			kind: 'outil',
			levels: ['connaitre'],
			objectives:
				'La Banque des 1001 mesures est une alliée virtuelle incontournable. Elle répertorie près de 4 000 mesures issues de plans d’action municipaux québécois, des initiatives inspirantes, des outils ainsi que la liste des programmes de subventions pouvant permettre de concrétiser des projets.',
			links: [link('Banque des 1001 mesures', 'https://1001mesures.ca/')],
			figures: [
				{ label: 'mesures', statKey: 'catalogue.published.mesure' },
				{ label: 'subventions', statKey: 'catalogue.published.programme' },
				{ label: 'initiatives inspirantes', statKey: 'catalogue.published.initiative' },
				{ label: 'utilisatrices et utilisateurs de la Banque', value: 579 }
			]
		},
		{
			title: 'Magazine Vivacité',
			kind: 'publication',
			levels: ['connaitre'],
			achievements: 'Les 2 éditions du magazine Vivacité ont abordé les thèmes du 15e anniversaire de Municipalité amie des enfants et les élections municipales 2025 (dossier spécial, numéro 22.1, printemps 2025).',
			links: [link('Magazine Vivacité', 'https://espacemuni.org/magazine-vivacite/')],
			figures: [
				{ label: 'éditions du magazine', value: 2 },
				{ label: 'exemplaires imprimés', value: 1150 },
				{ label: 'consultations en ligne du magazine', value: 1285 }
			]
		},
		{
			title: 'Infolettres',
			kind: 'campagne',
			levels: ['connaitre'],
			objectives: 'Partager de l’information, de l’actualité, des événements à venir et des outils pratiques à toutes les personnes abonnées.',
			links: [link('Infolettre', 'https://espacemuni.org/infolettre/')],
			figures: [
				{ label: 'infolettres envoyées', value: 14 },
				{ label: 'personnes abonnées à l’infolettre', value: 4000 },
				{ label: 'taux d’ouverture moyen des infolettres', value: 50, unit: '%' }
			]
		},
		{
			title: 'Site Web',
			kind: 'outil',
			levels: ['volonte', 'connaitre'],
			achievements:
				'Dans la dernière année, plusieurs nouvelles pages ont vu le jour, dont le Prix – Catégorie Fièrement membre, l’Espace PFM, les politiques segmentées par clientèle ou thématique et les politiques regroupées, la campagne sceau Fièrement membre et bien plus.',
			links: [link('espacemuni.org', 'https://espacemuni.org/')],
			figures: [
				{ label: 'utilisatrices et utilisateurs du site Web', value: 152000 },
				{ label: 'consultations des pages du site Web', value: 60000 },
				{ label: 'vues de la page de la Fête du voisinage', value: 10800 },
				{ label: 'vues de l’Espace PFM', value: 6500 },
				{ label: 'vues de la page du 34e Colloque', value: 4100 }
			]
		},
		{
			title: 'Médias sociaux',
			kind: 'campagne',
			levels: ['volonte', 'connaitre'],
			figures: [
				{ label: 'apparitions du contenu dans les fils d’actualité Facebook (couverture)', value: 125000 },
				{ label: 'visites de la page Facebook', value: 10400 },
				{ label: 'nouveaux abonnements Facebook', value: 310 },
				{ label: 'abonnements Facebook', value: 3177 },
				{ label: 'apparitions du contenu sur Instagram (couverture)', value: 22000 },
				{ label: 'visites de la page Instagram', value: 351 },
				{ label: 'abonnements Instagram', value: 141 },
				{ label: 'impressions LinkedIn', value: 64500 },
				{ label: 'visites de la page LinkedIn', value: 1448 },
				{ label: 'nouveaux abonnements LinkedIn', value: 361 },
				{ label: 'abonnements LinkedIn', value: 966 },
				{ label: 'vues YouTube', value: 3200 },
				{ label: 'heures de visionnement YouTube', value: 185 },
				{ label: 'nouveaux abonnements YouTube', value: 11 },
				{ label: 'abonnements YouTube', value: 64 }
			]
		},
		{
			title: 'Webinaires',
			kind: 'evenement',
			levels: ['connaitre'],
			achievements:
				'Midi-conférence – Des réponses municipales à l’égard des campements des personnes en situation d’itinérance; Webinaire d’information métaPRISME; Espace, vieillissement et participation sociale : le rôle de l’environnement bâti dans l’inclusion des personnes aînées; Plan d’action MADA : mise en œuvre, suivi et bilan.',
			figures: [
				{ label: 'webinaires', value: 4 },
				{ label: 'participantes et participants aux webinaires', value: 326 }
			]
		},
		{
			title: '16e rencontre provinciale du Réseau Municipalités accessibles',
			kind: 'evenement',
			levels: ['connaitre'],
			objectives: 'Sous le thème : arrimage et transversalité des politiques municipales.',
			results: 'Constats : importance de l’intersectorialité dans les politiques sociales municipales; importance de la cohérence et de la transversalité dans la gestion municipale.',
			figures: [
				{ label: 'personnes participantes à la rencontre du Réseau Municipalités accessibles', value: 54 },
				{ label: 'municipalités représentées à la rencontre du Réseau', value: 23 },
				{ label: 'organisations représentées à la rencontre du Réseau', value: 10 },
				{ label: 'régions administratives représentées à la rencontre du Réseau', value: 8 }
			]
		},
		{
			title: '15e anniversaire de Municipalité amie des enfants (MAE)',
			kind: 'evenement',
			levels: ['connaitre'],
			objectives: 'Sous le thème : place au jeu.',
			figures: [
				{ label: 'personnes participantes au 15e anniversaire MAE', value: 51 },
				{ label: 'municipalités présentes au 15e anniversaire MAE', value: 20 },
				{ label: 'régions administratives représentées au 15e anniversaire MAE', value: 10 }
			]
		}
	],
	outiller: [
		{
			title: 'Fête du voisinage',
			kind: 'evenement',
			levels: ['volonte', 'action'],
			periodStart: '2024-06-01',
			periodEnd: '2024-06-01',
			achievements:
				'Le 1er juin 2024 a eu lieu la 18e édition de la Fête du voisinage. Anciennement appelée Fête des voisins, la Fête du voisinage permet aux personnes habitant à proximité de tisser des liens entre voisines et voisins. Nouveautés de 2024 : un partenariat avec le dépanneur Voisin et la participation de Vanessa Pilon comme porte-parole.',
			links: [link('Fête du voisinage', 'https://espacemuni.org/evenement/19e-fete-du-voisinage/')],
			figures: [
				{ label: 'citoyennes et citoyens ont pris part à des fêtes', value: 37000 },
				{ label: 'consultations du site de la Fête du voisinage', value: 6500 },
				{ label: 'utilisatrices et utilisateurs uniques du site de la Fête du voisinage', value: 925 },
				{ label: 'organisations ont organisé des fêtes', value: 211 },
				{ label: 'municipalités ont organisé des fêtes', value: 167 },
				{ label: 'fêtes répertoriées dans toutes les régions du Québec', value: 825 }
			]
		},
		{
			title: 'Prolongation de l’appel de projets Voisins solidaires',
			kind: 'projet',
			levels: ['action'],
			objectives:
				'Générer des actions locales et collectives visant le renforcement des liens sociaux intergénérationnels entre voisines et voisins; définir une ou des stratégies locales pour une intégration durable de l’approche Voisins solidaires dans le milieu; faciliter le développement de compétences des actrices et des acteurs locaux en matière de mobilisation et de participation citoyenne.',
			figures: [
				{ label: 'projets Voisins solidaires financés', value: 114 },
				{ label: 'municipalités ayant un projet Voisins solidaires financé', value: 60 },
				{ label: 'MRC ayant un projet Voisins solidaires financé', value: 5 },
				{ label: 'projets Voisins solidaires prolongés', value: 34 },
				{ label: 'municipalités ayant un projet prolongé', value: 4 },
				{ label: 'MRC ayant un projet prolongé', value: 5 }
			]
		},
		{
			title: 'Plateforme d’habitation MUNI-toit',
			kind: 'outil',
			levels: ['connaitre'],
			objectives: 'MUNI-toit est une plateforme en habitation pour personnes aînées qui regroupe des modèles d’habitation, des outils et des ressources ainsi que des pistes pour passer à l’action.',
			links: [link('MUNI-toit', 'https://munitoit.org/')],
			figures: [{ label: 'consultations de MUNI-toit', value: 1055 }]
		},
		{
			title: 'Application Web métaPRISME',
			kind: 'outil',
			levels: ['action'],
			objectives:
				'Optimiser la gestion de l’intégration des jeunes ayant des besoins particuliers, mais surtout offrir un outil d’aide à la prise de décisions relatives à l’offre de services.',
			links: [link('Application Web métaPRISME', 'https://espacemuni.org/programmes/municipalite-inclusive/application-web-metaprisme/')],
			figures: [
				{ label: 'renouvellements de licence métaPRISME (été 2024)', value: 29 },
				{ label: 'acquisitions de licence métaPRISME (été 2024)', value: 7 },
				{ label: 'municipalités utilisatrices de métaPRISME', value: 31 },
				{ label: 'MRC utilisatrice de métaPRISME', value: 1 },
				{ label: 'OBNL utilisateurs de métaPRISME', value: 4 },
				{ label: 'régions administratives des utilisateurs de métaPRISME', value: 12 }
			]
		},
		{
			title: 'Espace PFM',
			kind: 'outil',
			levels: ['action', 'connaitre'],
			objectives:
				'Rendre l’expertise accessible : partager plus de 30 ans d’expérience en politique familiale municipale (PFM). Offrir une ressource centralisée, dynamique et visuelle, régulièrement mise à jour. Soutenir l’action collective : servir de point d’entrée pour penser et agir en faveur des familles et accompagner les municipalités dans leur démarche, qu’il s’agisse d’une première politique familiale ou d’une mise à jour.',
			links: [link('Espace PFM', 'https://espacemuni.org/espace-pfm/')],
			figures: [
				{ label: 'outils dans le coffre à outils PFM', value: 27 },
				{ label: 'nouveaux outils PFM pendant l’exercice', value: 6 }
			]
		},
		{
			title: 'Coffre à outils MADA',
			kind: 'outil',
			levels: ['connaitre'],
			figures: [
				{ key: 'mada-outils', label: 'outils dans le coffre à outils MADA', value: 44, sumOf: ['mada-outils-sa', 'mada-outils-muni'] },
				{ key: 'mada-outils-sa', label: 'outils MADA élaborés par le Secrétariat aux aînés et le Centre de recherche sur le vieillissement (CIUSSS de l’Estrie – CHUS)', value: 19 },
				{ key: 'mada-outils-muni', label: 'outils MADA élaborés par Espace MUNI', value: 25 },
				{ label: 'nouveaux outils MADA pendant l’exercice', value: 9 }
			]
		},
		{
			title: 'Municipalité amie des enfants',
			kind: 'service',
			levels: ['action'],
			objectives:
				'Les programmes MAE et MRC-AE reconnaissent l’engagement des municipalités et des MRC à respecter et à faire progresser les droits des enfants et, par le fait même, à contribuer à leur bien-être et à leur développement global.',
			achievements:
				'Cohorte printemps 2024 : renouvellements de l’arrondissement Saint-Léonard, de Fortierville et de Rimouski; premières reconnaissances de Mercier, Montmagny et Rouyn-Noranda. Cohorte automne 2024 : renouvellements de Baie-du-Febvre, Blainville, Boisbriand, Brossard, Drummondville et La Prairie; premières reconnaissances de Deschambault-Grondines et Saint-Liboire.',
			links: [link('Enfance et jeunesse', 'https://espacemuni.org/programmes/enfance-et-jeunesse/')],
			figures: [
				{ label: 'candidatures MAE, cohorte printemps 2024', value: 9 },
				{ key: 'mae-printemps', label: 'reconnaissances MAE, cohorte printemps 2024', value: 6, sumOf: ['mae-printemps-renouv', 'mae-printemps-premieres'] },
				{ key: 'mae-printemps-renouv', label: 'renouvellements, cohorte printemps 2024', value: 3 },
				{ key: 'mae-printemps-premieres', label: 'premières reconnaissances, cohorte printemps 2024', value: 3 },
				{ label: 'candidatures MAE, cohorte automne 2024', value: 9 },
				{ key: 'mae-automne', label: 'reconnaissances MAE, cohorte automne 2024', value: 8, sumOf: ['mae-automne-renouv', 'mae-automne-premieres'] },
				{ key: 'mae-automne-renouv', label: 'renouvellements, cohorte automne 2024', value: 6 },
				{ key: 'mae-automne-premieres', label: 'premières reconnaissances, cohorte automne 2024', value: 2 }
			]
		},
		{
			title: 'PourRallier',
			kind: 'outil',
			levels: ['connaitre'],
			objectives:
				'PourRallier est une plateforme numérique qui guide les organismes à but non lucratif et les organismes communautaires, de façon autonome et gratuite, dans l’élaboration de leur stratégie en communication d’influence.',
			achievements: 'Une refonte visuelle du site Internet.',
			links: [link('PourRallier', 'https://www.pourrallier.com/')],
			figures: [
				{ label: 'comités de coordination PourRallier', value: 8 },
				{ label: 'comités de contenu PourRallier', value: 11 },
				{ label: 'assemblées extraordinaires PourRallier', value: 2 },
				{ label: 'abonnements LinkedIn PourRallier', value: 390 },
				{ label: 'affichages des publications LinkedIn PourRallier', value: 24304 },
				{ label: 'publications LinkedIn PourRallier', value: 142 },
				{ label: 'abonnements Facebook PourRallier', value: 114 },
				{ label: 'publications Facebook PourRallier', value: 85 },
				{ label: 'affichages des publications Facebook PourRallier', value: 5448 },
				{ label: 'abonnements Instagram PourRallier', value: 44 },
				{ label: 'publications Instagram PourRallier', value: 88 },
				{ label: 'affichages des publications Instagram PourRallier', value: 596 },
				{ label: 'infolettres mensuelles PourRallier', value: 6 },
				{ label: 'personnes rejointes par les infolettres PourRallier (plus de)', value: 600 }
			]
		},
		{
			title: 'Projet Conciliation famille – travail – vie politique',
			kind: 'projet',
			levels: ['connaitre'],
			objectives:
				'Sensibiliser et outiller les personnes élues et les conseils municipaux à l’égard de l’enjeu que constitue la conciliation famille-travail-vie politique. Développer des collaborations et un travail concerté et intersectoriel avec des partenaires stratégiques, dont le Réseau pour un Québec Famille sur le thème de la conciliation.',
			results: 'Un article publié dans le Bulletin de l’Observatoire québécois du loisir; un plaidoyer développé; un atelier présenté au congrès de la Fédération québécoise des municipalités (FQM).',
			links: [link('Conciliation famille-travail-vie politique', 'https://espacemuni.org/programmes/conciliation-famille-travail-vie-politique/')],
			figures: [
				{ label: 'capsules vidéo produites et diffusées', value: 2 },
				{ label: 'article publié', value: 1 },
				{ label: 'plaidoyer développé', value: 1 },
				{ label: 'atelier présenté au congrès de la FQM', value: 1 }
			]
		}
	],
	accompagner: [
		{
			title: 'Accompagnement de démarches de Politiques familiales municipales et Municipalité amie des aînés',
			kind: 'service',
			levels: ['volonte'],
			objectives: 'Poursuivre l’accompagnement de municipalités et de MRC dans leurs démarches Politique familiale municipale et Municipalité amie des aînés.',
			figures: [
				{ label: 'municipalités accompagnées en politique familiale municipale', value: 18 },
				{ label: 'heures d’accompagnement offert (PFM)', value: 152 },
				{ key: 'mada-projets', label: 'projets MADA accompagnés', value: 89, sumOf: ['mada-municipalites', 'mada-mrc'] },
				{ key: 'mada-municipalites', label: 'projets MADA avec des municipalités', value: 83 },
				{ key: 'mada-mrc', label: 'projets MADA avec des MRC', value: 6 },
				{ label: 'municipalités regroupées dans les projets MADA de MRC', value: 65 },
				{ label: 'heures d’accompagnement offert (MADA)', value: 603 }
			]
		},
		{
			title: 'Soutien à l’équipe d’accompagnement',
			kind: 'service',
			levels: ['volonte'],
			objectives:
				'Partager des conseils pratiques, acquérir de nouvelles connaissances et s’approprier de nouveaux contenus pour bien jouer son rôle auprès des milieux. L’équipe compte une vingtaine d’accompagnatrices et d’accompagnateurs.',
			figures: [
				{ label: 'sessions d’échange', value: 9 },
				{ label: 'jours de rencontres en présentiel et en virtuel', value: 4 },
				{ label: 'régions couvertes par l’équipe d’accompagnement', value: 16 }
			]
		},
		{
			title: 'Offre de services',
			kind: 'service',
			levels: ['volonte'],
			objectives:
				'L’offre de services tarifée, offerte exclusivement aux municipalités et aux MRC, propose une formule sur mesure de charge de projets et de soutien-conseil pour l’élaboration ou la mise à jour de politiques et de plans d’action municipaux à vocation sociale.',
			achievements: 'Nouvelle identité visuelle dévoilée pour les offres de services.',
			links: [link('Services', 'https://espacemuni.org/services/')],
			figures: [
				{ label: 'charges de projets en réalisation', value: 35 },
				{ label: 'dossiers fermés', value: 16 },
				{ label: 'nouvelles ententes de services signées', value: 19 },
				{ label: 'ressources professionnelles impliquées', value: 13 }
			]
		},
		{
			title: 'Communauté de pratique – Réseau des grandes villes en développement social',
			kind: 'communaute',
			levels: ['action'],
			objectives:
				'Favoriser les échanges entre les villes québécoises ayant une population de 100 000 individus et plus, et réfléchir sur les rôles que doivent jouer leur ville en matière de développement social et les meilleures manières pour y arriver.',
			achievements:
				'Une rencontre traitant d’indicateurs en matière de développement social; une rencontre en présentiel sur les données et leur utilisation en développement social; une rencontre bilan sur l’évaluation des impacts en développement social.',
			figures: [
				{ label: 'rencontres du Réseau des grandes villes', value: 3 },
				{ label: 'villes participantes (sur 11)', value: 10 },
				{ label: 'villes impliquées dans le comité des contenus', value: 3 }
			]
		},
		{
			title: 'Communauté de pratique métaPRISME',
			kind: 'communaute',
			levels: ['action'],
			objectives: 'Regrouper les municipalités utilisatrices de l’application Web pour discuter de pratiques d’intégration inspirantes en camp de jour, de résolution d’enjeux et pour partager des outils.',
			achievements: 'Dont une rencontre sur les approches pour soutenir l’équipe d’animation et d’intégration dans leur rôle.',
			figures: [{ label: 'rencontres virtuelles de la communauté métaPRISME', value: 2 }]
		},
		{
			title: 'Communauté de pratique Voisins solidaires',
			kind: 'communaute',
			levels: ['volonte'],
			objectives: 'Favoriser les échanges entre les organisations participantes et le partage d’expériences tout au long de la mise en œuvre de leurs projets.',
			achievements: 'Rencontres traitant de projets intergénérationnels, de la Fête du voisinage, de reconnexion sociale et de démarche connective innovante.',
			figures: [
				{ label: 'rencontres de la communauté Voisins solidaires', value: 3 },
				{ label: 'participantes et participants (Voisins solidaires)', value: 114 }
			]
		},
		{
			title: 'Communauté de pratique Municipalité amie des enfants',
			kind: 'communaute',
			levels: ['volonte'],
			objectives: 'Favoriser les échanges et le partage d’expériences entre les municipalités reconnues amies des enfants.',
			achievements: 'Une rencontre traitant du droit à la nourriture, à des vêtements et à un endroit sûr pour vivre.',
			figures: [
				{ label: 'rencontre de la communauté MAE', value: 1 },
				{ label: 'participantes et participants (MAE)', value: 54 }
			]
		},
		{
			title: 'Espace collaboratif',
			kind: 'outil',
			levels: ['action'],
			objectives:
				'Centraliser toute l’information et les fonctionnalités nécessaires au bon fonctionnement des communautés de pratique de l’organisation, comme les échanges, le travail collaboratif et le stockage de documents pertinents.',
			links: [link('Espace collaboratif', 'https://www.espacecollaboratif.org/')],
			figures: [
				{ label: 'communautés de pratique sur l’Espace collaboratif', value: 6 },
				{ label: 'utilisatrices et utilisateurs de l’Espace collaboratif', value: 580 }
			]
		}
	],
	representer: [
		{
			title: 'Entente avec l’Office des personnes handicapées du Québec',
			kind: 'projet',
			levels: ['volonte'],
			objectives: 'Collaborer pour bonifier le soutien-conseil offert aux municipalités désireuses d’accroître la participation sociale des personnes handicapées.',
			results: 'Entente renouvelée; partage d’information entre les 2 organisations; développement de projets en collaboration.',
			figures: []
		},
		{
			title: 'Comité municipal pour le développement des communautés',
			kind: 'projet',
			levels: ['action'],
			objectives:
				'Élaborer un cadre d’intervention municipale sur le développement des communautés, en partenariat avec l’Union des municipalités du Québec, la Fédération québécoise des municipalités, l’Association québécoise du loisir municipal, les Arts et la Ville et les municipalités de Saint-Jean-Baptiste, Saint-Jean-sur-Richelieu, Sherbrooke, Laval et la MRC de La Haute-Gaspésie.',
			figures: [{ label: 'rencontres du comité', value: 2 }]
		},
		{
			title: 'Positionnement sur des enjeux municipaux',
			kind: 'publication',
			levels: ['connaitre'],
			objectives: 'Saisir les occasions à l’égard des enjeux émergents en vue de représenter la vision d’Espace MUNI pour le milieu municipal.',
			figures: []
		}
	]
};

/** Representation counts come from the representation log itself, through the report module's own statistics. */
export const DEMO_REPRESENTATION_FIGURES: DemoFigure[] = [
	{ label: 'tables, comités et conseils d’administration', statKey: 'report.representation.instance' },
	{ label: 'événements', statKey: 'report.representation.evenement' },
	{ label: 'salons', statKey: 'report.representation.salon' },
	{ label: 'projets de recherche', statKey: 'report.representation.recherche' },
	{ label: 'prises de position publiques', statKey: 'report.representation.prise_de_position' }
];

/**
 * 2023-2024 figures, only where the 2024-2025 report states the earlier value or the change
 * (« augmentation de 20 000 », « bonifié de 6 nouveaux outils »).
 */
export const DEMO_PREVIOUS_YEAR: (DemoFigure & { area: 'inspirer' | 'outiller' })[] = [
	{ area: 'inspirer', label: 'utilisatrices et utilisateurs du site Web', value: 132000, where: 'Site Web : 152 000, « augmentation de 20 000 »' },
	{ area: 'inspirer', label: 'consultations des pages du site Web', value: 43000, where: 'Site Web : 60 000, « augmentation de 17 000 »' },
	{ area: 'outiller', label: 'outils dans le coffre à outils PFM', value: 21, where: 'Espace PFM : 27 outils, « bonifié de 6 nouveaux outils »' },
	{ area: 'outiller', label: 'outils dans le coffre à outils MADA', value: 35, where: 'Coffre à outils MADA : 44 outils, « 9 nouveaux outils se sont ajoutés »' }
];
