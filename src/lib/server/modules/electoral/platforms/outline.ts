import { itemPath } from '$lib/catalogue';
import { m } from '$lib/paraglide/messages.js';
import { localizeHref } from '$lib/paraglide/runtime';
import type { PopulationClass } from '../../territory/service';
import type { Commitment } from '../commitments';
import type { Edition, EditionTerms } from '../editions';
import { themeGroups } from './order';
import { closestExamples } from './ranking';
import type { PlatformDetail } from './service';

/** A bank item behind a commitment: `path` for the document's full addresses, `href` for the page's links. */
export type OutlineExample = { title: string; place: string; year: number | null; path: string; href: string };
export type OutlineEntry = { id: number; title: string; details: string; examples: OutlineExample[] };
export type OutlineSection = { themeId: number | null; label: string; entries: OutlineEntry[] };

/** What the preview and the Word document show, in the candidate's order. */
export type PlatformOutline = {
	title: string;
	candidateName: string;
	municipalityName: string;
	regionName: string;
	editionName: string;
	electionDate: string;
	introduction: string;
	sections: OutlineSection[];
};

/** A platform's title: the candidate's own, or one made from the municipality. */
export const platformTitle = (platform: Pick<PlatformDetail, 'title' | 'municipality'>) =>
	platform.title || m.electoral_builder_default_title({ municipality: platform.municipality.name });

export function platformOutline(
	platform: PlatformDetail,
	edition: Pick<Edition, 'name' | 'electionDate'>,
	terms: EditionTerms,
	commitments: readonly Commitment[],
	classes: readonly PopulationClass[],
	exampleCount = 3
): PlatformOutline {
	const byId = new Map(commitments.map((commitment) => [commitment.id, commitment]));
	const context = { municipality: platform.municipality, classes };
	const examplesOf = (commitmentId: number | null): OutlineExample[] => {
		const commitment = commitmentId === null ? undefined : byId.get(commitmentId);
		if (!commitment) return [];
		return closestExamples(commitment, context)
			.slice(0, exampleCount)
						.map((example) => {
				const path = itemPath(example.kind, example.id);
				return { title: example.title, place: [example.placeName, example.regionName].filter(Boolean).join(', '), year: example.year, path, href: localizeHref(path) };
			});
	};
	return {
		title: platformTitle(platform),
		candidateName: platform.candidateName,
		municipalityName: platform.municipality.name,
		regionName: platform.municipality.regionName,
		editionName: edition.name,
		electionDate: edition.electionDate,
		introduction: platform.introduction,
		sections: themeGroups(platform.entries).map((group) => ({
			themeId: group.themeId,
			label: group.themeId === null ? m.electoral_builder_other_theme() : (terms.byId.get(group.themeId)?.label ?? m.electoral_builder_other_theme()),
			entries: group.entries.map((entry) => ({ id: entry.id, title: entry.title, details: entry.details, examples: examplesOf(entry.commitmentId) }))
		}))
	};
}
