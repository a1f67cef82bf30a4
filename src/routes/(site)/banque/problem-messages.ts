import { m } from '$lib/paraglide/messages.js';
import type { CatalogueProblem } from '$lib/server/modules/catalogue/query';

const fieldNames: Record<CatalogueProblem['field'], () => string> = {
	q: m.catalogue_field_text,
	type: m.catalogue_facet_kinds,
	theme: m.catalogue_facet_themes,
	clientele: m.catalogue_facet_clienteles,
	politique: m.catalogue_facet_policy_types,
	region: m.catalogue_facet_regions,
	population: m.catalogue_facet_population_classes,
	annee: m.catalogue_facet_years,
	comme: m.catalogue_like_label,
	tri: m.catalogue_sort_label,
	page: m.catalogue_field_page
};

/** What was wrong in the URL and what the page did instead, in the reader's language. */
export function catalogueProblemMessage(problem: CatalogueProblem): string {
	const field = fieldNames[problem.field]();
	switch (problem.code) {
		case 'too_long':
			return m.catalogue_problem_too_long();
		case 'too_many':
			return m.catalogue_problem_too_many({ field });
		case 'unknown':
			return m.catalogue_problem_unknown({ field, value: problem.value });
		case 'past_last_page':
			return m.catalogue_problem_past_last_page({ value: problem.value });
		default:
			return m.catalogue_problem_invalid({ field, value: problem.value });
	}
}
