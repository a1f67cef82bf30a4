import type { Database } from '../db/types';
import type { ModuleManifest, SearchHit } from './manifest';

export const SITE_SEARCH_MAX = 100;

/** The site-wide search: asks every module that declares searchable content and merges the hits, best first. */
export async function searchSite(
	db: Database,
	manifests: readonly ModuleManifest[],
	text: string,
	limitPerModule = 20
): Promise<SearchHit[]> {
	const query = text.trim().slice(0, SITE_SEARCH_MAX);
	if (!query) return [];
	const found = await Promise.all(manifests.map((manifest) => manifest.search?.(db, query, limitPerModule) ?? Promise.resolve([])));
	return found.flat().sort((a, b) => b.score - a.score);
}
