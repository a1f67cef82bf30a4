import { classOf, type PopulationClass } from '../../territory/service';
import type { Commitment, Evidence } from '../commitments';

/** What a fit is worth; the page explains the ranking with the same order of importance. */
export const RANKING_WEIGHTS = { theme: 4, clientele: 2, sameSize: 3, sameRegion: 1 } as const;

export type RankingContext = {
	themeIds: readonly number[];
	clienteleIds: readonly number[];
	municipality: { regionName: string; populationClass: PopulationClass | null };
	classes: readonly PopulationClass[];
};

export type Example = Evidence & { sameSize: boolean; sameRegion: boolean };

export type Suggestion = {
	commitment: Commitment;
	score: number;
	themeMatch: boolean;
	/** The chosen clientèles the commitment serves. */
	clienteleMatches: number[];
	/** Done by a municipality of the same population class. */
	sameSize: boolean;
	sameRegion: boolean;
	/** The closest examples first: same size, then same region, then staff's order. */
	examples: Example[];
};

/** A commitment's evidence, closest to the candidate's municipality first: same size, then same region, then staff's order. */
export function closestExamples(commitment: Commitment, context: Pick<RankingContext, 'municipality' | 'classes'>): Example[] {
	const ownClass = context.municipality.populationClass;
	return commitment.evidence
		.map((evidence) => ({
			...evidence,
			sameSize: ownClass !== null && evidence.population !== null && classOf(evidence.population, context.classes)?.id === ownClass.id,
			sameRegion: evidence.regionName !== null && evidence.regionName === context.municipality.regionName
		}))
		.map((example, index) => ({ example, index }))
		.sort((a, b) => Number(b.example.sameSize) - Number(a.example.sameSize) || Number(b.example.sameRegion) - Number(a.example.sameRegion) || a.index - b.index)
		.map(({ example }) => example);
}

/**
 * The edition's commitments that serve a chosen theme or clientèle, best fit first: the theme counts
 * most, then each clientèle, then proof from a municipality of the same size, then from the same
 * region. Equal fits keep the edition's order.
 */
export function rankSuggestions(commitments: readonly Commitment[], context: RankingContext, exampleCount = 3): Suggestion[] {
	const themes = new Set(context.themeIds);
	const clienteles = new Set(context.clienteleIds);
	return commitments
		.map((commitment, index) => {
			const themeMatch = themes.has(commitment.themeId);
			const clienteleMatches = commitment.clienteleIds.filter((id) => clienteles.has(id));
			const examples = closestExamples(commitment, context);
			const sameSize = examples.some((example) => example.sameSize);
			const sameRegion = examples.some((example) => example.sameRegion);
			const score =
				(themeMatch ? RANKING_WEIGHTS.theme : 0) +
				clienteleMatches.length * RANKING_WEIGHTS.clientele +
				(sameSize ? RANKING_WEIGHTS.sameSize : 0) +
				(sameRegion ? RANKING_WEIGHTS.sameRegion : 0);
			return { index, suggestion: { commitment, score, themeMatch, clienteleMatches, sameSize, sameRegion, examples: examples.slice(0, exampleCount) } };
		})
		.filter(({ suggestion }) => suggestion.themeMatch || suggestion.clienteleMatches.length > 0)
		.sort((a, b) => b.suggestion.score - a.suggestion.score || a.index - b.index)
		.map(({ suggestion }) => suggestion);
}
