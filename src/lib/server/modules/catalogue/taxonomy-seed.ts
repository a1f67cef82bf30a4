/**
 * The vocabularies the bank starts with, seeded once; staff edit them afterwards.
 * Sources: ../shared/mission/domain-notes.md §1 (PFM champs d'intervention of Hébertville and
 * Lévis, MADA champs d'action, policy types seen in municipal documents).
 */
export const VOCABULARIES = ['theme', 'clientele', 'policy_type', 'tool_type'] as const;
export type Vocabulary = (typeof VOCABULARIES)[number];

export type SeedTerm = { slug: string; label: string };

export const SEED_THEMES = [
	{ slug: 'amenagement', label: 'Aménagement du territoire et urbanisme' },
	{ slug: 'habitation', label: 'Habitation' },
	{ slug: 'transport', label: 'Transport et mobilité' },
	{ slug: 'loisir', label: 'Loisir, sport et plein air' },
	{ slug: 'culture', label: 'Culture et patrimoine' },
	{ slug: 'sante', label: 'Santé et saines habitudes de vie' },
	{ slug: 'securite', label: 'Sécurité des personnes et des biens' },
	{ slug: 'environnement', label: 'Environnement et qualité de vie' },
	{ slug: 'services-garde', label: 'Services de garde et petite enfance' },
	{ slug: 'education', label: 'Éducation et réussite éducative' },
	{ slug: 'communautaire', label: 'Soutien aux organismes communautaires et familiaux' },
	{ slug: 'participation', label: 'Participation citoyenne' },
	{ slug: 'communication', label: 'Communication et information' },
	{ slug: 'inclusion', label: 'Respect et inclusion sociale' },
	{ slug: 'immigration', label: 'Accueil et immigration' },
	{ slug: 'administration', label: 'Administration municipale' }
] as const satisfies readonly SeedTerm[];

export const SEED_CLIENTELES = [
	{ slug: 'familles', label: 'Familles' },
	{ slug: 'petite-enfance', label: 'Petite enfance (0-5 ans)' },
	{ slug: 'enfants', label: 'Enfants (6-12 ans)' },
	{ slug: 'adolescents', label: 'Adolescents' },
	{ slug: 'jeunes-adultes', label: 'Jeunes adultes' },
	{ slug: 'aines', label: 'Personnes aînées' },
	{ slug: 'personnes-handicapees', label: 'Personnes en situation de handicap' },
	{ slug: 'personnes-immigrantes', label: 'Personnes immigrantes' },
	{ slug: 'proches-aidants', label: 'Personnes proches aidantes' },
	{ slug: 'population', label: 'Toute la population' }
] as const satisfies readonly SeedTerm[];

export const SEED_POLICY_TYPES = [
	{ slug: 'pfm', label: 'Politique familiale municipale (PFM)' },
	{ slug: 'mada', label: 'Municipalité amie des aînés (MADA)' },
	{ slug: 'pfm-mada', label: 'Politique intégrée famille et aînés (PFM-MADA)' },
	{ slug: 'mae', label: 'Municipalité amie des enfants (MAE)' },
	{ slug: 'developpement-social', label: 'Politique de développement social' },
	{ slug: 'autre', label: 'Autre politique ou plan' }
] as const satisfies readonly SeedTerm[];

export const SEED_TOOL_TYPES = [
	{ slug: 'guide', label: 'Guide' },
	{ slug: 'gabarit', label: 'Gabarit' },
	{ slug: 'grille', label: 'Grille' },
	{ slug: 'webinaire', label: 'Webinaire' },
	{ slug: 'fiche', label: 'Fiche pratique' },
	{ slug: 'formation', label: 'Formation' }
] as const satisfies readonly SeedTerm[];

export type ThemeSlug = (typeof SEED_THEMES)[number]['slug'];
export type ClienteleSlug = (typeof SEED_CLIENTELES)[number]['slug'];
export type PolicyTypeSlug = (typeof SEED_POLICY_TYPES)[number]['slug'];
export type ToolTypeSlug = (typeof SEED_TOOL_TYPES)[number]['slug'];

export const SEED_VOCABULARIES: Record<Vocabulary, readonly SeedTerm[]> = {
	theme: SEED_THEMES,
	clientele: SEED_CLIENTELES,
	policy_type: SEED_POLICY_TYPES,
	tool_type: SEED_TOOL_TYPES
};
