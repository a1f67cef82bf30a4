// Invented names: no real organisation or person is meant. The loader adds « (démo) » to each.

export const DEMO_NONPROFITS: readonly string[] = [
	'Regroupement des aînés actifs de la Haute-Rive',
	'Carrefour jeunesse des Deux-Vallées',
	'Table de concertation en saines habitudes de vie du Littoral',
	'Coopérative de solidarité Le Jardin partagé',
	'Association des familles du Plateau-Nord',
	'Centre communautaire Le Phare des Îles',
	'Corporation de développement communautaire des Trois-Rivières-Sud',
	'Réseau des loisirs ruraux du Haut-Lac',
	'Alliance pour le transport collectif des Monts',
	'Maison de la famille du Bas-Fleuve',
	'Comité citoyen Vivre ensemble à l’Anse',
	'Fondation pour les parcs de quartier',
	'Collectif en sécurité alimentaire des Basses-Terres',
	'Organisme de participation des parents du Cap',
	'Société d’habitation abordable de la Vallée',
	'Regroupement pour l’accessibilité universelle de l’Estuaire'
];

export const DEMO_INDIVIDUALS: readonly string[] = [
	'Mireille Gagnon-Lavoie',
	'Étienne Bouchard',
	'Nadia Côté',
	'François Lemieux-Pelletier',
	'Annie Fortin',
	'Jean-Philippe Roy',
	'Sophie Nguyen',
	'Louis-Charles Bergeron'
];
