import { audienceLabel } from '$lib/server/modules/report/labels';
import { loadChangeModel } from '$lib/server/modules/report/model';
import { OUTCOME_AUDIENCES } from '$lib/server/modules/report/schema';
import { platform } from '$lib/server/platform/runtime';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async () => {
	const model = await loadChangeModel(platform().database.db);
	return {
		areas: model.areas.map((area) => ({ code: area.code, name: area.name, definition: area.definition })),
		audiences: OUTCOME_AUDIENCES.map((audience) => ({ code: audience, label: audienceLabel(audience) })),
		levels: model.levels.map((level) => ({ code: level.code, name: level.name, description: level.description, outcomes: level.outcomes as Record<string, string | undefined> })),
		means: model.means.map((element) => element.text),
		conditions: model.conditions.map((element) => element.text)
	};
};
