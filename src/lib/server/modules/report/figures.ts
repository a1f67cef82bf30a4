import type { Database } from '../../db/types';
import type { ModuleManifest, Period } from '../../platform/manifest';

/** The part of a manifest the report reads; tests pass their own. */
export type StatSource = Pick<ModuleManifest, 'name' | 'stats'>;

/** A module's figure with its label in the request's language. */
export type StatValue = { key: string; label: string; value: number; unit: string | null; source: string };

/** Every module's figures for a period, by key. */
export async function collectStats(db: Database, manifests: readonly StatSource[], period: Period): Promise<Map<string, StatValue>> {
	const lists = await Promise.all(manifests.map((manifest) => manifest.stats?.(db, period) ?? Promise.resolve([])));
	return new Map(
		lists.flat().map((figure) => [figure.key, { key: figure.key, label: figure.label(), value: figure.value, unit: figure.unit ?? null, source: figure.source }])
	);
}
