import { listCommitments } from '$lib/server/modules/electoral/commitments';
import { loadEditionTerms } from '$lib/server/modules/electoral/editions';
import { publishedQuestionCount } from '$lib/server/modules/electoral/quiz/service';
import { platform } from '$lib/server/platform/runtime';
import { shownEdition } from './engagements/browse';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ parent }) => {
	const edition = await shownEdition(parent);
	if (!edition) return { overview: null };
	const db = platform().database.db;
	const [terms, commitments, questionCount] = await Promise.all([loadEditionTerms(db, edition.id), listCommitments(db, edition.id), publishedQuestionCount(db, edition.id)]);
	return {
		overview: {
			commitmentCount: commitments.length,
			questionCount,
			themes: terms.themes.map((theme) => ({
				slug: theme.slug,
				label: theme.label,
				count: commitments.filter((commitment) => commitment.themeId === theme.id).length
			}))
		}
	};
};
