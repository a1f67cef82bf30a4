import type { PopulationClass } from '../territory/service';
import type { FacetSnapshot } from './facet-index';
import { CATALOGUE_FACETS, type CatalogueFacet } from './query';
import { CATALOGUE_KINDS } from './schema';

/** The chosen values of each facet, as the snapshot stores them; null when the facet has no selection. */
export type FacetSelection = Record<CatalogueFacet, ReadonlySet<number> | null>;

export type FacetTally = {
	/** Positions of the items that pass every facet. */
	matching: Int32Array;
	/** Per facet value, the items passing every other facet (OR inside a facet, AND across facets). */
	counts: Record<CatalogueFacet, Map<string, number>>;
};

const populationClassCache = new WeakMap<FacetSnapshot, { key: string; classIds: Int32Array }>();

/** The population class id of each item (-1 for none), computed once per snapshot and set of classes. */
export function populationClassesOf(snapshot: FacetSnapshot, classes: readonly PopulationClass[]): Int32Array {
	const key = classes.map((entry) => `${entry.id}:${entry.minPopulation}:${entry.maxPopulation}`).join(',');
	const cached = populationClassCache.get(snapshot);
	if (cached?.key === key) return cached.classIds;
	const classIds = new Int32Array(snapshot.size).fill(-1);
	for (let position = 0; position < snapshot.size; position++) {
		const population = snapshot.population[position];
		if (population < 0) continue;
		const found = classes.find((entry) => population >= entry.minPopulation && (entry.maxPopulation === null || population <= entry.maxPopulation));
		if (found) classIds[position] = found.id;
	}
	populationClassCache.set(snapshot, { key, classIds });
	return classIds;
}

const overlaps = (values: Int32Array, start: number, end: number, chosen: ReadonlySet<number>): boolean => {
	for (let index = start; index < end; index++) if (chosen.has(values[index])) return true;
	return false;
};

function increment(map: Map<number, number>, key: number): void {
	map.set(key, (map.get(key) ?? 0) + 1);
}

/**
 * Filters the candidates (every item when null) by the selection and counts each facet's values
 * with the other facets applied and not its own, so ticking a value never hides its neighbours.
 */
export function tallyFacets(snapshot: FacetSnapshot, candidates: Int32Array | null, selection: FacetSelection, classIds: Int32Array): FacetTally {
	const { kind, themeStart, themeValues, clienteleStart, clienteleValues, policyType, region, year } = snapshot;
	const passes: ((position: number) => boolean)[] = CATALOGUE_FACETS.map((facet) => {
		const chosen = selection[facet];
		if (!chosen) return () => true;
		switch (facet) {
			case 'kinds':
				return (position) => chosen.has(kind[position]);
			case 'themes':
				return (position) => overlaps(themeValues, themeStart[position], themeStart[position + 1], chosen);
			case 'clienteles':
				return (position) => overlaps(clienteleValues, clienteleStart[position], clienteleStart[position + 1], chosen);
			case 'policyTypes':
				return (position) => chosen.has(policyType[position]);
			case 'regions':
				return (position) => chosen.has(region[position]);
			case 'populationClasses':
				return (position) => chosen.has(classIds[position]);
			case 'years':
				return (position) => chosen.has(year[position]);
		}
	});

	const kindCounts = new Int32Array(CATALOGUE_KINDS.length);
	const regionCounts = new Int32Array(snapshot.regionCodes.length);
	const themeCounts = new Map<number, number>();
	const clienteleCounts = new Map<number, number>();
	const policyCounts = new Map<number, number>();
	const classCounts = new Map<number, number>();
	const yearCounts = new Map<number, number>();
	const addValues = (facetIndex: number, position: number) => {
		switch (CATALOGUE_FACETS[facetIndex]) {
			case 'kinds':
				kindCounts[kind[position]]++;
				break;
			case 'themes':
				for (let index = themeStart[position]; index < themeStart[position + 1]; index++) increment(themeCounts, themeValues[index]);
				break;
			case 'clienteles':
				for (let index = clienteleStart[position]; index < clienteleStart[position + 1]; index++) increment(clienteleCounts, clienteleValues[index]);
				break;
			case 'policyTypes':
				if (policyType[position] >= 0) increment(policyCounts, policyType[position]);
				break;
			case 'regions':
				if (region[position] >= 0) regionCounts[region[position]]++;
				break;
			case 'populationClasses':
				if (classIds[position] >= 0) increment(classCounts, classIds[position]);
				break;
			case 'years':
				if (year[position] >= 0) increment(yearCounts, year[position]);
				break;
		}
	};

	const count = candidates ? candidates.length : snapshot.size;
	const matching = new Int32Array(count);
	let matched = 0;
	const facetCount = CATALOGUE_FACETS.length;
	for (let index = 0; index < count; index++) {
		const position = candidates ? candidates[index] : index;
		let failures = 0;
		let failed = -1;
		for (let facet = 0; facet < facetCount && failures < 2; facet++) {
			if (!passes[facet](position)) {
				failures++;
				failed = facet;
			}
		}
		if (failures === 0) {
			matching[matched++] = position;
			for (let facet = 0; facet < facetCount; facet++) addValues(facet, position);
		} else if (failures === 1) addValues(failed, position);
	}

	const keyed = (map: Map<number, number>) => new Map([...map].map(([key, value]) => [String(key), value]));
	const byIndex = (counts: Int32Array, key: (index: number) => string) =>
		new Map([...counts].flatMap((value, index) => (value > 0 ? [[key(index), value] as [string, number]] : [])));
	return {
		matching: matching.subarray(0, matched),
		counts: {
			kinds: byIndex(kindCounts, (index) => CATALOGUE_KINDS[index]),
			themes: keyed(themeCounts),
			clienteles: keyed(clienteleCounts),
			policyTypes: keyed(policyCounts),
			regions: byIndex(regionCounts, (index) => snapshot.regionCodes[index]),
			populationClasses: keyed(classCounts),
			years: keyed(yearCounts)
		}
	};
}

/**
 * The first `limit` positions by `compare`, sorted. A bounded heap keeps the work near one pass
 * when the page is small against the results (page 1 of 60,000 items compares each item once or twice).
 */
export function firstInOrder(positions: Int32Array, limit: number, compare: (a: number, b: number) => number): number[] {
	if (limit <= 0) return [];
	if (limit * 4 >= positions.length) return Array.from(positions).sort(compare).slice(0, limit);
	// A max-heap of the best `limit` seen so far: its root is the worst of them.
	const heap: number[] = [];
	const siftDown = (start: number) => {
		let index = start;
		for (;;) {
			const left = index * 2 + 1;
			const right = left + 1;
			let worst = index;
			if (left < heap.length && compare(heap[left], heap[worst]) > 0) worst = left;
			if (right < heap.length && compare(heap[right], heap[worst]) > 0) worst = right;
			if (worst === index) return;
			[heap[index], heap[worst]] = [heap[worst], heap[index]];
			index = worst;
		}
	};
	for (const position of positions) {
		if (heap.length < limit) {
			heap.push(position);
			let index = heap.length - 1;
			while (index > 0) {
				const parent = (index - 1) >> 1;
				if (compare(heap[index], heap[parent]) <= 0) break;
				[heap[index], heap[parent]] = [heap[parent], heap[index]];
				index = parent;
			}
		} else if (compare(position, heap[0]) < 0) {
			heap[0] = position;
			siftDown(0);
		}
	}
	return heap.sort(compare);
}
