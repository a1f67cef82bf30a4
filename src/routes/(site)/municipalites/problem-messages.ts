import { m } from '$lib/paraglide/messages.js';
import type { QueryProblem } from '$lib/server/modules/territory/validation';

const messages: Record<string, (value: string) => string> = {
	'q:too_long': () => m.problem_q_too_long(),
	'region:invalid': (value) => m.problem_region_invalid({ value }),
	'region:unknown': (value) => m.problem_region_unknown({ value }),
	'mrc:invalid': (value) => m.problem_mrc_invalid({ value }),
	'mrc:unknown': (value) => m.problem_mrc_unknown({ value }),
	'mrc:outside_region': () => m.problem_mrc_outside_region(),
	'population:invalid': (value) => m.problem_population_invalid({ value }),
	'population:unknown': (value) => m.problem_population_unknown({ value }),
	'tri:invalid': (value) => m.problem_tri_invalid({ value }),
	'page:invalid': (value) => m.problem_page_invalid({ value }),
	'page:past_last_page': (value) => m.problem_page_past_last_page({ value })
};

/** The French (or English) sentence that tells what was wrong in the URL and what was done instead. */
export function problemMessage(problem: QueryProblem): string {
	const message = messages[`${problem.field}:${problem.code}`];
	return message ? message(problem.value) : `${problem.field}: ${problem.value}`;
}
