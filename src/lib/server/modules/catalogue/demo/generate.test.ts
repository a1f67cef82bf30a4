import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { SEED_CLIENTELES, SEED_POLICY_TYPES, SEED_THEMES, SEED_TOOL_TYPES } from '../taxonomy-seed';
import {
	DEMO_FIRST_ADOPTION_YEAR,
	DEMO_LAST_ADOPTION_YEAR,
	DEMO_MEASURES_PER_PLAN,
	DEMO_REFERENCE_YEAR,
	generateDemoMeasures,
	generateSyntheticMeasures,
	iterateSyntheticMeasures
} from './generate';
import { DEMO_INITIATIVES } from './initiatives';
import { MEASURE_TEMPLATES } from './measure-templates';
import { DEMO_PROGRAMMES } from './programmes';
import { DEMO_TOOLS, MADA_STEPS, MAE_STEPS, PFM_MADA_STEPS, PFM_STEPS } from './tools';
import { MEASURE_PROGRESS, type DemoMeasure, type DemoMeasureTemplate, type DemoPlace } from './types';

type MunicipalityRow = { code_geo: string; nom: string; region_code: string; territoire_code: string; population: string };

const rows = parse(readFileSync(join(process.cwd(), 'reference', 'quebec', 'municipalites.csv'), 'utf8'), {
	columns: true,
	skip_empty_lines: true,
	trim: true
}) as MunicipalityRow[];
const PLACES: DemoPlace[] = rows.map((row) => ({
	code: row.code_geo,
	name: row.nom,
	population: Number(row.population || 0),
	regionCode: row.region_code,
	territoryCode: row.territoire_code
}));
const PLACE_BY_CODE = new Map(PLACES.map((place) => [place.code, place]));
const REGIONS = new Set(PLACES.map((place) => place.regionCode));

const THEMES = new Set<string>(SEED_THEMES.map((term) => term.slug));
const CLIENTELES = new Set<string>(SEED_CLIENTELES.map((term) => term.slug));
const POLICY_TYPES = new Set<string>(SEED_POLICY_TYPES.map((term) => term.slug));
const TOOL_TYPES = new Set<string>(SEED_TOOL_TYPES.map((term) => term.slug));

const DEMO = generateDemoMeasures(PLACES, 4_200);

function templatesOf(measure: DemoMeasure): DemoMeasureTemplate[] {
	return MEASURE_TEMPLATES.filter((template) => measure.title === template.title || measure.title.startsWith(`${template.title} `));
}

function countBy<T>(items: readonly T[], key: (item: T) => readonly string[]): Map<string, number> {
	const counts = new Map<string, number>();
	for (const item of items) for (const value of key(item)) counts.set(value, (counts.get(value) ?? 0) + 1);
	return counts;
}

const sameTextAs = (value: string) => value.replaceAll('’', "'");

describe('measure templates', () => {
	it('are at least 400, distinct, and phrased as plan actions of reasonable length', () => {
		expect(MEASURE_TEMPLATES.length).toBeGreaterThanOrEqual(400);
		expect(new Set(MEASURE_TEMPLATES.map((template) => template.title)).size).toBe(MEASURE_TEMPLATES.length);
		for (const template of MEASURE_TEMPLATES) {
			expect(template.title.length, template.title).toBeGreaterThanOrEqual(40);
			expect(template.title.length, template.title).toBeLessThanOrEqual(140);
			expect(template.description.length, template.title).toBeGreaterThan(40);
			expect(template.themes.length, template.title).toBeGreaterThanOrEqual(1);
			expect(template.themes.length, template.title).toBeLessThanOrEqual(3);
			expect(template.clienteles.length, template.title).toBeGreaterThanOrEqual(1);
			expect(template.clienteles.length, template.title).toBeLessThanOrEqual(3);
			expect(new Set(template.themes).size).toBe(template.themes.length);
			expect(new Set(template.clienteles).size).toBe(template.clienteles.length);
		}
	});

	it('cover every theme and every clientèle at least 15 times', () => {
		const themes = countBy(MEASURE_TEMPLATES, (template) => template.themes);
		const clienteles = countBy(MEASURE_TEMPLATES, (template) => template.clienteles);
		for (const slug of THEMES) expect(themes.get(slug) ?? 0, slug).toBeGreaterThanOrEqual(15);
		for (const slug of CLIENTELES) expect(clienteles.get(slug) ?? 0, slug).toBeGreaterThanOrEqual(15);
	});

	it('restrict seniors-only measures to seniors policies and child-only measures to family and child policies', () => {
		for (const template of MEASURE_TEMPLATES) {
			if (template.clienteles.every((clientele) => clientele === 'aines') && template.policyTypes)
				expect(template.policyTypes, template.title).not.toContain('mae');
			if (template.clienteles.every((clientele) => clientele === 'petite-enfance' || clientele === 'enfants') && template.policyTypes)
				expect(template.policyTypes, template.title).not.toContain('mada');
		}
	});
});

describe('generateDemoMeasures', () => {
	it('gives the same measures for the same seed and other measures for another seed', () => {
		expect(generateDemoMeasures(PLACES, 1_500, 3)).toEqual(generateDemoMeasures(PLACES, 1_500, 3));
		expect(generateDemoMeasures(PLACES, 1_500, 4)).not.toEqual(generateDemoMeasures(PLACES, 1_500, 3));
	});

	it('returns exactly the number of measures asked for', () => {
		for (const count of [0, 1, 5, 17, 21, 250, 1_000]) expect(generateDemoMeasures(PLACES, count)).toHaveLength(count);
		expect(DEMO).toHaveLength(4_200);
		expect(generateDemoMeasures([], 10)).toEqual([]);
	});

	it('uses every theme, clientèle and policy type', () => {
		expect(new Set(DEMO.flatMap((measure) => measure.themes))).toEqual(THEMES);
		expect(new Set(DEMO.flatMap((measure) => measure.clienteles))).toEqual(CLIENTELES);
		expect(new Set(DEMO.map((measure) => measure.policyType))).toEqual(POLICY_TYPES);
	});

	it('gives measures to every region from 1,000 measures on', () => {
		for (const seed of [1, 2, 99]) {
			const measures = generateDemoMeasures(PLACES, 1_000, seed);
			const regions = new Set(measures.map((measure) => PLACE_BY_CODE.get(measure.municipalityCode)?.regionCode));
			expect(regions).toEqual(REGIONS);
		}
		expect(REGIONS.size).toBe(17);
	});

	it('spreads measures over many municipalities of every size', () => {
		const places = new Set(DEMO.map((measure) => measure.municipalityCode));
		expect(places.size).toBeGreaterThan(150);
		const populations = [...places].map((code) => PLACE_BY_CODE.get(code)?.population ?? 0);
		expect(populations.some((population) => population < 1_000)).toBe(true);
		expect(populations.some((population) => population >= 1_000 && population < 10_000)).toBe(true);
		expect(populations.some((population) => population >= 10_000 && population < 100_000)).toBe(true);
		expect(populations.some((population) => population >= 100_000)).toBe(true);
	});

	it('only places a measure in a plan whose type and municipality size its template allows', () => {
		for (const measure of DEMO) {
			const templates = templatesOf(measure);
			expect(templates.length, measure.title).toBeGreaterThan(0);
			const population = PLACE_BY_CODE.get(measure.municipalityCode)?.population ?? 0;
			const allowed = templates.some(
				(template) =>
					(!template.policyTypes || template.policyTypes.includes(measure.policyType)) && (template.minPopulation ?? 0) <= population
			);
			expect(allowed, `${measure.title} (${measure.policyType}, ${population})`).toBe(true);
			expect(measure.themes).toEqual(templates[0].themes);
			expect(measure.clienteles).toEqual(templates[0].clienteles);
		}
	});

	it('keeps adoption years, plan periods and progress consistent', () => {
		for (const measure of DEMO) {
			expect(measure.adoptionYear).toBeGreaterThanOrEqual(DEMO_FIRST_ADOPTION_YEAR);
			expect(measure.adoptionYear).toBeLessThanOrEqual(DEMO_LAST_ADOPTION_YEAR);
			expect(measure.planStartYear).toBe(measure.adoptionYear);
			expect(measure.planEndYear - measure.planStartYear + 1).toBeGreaterThanOrEqual(3);
			expect(measure.planEndYear - measure.planStartYear + 1).toBeLessThanOrEqual(5);
			expect(MEASURE_PROGRESS).toContain(measure.progress);
			if (measure.planEndYear < DEMO_REFERENCE_YEAR) expect(['realisee', 'continue']).toContain(measure.progress);
			expect(measure.policyTitle).toContain(PLACE_BY_CODE.get(measure.municipalityCode)?.name.replace(/^Les? /, '') ?? '?');
		}
		expect(new Set(DEMO.map((measure) => measure.progress))).toEqual(new Set(MEASURE_PROGRESS));
	});

	it('groups measures in plans of 6 to 20 distinct measures', () => {
		const plans = new Map<string, DemoMeasure[]>();
		for (const measure of DEMO) {
			const key = `${measure.municipalityCode}|${measure.policyTitle}|${measure.adoptionYear}`;
			plans.set(key, [...(plans.get(key) ?? []), measure]);
		}
		const sizes = [...plans.values()].map((measures) => measures.length);
		expect(sizes.filter((size) => size < DEMO_MEASURES_PER_PLAN.min).length).toBeLessThanOrEqual(1);
		expect(Math.max(...sizes)).toBeLessThanOrEqual(DEMO_MEASURES_PER_PLAN.max);
		for (const measures of plans.values()) expect(new Set(measures.map((measure) => measure.title)).size).toBe(measures.length);
	});

	it('varies titles and descriptions so that the bank is not made of identical copies', () => {
		const titles = new Set(DEMO.map((measure) => measure.title));
		expect(titles.size).toBeGreaterThan(MEASURE_TEMPLATES.length * 2);
		const mentioningTown = DEMO.filter((measure) => {
			const name = PLACE_BY_CODE.get(measure.municipalityCode)?.name.replace(/^Les? /, '') ?? '?';
			return measure.description.includes(name);
		});
		expect(mentioningTown.length).toBeGreaterThan(DEMO.length / 5);
		expect(DEMO.some((measure) => /transport/.test(measure.title) && measure.themes.includes('transport'))).toBe(true);
		expect(DEMO.some((measure) => /aînés/.test(measure.title) && measure.clienteles.includes('aines'))).toBe(true);
		expect(DEMO.some((measure) => /camp de jour/.test(measure.title) && measure.clienteles.includes('enfants'))).toBe(true);
	});
});

describe('synthetic measures', () => {
	it('produces 100,000 measures with many distinct titles', () => {
		let count = 0;
		const titles = new Set<string>();
		const regions = new Set<string | undefined>();
		for (const measure of iterateSyntheticMeasures(PLACES, 100_000)) {
			count++;
			titles.add(measure.title);
			regions.add(PLACE_BY_CODE.get(measure.municipalityCode)?.regionCode);
		}
		expect(count).toBe(100_000);
		expect(titles.size).toBeGreaterThan(5_000);
		expect(regions).toEqual(REGIONS);
	});

	it('is deterministic and honours the count', () => {
		const first = generateSyntheticMeasures(PLACES, 2_000);
		expect(first).toHaveLength(2_000);
		expect(generateSyntheticMeasures(PLACES, 2_000)).toEqual(first);
		expect(generateSyntheticMeasures(PLACES, 2_000, 8)).not.toEqual(first);
	});
});

describe('demonstration content', () => {
	const slugSets: [string, readonly string[], Set<string>][] = [
		...MEASURE_TEMPLATES.flatMap((template): [string, readonly string[], Set<string>][] => [
			[template.title, template.themes, THEMES],
			[template.title, template.clienteles, CLIENTELES],
			[template.title, template.policyTypes ?? [], POLICY_TYPES]
		]),
		...DEMO_INITIATIVES.flatMap((item): [string, readonly string[], Set<string>][] => [
			[item.title, item.themes, THEMES],
			[item.title, item.clienteles, CLIENTELES],
			[item.title, item.policyType ? [item.policyType] : [], POLICY_TYPES]
		]),
		...DEMO_PROGRAMMES.flatMap((item): [string, readonly string[], Set<string>][] => [
			[item.title, item.themes, THEMES],
			[item.title, item.clienteles, CLIENTELES],
			[item.title, item.policyType ? [item.policyType] : [], POLICY_TYPES]
		]),
		...DEMO_TOOLS.flatMap((item): [string, readonly string[], Set<string>][] => [
			[item.title, item.themes, THEMES],
			[item.title, item.clienteles, CLIENTELES],
			[item.title, item.process ? [item.process] : [], POLICY_TYPES],
			[item.title, [item.toolType], TOOL_TYPES]
		])
	];

	it('only uses slugs of the seeded vocabularies', () => {
		for (const [title, slugs, known] of slugSets) for (const slug of slugs) expect(known.has(slug), `${title}: ${slug}`).toBe(true);
	});

	it('has unique titles within initiatives, programmes and tools, in the expected numbers', () => {
		for (const [items, minimum] of [
			[DEMO_INITIATIVES, 110],
			[DEMO_PROGRAMMES, 54],
			[DEMO_TOOLS, 44]
		] as const) {
			expect(items.length).toBeGreaterThanOrEqual(minimum);
			expect(new Set(items.map((item) => item.title)).size).toBe(items.length);
			for (const item of items) {
				expect(item.themes.length, item.title).toBeGreaterThan(0);
				expect(item.clienteles.length, item.title).toBeGreaterThan(0);
			}
		}
	});

	it('sets initiatives in real municipalities of every region, named in their description', () => {
		const regions = new Set<string>();
		for (const initiative of DEMO_INITIATIVES) {
			const place = PLACE_BY_CODE.get(initiative.municipalityCode);
			expect(place, `${initiative.title}: ${initiative.municipalityCode}`).toBeDefined();
			if (!place) continue;
			regions.add(place.regionCode);
			expect(sameTextAs(initiative.description), initiative.title).toContain(place.name.replace(/^Les? /, ''));
			expect(initiative.year).toBeGreaterThanOrEqual(2016);
			expect(initiative.year).toBeLessThanOrEqual(2025);
			expect(initiative.links).toEqual([]);
			expect(initiative.partners.length).toBeGreaterThan(10);
			expect(initiative.results.length).toBeGreaterThan(20);
			expect(initiative.awardCategory === null).toBe(initiative.awardYear === null);
			if (initiative.awardYear !== null) {
				expect(initiative.awardYear).toBeGreaterThanOrEqual(initiative.year);
				expect(initiative.awardYear).toBeLessThanOrEqual(2025);
			}
		}
		expect(regions).toEqual(REGIONS);
		const awarded = DEMO_INITIATIVES.filter((initiative) => initiative.awardCategory !== null).length;
		expect(awarded).toBeGreaterThanOrEqual(DEMO_INITIATIVES.length / 4);
		expect(awarded).toBeLessThanOrEqual(DEMO_INITIATIVES.length / 2);
		const populations = DEMO_INITIATIVES.map((initiative) => PLACE_BY_CODE.get(initiative.municipalityCode)?.population ?? 0);
		expect(populations.filter((population) => population < 2_000).length).toBeGreaterThanOrEqual(10);
		expect(populations.filter((population) => population >= 100_000).length).toBeGreaterThanOrEqual(10);
	});

	it('gives programmes open, closing, closed, upcoming and permanent calls, and tiers ordered by population', () => {
		const windows = DEMO_PROGRAMMES.map(({ opensInDays: opens, closesInDays: closes }) => {
			if (opens === null && closes === null) return 'permanent';
			if (closes !== null && closes < 0) return 'closed';
			if (opens !== null && opens > 0) return 'upcoming';
			if (closes !== null && closes <= 10) return 'closing-soon';
			return 'open';
		});
		expect(new Set(windows)).toEqual(new Set(['permanent', 'closed', 'upcoming', 'closing-soon', 'open']));
		for (const programme of DEMO_PROGRAMMES) {
			expect(programme.guideUrl).toBeNull();
			expect(programme.formUrl).toBeNull();
			if (programme.opensInDays !== null && programme.closesInDays !== null)
				expect(programme.opensInDays).toBeLessThan(programme.closesInDays);
			programme.amountTiers.forEach((tier, index) => {
				expect(tier.amount).toBeGreaterThan(0);
				if (index === 0) expect(tier.minPopulation).toBe(0);
				else expect(tier.minPopulation).toBe((programme.amountTiers[index - 1].maxPopulation ?? Number.NaN) + 1);
				if (index === programme.amountTiers.length - 1) expect(tier.maxPopulation).toBeNull();
			});
		}
		const tiered = DEMO_PROGRAMMES.filter((programme) => programme.amountTiers.length > 0).length;
		expect(tiered).toBeGreaterThanOrEqual(DEMO_PROGRAMMES.length * 0.4);
		expect(tiered).toBeLessThanOrEqual(DEMO_PROGRAMMES.length * 0.6);
	});

	it('ties tools to the steps of their process', () => {
		const steps: Record<string, readonly string[]> = { mada: MADA_STEPS, pfm: PFM_STEPS, mae: MAE_STEPS, 'pfm-mada': PFM_MADA_STEPS };
		for (const item of DEMO_TOOLS) {
			expect(item.url).toBeNull();
			const known = item.process ? steps[item.process] : undefined;
			if (known && item.step !== null) expect(known, item.title).toContain(item.step);
		}
		expect(new Set(DEMO_TOOLS.map((item) => item.toolType))).toEqual(TOOL_TYPES);
		for (const process of ['mada', 'pfm', 'mae', 'pfm-mada']) {
			const used = new Set(DEMO_TOOLS.filter((item) => item.process === process).map((item) => item.step));
			for (const step of steps[process]) expect(used.has(step), `${process}: ${step}`).toBe(true);
		}
	});
});
