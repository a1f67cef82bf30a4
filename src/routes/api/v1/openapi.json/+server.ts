import { openApiDocument } from '$lib/server/modules/catalogue/openapi';
import { loadSearchContext } from '$lib/server/modules/catalogue/search';
import { platform } from '$lib/server/platform/runtime';
import type { RequestHandler } from './$types';
import { apiJson } from '../responses';

export const GET: RequestHandler = async ({ url }) => {
	const context = await loadSearchContext(platform().database.db);
	return apiJson(openApiDocument(url.origin, context, platform().config.apiRateLimitPerMinute), 200, { 'cache-control': 'public, max-age=300' });
};
