import { inArray } from 'drizzle-orm';
import type { Database } from '../../../db/types';
import { emptyCatalogueQuery } from '../../catalogue/query';
import { catalogueItem, type CatalogueKind } from '../../catalogue/schema';
import { loadSearchContext, searchCatalogue, type CatalogueCard, type SearchContext } from '../../catalogue/search';
import { classOf, listPopulationClasses, type PopulationClass } from '../../territory/service';

export const EVIDENCE_PER_COMMITMENT = 3;
/** How many of the best results of a search are weighed when choosing the evidence. */
const CANDIDATES = 20;
const EVIDENCE_KINDS: CatalogueKind[] = ['mesure', 'initiative'];
const FUNCTION_WORDS = new Set(['les', 'des', 'aux', 'une', 'pour', 'avec', 'sur', 'dans', 'par', 'chaque']);

const fold = (text: string) =>
	text
		.normalize('NFD')
		.replace(/\p{M}/gu, '')
		.toLowerCase();

/** The words of a search that its evidence must mention, each cut to a stem (« scolaires » → « scola »). */
function searchStems(text: string): string[] {
	return fold(text)
		.split(/[^a-z0-9]+/)
		.filter((word) => word.length >= 3 && !FUNCTION_WORDS.has(word))
		.map((word) => (word.length <= 4 ? word : word.slice(0, Math.max(4, word.length - 3))));
}

/**
 * Whether a text mentions every word of a search. The bank's search also reads the item's
 * facets, policy title and partners; evidence must say it in its own title or description.
 */
export function mentionsEvery(text: string, search: string): boolean {
	const words = new Set(fold(text).split(/[^a-z0-9]+/));
	return searchStems(search).every((stem) => [...words].some((word) => word.startsWith(stem)));
}

type Candidate = { id: number; kind: CatalogueKind; title: string; sizeClass: number | null };

/**
 * The results, best first, of the searches in order: the next search runs only while fewer than
 * EVIDENCE_PER_COMMITMENT items were found, so that a narrow first search can be completed.
 */
async function searchInTurn(db: Database, searches: readonly string[], context: SearchContext): Promise<CatalogueCard[]> {
	const found: CatalogueCard[] = [];
	for (const text of searches) {
		if (found.length >= EVIDENCE_PER_COMMITMENT) break;
		const query = emptyCatalogueQuery({ text, kinds: [...EVIDENCE_KINDS] });
		const result = await searchCatalogue(db, query, { pageSize: CANDIDATES, facets: false, plain: true, context });
		// A relaxed search kept items holding only some of the words: not proof enough.
		if (result.relaxed) continue;
		for (const item of result.items) {
			if (mentionsEvery(`${item.title} ${item.excerpt}`, text) && !found.some((other) => other.id === item.id)) found.push(item);
		}
	}
	return found;
}

/**
 * Up to EVIDENCE_PER_COMMITMENT candidates, best ranked first, from municipalities of different
 * sizes and with different titles when the results allow; an initiative, which tells the whole
 * story, leads when there is one.
 */
export function pickAcrossSizes(candidates: readonly Candidate[]): number[] {
	const chosen: Candidate[] = [];
	const initiative = candidates.find((candidate) => candidate.kind === 'initiative');
	if (initiative) chosen.push(initiative);
	const take = (accept: (candidate: Candidate) => boolean) => {
		for (const candidate of candidates) {
			if (chosen.length >= EVIDENCE_PER_COMMITMENT) return;
			if (!chosen.includes(candidate) && accept(candidate)) chosen.push(candidate);
		}
	};
	const newSize = (candidate: Candidate) => !chosen.some((other) => other.sizeClass === candidate.sizeClass);
	const newTitle = (candidate: Candidate) => !chosen.some((other) => other.title === candidate.title);
	take((candidate) => newSize(candidate) && newTitle(candidate));
	take(newSize);
	take(newTitle);
	return chosen.map((candidate) => candidate.id);
}

async function sizeClasses(db: Database, ids: number[], classes: readonly PopulationClass[]): Promise<Map<number, number | null>> {
	if (ids.length === 0) return new Map();
	const rows = await db.select({ id: catalogueItem.id, population: catalogueItem.population }).from(catalogueItem).where(inArray(catalogueItem.id, ids));
	return new Map(rows.map((row) => [row.id, row.population === null ? null : (classOf(row.population, classes)?.id ?? null)]));
}

/**
 * For each list of searches, the ids of published measures and initiatives of the bank that show
 * the commitment done, found by the bank's own search engine; an empty list when no search found any.
 */
export async function findEvidence(db: Database, searchLists: readonly (readonly string[])[]): Promise<number[][]> {
	const [context, classes] = await Promise.all([loadSearchContext(db), listPopulationClasses(db)]);
	// Concurrent: PostgreSQL spreads them over its connections; PGlite simply queues them.
	const found = await Promise.all(searchLists.map((searches) => searchInTurn(db, searches, context)));
	const sizes = await sizeClasses(db, [...new Set(found.flat().map((card) => card.id))], classes);
	return found.map((cards) =>
		pickAcrossSizes(cards.map((card) => ({ id: card.id, kind: card.kind, title: card.title, sizeClass: sizes.get(card.id) ?? null })))
	);
}
