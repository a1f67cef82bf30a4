import type { ElectoralVocabulary } from './schema';

/**
 * The themes and clientèles of Ma Plateforme électorale, as the 2024-2025 activity report lists
 * them; each new edition starts with a copy that staff can then edit.
 */
export const DEFAULT_ELECTORAL_TERMS: Record<ElectoralVocabulary, readonly { slug: string; label: string }[]> = {
	theme: [
		{ slug: 'collaboration', label: 'Collaboration et partenariat' },
		{ slug: 'inclusivite', label: 'Inclusivité et solidarité' },
		{ slug: 'participation', label: 'Participation citoyenne et communication' },
		{ slug: 'services', label: 'Services aux citoyennes et citoyens et qualité de vie' },
		{ slug: 'espaces-publics', label: 'Territoire attractif – espaces publics' },
		{ slug: 'habitation', label: 'Territoire attractif – habitation et milieu de vie' },
		{ slug: 'loisir', label: 'Territoire attractif – loisir' },
		{ slug: 'mobilite', label: 'Territoire attractif – transport et mobilité' },
		{ slug: 'transition', label: 'Transition socioécologique' }
	],
	clientele: [
		{ slug: 'enfants-adolescents', label: 'Enfants et adolescents' },
		{ slug: 'familles', label: 'Familles' },
		{ slug: 'aines', label: 'Personnes aînées' },
		{ slug: 'handicap', label: 'Personnes en situation de handicap' }
	]
};
