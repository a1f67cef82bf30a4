import type { DemoRepresentation } from './types';

// The « Représenter » lists of the 2024-2025 activity report. It gives no dates: entries span the fiscal year.

const instances = [
	'Collectif des partenaires en développement des communautés',
	'Collectif petite enfance',
	'Comité camp de jour',
	'Comité consultatif Concilivi',
	'Comité de coordination PourRallier',
	'Comité de contenu PourRallier',
	['Comité « Électeurs en herbe »', 'Élections Québec'],
	['Comité « Vers des rues-écoles permanentes »', 'Centre d’écologie urbaine'],
	'Comité national de coordination MADA',
	'Table nationale de coordinateurs MADA',
	'Réseau des Grandes villes MADA',
	['Comité consultatif de la Politique nationale de l’architecture et de l’aménagement du territoire', 'Ministère des Affaires municipales et de l’Habitation'],
	'Comité des partenaires du projet Connectons Beaconsfield',
	[
		'Comité scientifique pour les Municipalités inclusives, résilientes et durables : une approche systémique pour guider l’action',
		'Journées annuelles de santé publique'
	],
	'Comité des Villages-relais du Québec',
	['Commission de la culture, des loisirs et de la vie communautaire', 'Union des municipalités du Québec'],
	['Communauté de pratique « La parole aux enfants »', 'Concertation Montréal'],
	['Groupe de travail pour améliorer l’accessibilité des petits bâtiments', 'Office des personnes handicapées du Québec'],
	['Jury pour les Prix des bibliothèques publiques du Québec', 'Association des bibliothèques publiques du Québec'],
	'Table sur le mode de vie physiquement actif',
	['Table des partenaires Famille', 'Ministère de la Famille']
] as const;

const events = [
	['5e Événement régional en petite enfance', 'Éclore Côte-Nord'],
	['Colloque international', 'Réseau d’Études International sur l’Âge, la CitoyenneTé et l’Intégration Socio-économique'],
	['Congrès annuel', 'Fédération québécoise des municipalités'],
	['Grand forum des partenaires', 'Ministère de la Famille'],
	'Forum québécois du loisir 2024',
	'Journées annuelles de santé publique',
	'Levée des drapeaux de la Grande semaine des tout-petits',
	['Sommet 2024', 'Intergénérations Québec']
] as const;

const fairs = ['Conférence annuelle du loisir municipal', 'Rendez-vous de la Nouvelle vague municipale'] as const;

const research = [
	['Comité « Alvéoles » – Portrait des initiatives en éducation par la nature en petite enfance (0-6 ans) au Québec', 'Université Laval'],
	['Projet de la médiation créatrice en camps de jour', 'GIREIL'],
	'Projet de recherche « Assurer l’accès et la compréhension de l’information publique aux personnes en situation de handicap »'
] as const;

const positions = [
	['Article sur la conciliation famille, travail et vie politique', 'Bulletin de l’Observatoire québécois du loisir'],
	'Lettre ouverte en lien avec la loi 57 visant à protéger les élus municipaux et à favoriser l’exercice sans entraves de leurs fonctions',
	'Lettre ouverte sur l’habitation intergénérationnelle'
] as const;

const entries = (type: DemoRepresentation['type'], list: readonly (string | readonly [string, string])[]): DemoRepresentation[] =>
	list.map((entry) => (typeof entry === 'string' ? { type, title: entry } : { type, title: entry[0], host: entry[1] }));

export const DEMO_REPRESENTATIONS: DemoRepresentation[] = [
	...entries('instance', instances),
	...entries('evenement', events),
	...entries('salon', fairs),
	...entries('recherche', research),
	...entries('prise_de_position', positions)
];
