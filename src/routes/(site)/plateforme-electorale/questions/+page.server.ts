import { m } from '$lib/paraglide/messages.js';
import { getLocale } from '$lib/paraglide/runtime';
import type { Commitment } from '$lib/server/modules/electoral/commitments';
import { listCommitments } from '$lib/server/modules/electoral/commitments';
import { loadEditionTerms } from '$lib/server/modules/electoral/editions';
import { platform } from '$lib/server/platform/runtime';
import { byTheme, chosenTerms, matches, shownEdition, termOptions } from '../engagements/browse';
import type { PageServerLoad } from './$types';
import { questionFor } from './phrasing';

/** Two questions per theme keep the printed page to a sheet or two; staff's order puts the strongest first. */
const QUESTIONS_PER_THEME = 2;
const PLACES_PER_QUESTION = 3;

/** The municipalities that did it, named once each: « Batiscan, Lévis et Rimouski ». */
function placesOf(commitment: Commitment): string | null {
	const places = [...new Set(commitment.evidence.map((evidence) => evidence.placeName).filter((name) => name !== null))].slice(0, PLACES_PER_QUESTION);
	if (places.length === 0) return null;
	return new Intl.ListFormat(getLocale() === 'fr' ? 'fr-CA' : 'en-CA', { type: 'conjunction' }).format(places);
}

export const load: PageServerLoad = async ({ parent, url }) => {
	const edition = await shownEdition(parent);
	if (!edition) return { questions: null };
	const db = platform().database.db;
	const [terms, commitments] = await Promise.all([loadEditionTerms(db, edition.id), listCommitments(db, edition.id)]);
	const { chosen, problems } = chosenTerms(url, terms, ['clientele']);
	const shown = commitments.filter((commitment) => matches(commitment, chosen));
	return {
		questions: {
			problems,
			clienteles: termOptions('clientele', terms, commitments, chosen),
			chosenClienteles: chosen.clientele.map((term) => term.label),
			themes: byTheme(terms, shown, (entries) =>
				entries.slice(0, QUESTIONS_PER_THEME).map((commitment) => {
					const places = placesOf(commitment);
					return { id: commitment.id, question: questionFor(commitment.title), doneIn: places && m.electoral_public_question_done_in({ places }) };
				})
			)
		}
	};
};
