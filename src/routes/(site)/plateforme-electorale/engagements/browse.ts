import { error } from '@sveltejs/kit';
import { itemPath } from '$lib/catalogue';
import { COST_LABELS, TIME_FRAME_LABELS } from '$lib/electoral';
import type { CommitmentView } from '$lib/components/electoral/PublicCommitment.svelte';
import { m } from '$lib/paraglide/messages.js';
import { localizeHref } from '$lib/paraglide/runtime';
import { kindLabel } from '$lib/server/modules/catalogue/labels';
import type { Commitment, Evidence } from '$lib/server/modules/electoral/commitments';
import type { EditionTerms, ElectoralTerm } from '$lib/server/modules/electoral/editions';
import type { ElectoralVocabulary } from '$lib/server/modules/electoral/schema';

/** A checkbox of a filter: its value, how many commitments it would show with the other filters, whether it is ticked. */
export type TermOption = { slug: string; label: string; count: number; selected: boolean };

export type ThemeGroup<Entry> = { slug: string; label: string; entries: Entry[] };

type ShownEdition = { id: number; slug: string; name: string; electionDate: string; isOpen: boolean; isDemo: boolean };

/** The edition the layout found for the page: null when there is none yet, a 404 when the one asked for does not exist. */
export async function shownEdition(parent: () => Promise<{ edition: ShownEdition | null; requestedEdition: string | null }>): Promise<ShownEdition | null> {
	const { edition, requestedEdition } = await parent();
	if (!edition && requestedEdition) error(404, m.electoral_public_edition_not_found());
	return edition;
}

/** The parameter each vocabulary takes in the address: `?theme=loisir&clientele=aines`. */
export const FILTER_PARAMETERS: Record<ElectoralVocabulary, string> = { theme: 'theme', clientele: 'clientele' };


/** The terms ticked in the address, and a French message for each value this edition does not have. */
export function chosenTerms(url: URL, terms: EditionTerms, vocabularies: readonly ElectoralVocabulary[]) {
	const chosen = { theme: [] as ElectoralTerm[], clientele: [] as ElectoralTerm[] };
	const problems: string[] = [];
	for (const vocabulary of vocabularies) {
		for (const slug of new Set(url.searchParams.getAll(FILTER_PARAMETERS[vocabulary]))) {
			const term = terms.bySlug(vocabulary, slug);
			if (term) chosen[vocabulary].push(term);
			else if (slug.trim()) problems.push(m.electoral_public_unknown_term({ value: slug.slice(0, 60) }));
		}
	}
	return { chosen, problems };
}

/** Within a vocabulary, any ticked value matches; across vocabularies, all must. */
export function matches(commitment: Commitment, chosen: { theme: readonly ElectoralTerm[]; clientele: readonly ElectoralTerm[] }, ignore?: ElectoralVocabulary) {
	const themeOk = ignore === 'theme' || chosen.theme.length === 0 || chosen.theme.some((term) => term.id === commitment.themeId);
	const clienteleOk = ignore === 'clientele' || chosen.clientele.length === 0 || chosen.clientele.some((term) => commitment.clienteleIds.includes(term.id));
	return themeOk && clienteleOk;
}

/** Each value of a vocabulary with the count it would give, counted with the other vocabulary's filter but not its own. */
export function termOptions(
	vocabulary: ElectoralVocabulary,
	terms: EditionTerms,
	commitments: readonly Commitment[],
	chosen: { theme: readonly ElectoralTerm[]; clientele: readonly ElectoralTerm[] }
): TermOption[] {
	const counted = commitments.filter((commitment) => matches(commitment, chosen, vocabulary));
	const list = vocabulary === 'theme' ? terms.themes : terms.clienteles;
	return list.map((term) => ({
		slug: term.slug,
		label: term.label,
		selected: chosen[vocabulary].some((selected) => selected.id === term.id),
		count: counted.filter((commitment) => (vocabulary === 'theme' ? commitment.themeId === term.id : commitment.clienteleIds.includes(term.id))).length
	}));
}

/** Where a bank item was done: « Batiscan, Mauricie · 2022 ». */
const whereOf = (evidence: Evidence) => [[evidence.placeName, evidence.regionName].filter(Boolean).join(', '), evidence.year].filter(Boolean).join(' · ');

export function commitmentView(commitment: Commitment, terms: EditionTerms): CommitmentView {
	return {
		id: commitment.id,
		title: commitment.title,
		rationale: commitment.rationale,
		powers: commitment.powers,
		cost: COST_LABELS[commitment.costLevel](),
		timeFrame: TIME_FRAME_LABELS[commitment.timeFrame](),
		clienteles: commitment.clienteleIds.map((id) => terms.byId.get(id)?.label).filter((label) => label !== undefined),
		evidence: commitment.evidence.map((evidence) => ({
			href: localizeHref(itemPath(evidence.kind, evidence.id)),
			title: evidence.title,
			kind: kindLabel(evidence.kind),
			where: whereOf(evidence),
			isDemo: evidence.isDemo
		}))
	};
}

/** Commitments under their themes, in the edition's theme order; themes without any are left out. */
export function byTheme<Entry>(terms: EditionTerms, commitments: readonly Commitment[], view: (commitments: Commitment[]) => Entry[]): ThemeGroup<Entry>[] {
	return terms.themes
		.map((theme) => ({ slug: theme.slug, label: theme.label, entries: view(commitments.filter((commitment) => commitment.themeId === theme.id)) }))
		.filter((group) => group.entries.length > 0);
}

/** An address of the page with the given filters, keeping the edition asked for. */
export function filterHref(path: string, edition: string | null, chosen: { theme: readonly ElectoralTerm[]; clientele: readonly ElectoralTerm[] }): string {
	const params = new URLSearchParams();
	if (edition) params.set('edition', edition);
	for (const term of chosen.theme) params.append(FILTER_PARAMETERS.theme, term.slug);
	for (const term of chosen.clientele) params.append(FILTER_PARAMETERS.clientele, term.slug);
	const query = params.toString();
	return `${localizeHref(path)}${query ? `?${query}` : ''}`;
}

/** One removable chip per ticked value, each linking to the page without it. */
export function filterChips(path: string, edition: string | null, chosen: { theme: readonly ElectoralTerm[]; clientele: readonly ElectoralTerm[] }) {
	return [...chosen.theme, ...chosen.clientele].map((term) => ({
		label: term.label,
		href: filterHref(path, edition, {
			theme: chosen.theme.filter((other) => other !== term),
			clientele: chosen.clientele.filter((other) => other !== term)
		})
	}));
}
