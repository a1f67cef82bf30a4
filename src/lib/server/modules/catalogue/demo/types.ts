import type { ClienteleSlug, PolicyTypeSlug, ThemeSlug, ToolTypeSlug } from '../taxonomy-seed';

/** The realisation status of a measure in its action plan. */
export const MEASURE_PROGRESS = ['prevue', 'en-cours', 'realisee', 'continue'] as const;
export type MeasureProgress = (typeof MEASURE_PROGRESS)[number];

export type DemoLink = { label: string; url: string };

/** A measure as written in a municipal action plan, before it is placed in a municipality. */
export type DemoMeasureTemplate = {
	title: string;
	description: string;
	themes: ThemeSlug[];
	clienteles: ClienteleSlug[];
	/** Policy types in which such a measure is plausible; any when absent. */
	policyTypes?: PolicyTypeSlug[];
	/** Smallest municipality population for which the measure makes sense (a public transit line needs a city). */
	minPopulation?: number;
};

export type DemoPlace = { code: string; name: string; population: number; regionCode: string; territoryCode: string };

export type DemoMeasure = {
	title: string;
	description: string;
	themes: ThemeSlug[];
	clienteles: ClienteleSlug[];
	policyType: PolicyTypeSlug;
	policyTitle: string;
	adoptionYear: number;
	planStartYear: number;
	planEndYear: number;
	progress: MeasureProgress;
	municipalityCode: string;
};

export type DemoInitiative = {
	title: string;
	/** What, for whom, when. */
	description: string;
	partners: string;
	results: string;
	themes: ThemeSlug[];
	clienteles: ClienteleSlug[];
	policyType: PolicyTypeSlug | null;
	year: number;
	/** Prix Espace MUNI category, when the initiative won one. */
	awardCategory: string | null;
	awardYear: number | null;
	/** A municipality code from the reference data (5 digits). */
	municipalityCode: string;
	links: DemoLink[];
};

export type DemoAmountTier = { minPopulation: number; maxPopulation: number | null; amount: number };

export type DemoProgramme = {
	title: string;
	funder: string;
	description: string;
	objectives: string;
	eligibleApplicants: string;
	/** Free text of the amounts, as a funder writes them. */
	amounts: string;
	amountTiers: DemoAmountTier[];
	themes: ThemeSlug[];
	clienteles: ClienteleSlug[];
	policyType: PolicyTypeSlug | null;
	/** Relative to the day the demonstration is loaded, so that open, closing-soon and closed calls all exist. */
	opensInDays: number | null;
	closesInDays: number | null;
	guideUrl: string | null;
	formUrl: string | null;
	year: number;
};

export type DemoTool = {
	title: string;
	description: string;
	toolType: ToolTypeSlug;
	/** The process the tool serves (PFM, MADA, MAE...), and the step of it. */
	process: PolicyTypeSlug | null;
	step: string | null;
	url: string | null;
	themes: ThemeSlug[];
	clienteles: ClienteleSlug[];
	year: number;
};
