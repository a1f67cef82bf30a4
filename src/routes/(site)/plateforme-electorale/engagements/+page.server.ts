import { listCommitments } from '$lib/server/modules/electoral/commitments';
import { loadEditionTerms } from '$lib/server/modules/electoral/editions';
import { platform } from '$lib/server/platform/runtime';
import type { PageServerLoad } from './$types';
import { byTheme, chosenTerms, commitmentView, filterChips, filterHref, matches, shownEdition, termOptions } from './browse';

const PATH = '/plateforme-electorale/engagements';

export const load: PageServerLoad = async ({ parent, url }) => {
	const edition = await shownEdition(parent);
	if (!edition) return { browse: null };
	const db = platform().database.db;
	const [terms, commitments] = await Promise.all([loadEditionTerms(db, edition.id), listCommitments(db, edition.id)]);
	const { chosen, problems } = chosenTerms(url, terms, ['theme', 'clientele']);
	const requestedEdition = url.searchParams.get('edition');
	const shown = commitments.filter((commitment) => matches(commitment, chosen));
	return {
		browse: {
			problems,
			themes: termOptions('theme', terms, commitments, chosen),
			clienteles: termOptions('clientele', terms, commitments, chosen),
			chips: filterChips(PATH, requestedEdition, chosen),
			clearHref: filterHref(PATH, requestedEdition, { theme: [], clientele: [] }),
			total: shown.length,
			groups: byTheme(terms, shown, (entries) => entries.map((commitment) => commitmentView(commitment, terms)))
		}
	};
};
