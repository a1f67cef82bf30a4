import type { CostLevel, TimeFrame } from '../schema';

/** Slugs of DEFAULT_ELECTORAL_TERMS, which every new edition copies. */
export type DemoTheme =
	| 'collaboration'
	| 'inclusivite'
	| 'participation'
	| 'services'
	| 'espaces-publics'
	| 'habitation'
	| 'loisir'
	| 'mobilite'
	| 'transition';
export type DemoClientele = 'enfants-adolescents' | 'familles' | 'aines' | 'handicap';

/** A demonstration commitment, as a candidate would word it. */
export type DemoCommitment = {
	theme: DemoTheme;
	clienteles: readonly DemoClientele[];
	title: string;
	/** Why it matters for health and quality of life. */
	rationale: string;
	/** The municipal powers involved. */
	powers: string;
	cost: CostLevel;
	time: TimeFrame;
	/**
	 * Searches of the Banque des mesures that find municipalities which did it, tried in order
	 * while too few items are found. An item found must hold every word of its search in its own
	 * title or description.
	 */
	evidence: readonly [string, ...string[]];
};

export type DemoQuizQuestion = {
	prompt: string;
	choices: readonly string[];
	/** Index in choices. */
	correct: number;
	explanation: string;
	source: { label: string; url: string };
};
