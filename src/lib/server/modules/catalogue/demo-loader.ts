import { count, eq, sql } from 'drizzle-orm';
import type { Database } from '../../db/types';
import { municipality } from '../territory/schema';
import { alignPublicationDates } from './demo/timeline';
import type { DemoMeasure, DemoPlace } from './demo/types';
import { insertItems, type NewItem } from './store';
import { catalogueItem } from './schema';
import { loadTerms, type TermIndex } from './terms';
import type { Vocabulary } from './taxonomy-seed';

export const DEMO_MEASURE_COUNT = 4_200;


export async function loadDemoPlaces(db: Database): Promise<DemoPlace[]> {
	return db
		.select({ code: municipality.code, name: municipality.name, population: municipality.population, regionCode: municipality.regionCode, territoryCode: municipality.territoryCode })
		.from(municipality)
		.orderBy(municipality.code);
}

function termIds(terms: TermIndex, vocabulary: Vocabulary, slugs: readonly string[]): number[] {
	return slugs.map((slug) => {
		const term = terms.bySlug(vocabulary, slug);
		if (!term) throw new Error(`Terme inconnu dans le contenu de démonstration : ${vocabulary}/${slug}`);
		return term.id;
	});
}

const dayFromToday = (days: number | null, today: Date) =>
	days === null ? null : new Date(today.getTime() + days * 86_400_000).toISOString().slice(0, 10);

export function measureRow(measure: DemoMeasure, terms: TermIndex, isDemo: boolean): NewItem {
	return {
		kind: 'mesure',
		status: 'published',
		title: measure.title,
		description: measure.description,
		municipalityCode: measure.municipalityCode,
		themeIds: termIds(terms, 'theme', measure.themes),
		clienteleIds: termIds(terms, 'clientele', measure.clienteles),
		policyTypeId: termIds(terms, 'policy_type', [measure.policyType])[0],
		year: measure.adoptionYear,
		policyTitle: measure.policyTitle,
		adoptionYear: measure.adoptionYear,
		planStartYear: measure.planStartYear,
		planEndYear: measure.planEndYear,
		progress: measure.progress,
		isDemo,
		publishedAt: new Date(Date.UTC(measure.adoptionYear, 5, 1))
	};
}

/**
 * The bank's demonstration content: measures generated over real municipalities of every region
 * and size, and written initiatives, funding programmes and tools, all flagged as demonstration.
 * Loaded once: a bank that already holds items is left alone.
 */
export async function loadDemoCatalogue(db: Database, today = new Date()): Promise<void> {
	const [{ existing }] = await db.select({ existing: count() }).from(catalogueItem).where(eq(catalogueItem.isDemo, true));
	if (existing > 0) return;
	// Loaded on demand: the texts stay out of memory on installations without demonstration content.
	const [{ generateDemoMeasures }, { DEMO_INITIATIVES }, { DEMO_PROGRAMMES }, { DEMO_TOOLS }] = await Promise.all([
		import('./demo/generate'),
		import('./demo/initiatives'),
		import('./demo/programmes'),
		import('./demo/tools')
	]);
	const terms = await loadTerms(db);
	const places = await loadDemoPlaces(db);
	const rows: NewItem[] = generateDemoMeasures(places, DEMO_MEASURE_COUNT).map((measure) => measureRow(measure, terms, true));
	for (const initiative of DEMO_INITIATIVES) {
		rows.push({
			kind: 'initiative',
			status: 'published',
			title: initiative.title,
			description: initiative.description,
			municipalityCode: initiative.municipalityCode,
			themeIds: termIds(terms, 'theme', initiative.themes),
			clienteleIds: termIds(terms, 'clientele', initiative.clienteles),
			policyTypeId: initiative.policyType ? termIds(terms, 'policy_type', [initiative.policyType])[0] : null,
			year: initiative.year,
			partners: initiative.partners,
			results: initiative.results,
			awardCategory: initiative.awardCategory,
			awardYear: initiative.awardYear,
			links: initiative.links,
			isDemo: true,
			publishedAt: new Date(Date.UTC(initiative.year, 8, 1))
		});
	}
	for (const programme of DEMO_PROGRAMMES) {
		rows.push({
			kind: 'programme',
			status: 'published',
			title: programme.title,
			description: programme.description,
			themeIds: termIds(terms, 'theme', programme.themes),
			clienteleIds: termIds(terms, 'clientele', programme.clienteles),
			policyTypeId: programme.policyType ? termIds(terms, 'policy_type', [programme.policyType])[0] : null,
			year: programme.year,
			funder: programme.funder,
			objectives: programme.objectives,
			eligibleApplicants: programme.eligibleApplicants,
			amounts: programme.amounts,
			amountTiers: programme.amountTiers.length ? programme.amountTiers : null,
			opensOn: dayFromToday(programme.opensInDays, today),
			closesOn: dayFromToday(programme.closesInDays, today),
			guideUrl: programme.guideUrl,
			formUrl: programme.formUrl,
			isDemo: true,
			publishedAt: today
		});
	}
	for (const tool of DEMO_TOOLS) {
		rows.push({
			kind: 'outil',
			status: 'published',
			title: tool.title,
			description: tool.description,
			themeIds: termIds(terms, 'theme', tool.themes),
			clienteleIds: termIds(terms, 'clientele', tool.clienteles),
			policyTypeId: tool.process ? termIds(terms, 'policy_type', [tool.process])[0] : null,
			toolTypeId: termIds(terms, 'tool_type', [tool.toolType])[0],
			processStep: tool.step,
			fileUrl: tool.url,
			year: tool.year,
			isDemo: true,
			publishedAt: new Date(Date.UTC(tool.year, 2, 1))
		});
	}
	await db.transaction((tx) => insertItems(tx, alignPublicationDates(rows)));
	// Statistics for the planner, and the visibility map that lets facet counting read the covering
	// index alone (the embedded database has no autovacuum to do it later).
	await db.execute(sql`vacuum analyze catalogue_item`);
}
