/** A figure as the consistency rules see it: a reference ('stat:<key>' or 'indicator:<id>'), a label, a value when known. */
export type ResolvedReference = { ref: string; label: string; value: number | null };

export type RuleHolder = { ref: string; label: string; value: number | null; sumOf: readonly string[] | null; sameAs: string | null };

export type ConsistencyProblem = {
	ref: string;
	label: string;
	value: number | null;
	rule: 'sumOf' | 'sameAs';
	/** What the parts add up to, or the other figure's value; null when a part is missing. */
	expected: number | null;
	parts: ResolvedReference[];
	/** mismatch: both values are known and differ; incomplete: a part has no value yet, so the rule cannot be checked. */
	status: 'mismatch' | 'incomplete';
};

const EPSILON = 1e-9;

/**
 * The figures that disagree with their parts (sumOf) or with another figure (sameAs), and the rules
 * that cannot be checked yet because a part is missing (a module that does not compute it yet).
 */
export function checkConsistency(figures: readonly RuleHolder[], resolve: (ref: string) => ResolvedReference): ConsistencyProblem[] {
	const problems: ConsistencyProblem[] = [];
	for (const figure of figures) {
		const rules: ['sumOf' | 'sameAs', readonly string[]][] = [];
		if (figure.sumOf && figure.sumOf.length > 0) rules.push(['sumOf', figure.sumOf]);
		if (figure.sameAs) rules.push(['sameAs', [figure.sameAs]]);
		for (const [rule, refs] of rules) {
			const parts = refs.map(resolve);
			const known = figure.value !== null && parts.every((part) => part.value !== null);
			const expected = parts.every((part) => part.value !== null) ? parts.reduce((total, part) => total + (part.value ?? 0), 0) : null;
			if (!known) problems.push({ ref: figure.ref, label: figure.label, value: figure.value, rule, expected, parts, status: 'incomplete' });
			else if (Math.abs((figure.value ?? 0) - (expected ?? 0)) > EPSILON) problems.push({ ref: figure.ref, label: figure.label, value: figure.value, rule, expected, parts, status: 'mismatch' });
		}
	}
	return problems;
}
