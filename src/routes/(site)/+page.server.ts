import { modules } from '$lib/server/platform/modules';
import { platform } from '$lib/server/platform/runtime';
import type { PageServerLoad } from './$types';

/** Key figures from every module's stats, over all time. */
export const load: PageServerLoad = async () => {
	const db = platform().database.db;
	const allTime = { start: new Date(0), end: new Date() };
	const figures = (await Promise.all(modules.map((manifest) => manifest.stats?.(db, allTime) ?? Promise.resolve([])))).flat();
	return { figures: figures.filter((figure) => figure.headline).map((figure) => ({ key: figure.key, label: figure.label(), value: figure.value, source: figure.source })) };
};
