import { catalogueApi } from '$lib/server/modules/catalogue/api';
import { platform } from '$lib/server/platform/runtime';
import type { RequestHandler } from './$types';
import { apiJson, apiRateLimited } from '../responses';

export const GET: RequestHandler = async ({ url, request, getClientAddress }) => {
	const limited = await apiRateLimited(getClientAddress());
	if (limited) return limited;
	const answer = await catalogueApi(platform().database.db, url);
	if (answer.status === 400) return apiJson(answer.body, 400, { 'content-type': 'application/problem+json' });
	if (request.headers.get('if-none-match')?.split(',').some((tag) => tag.trim() === answer.etag)) {
		return new Response(null, { status: 304, headers: { etag: answer.etag, 'cache-control': 'public, max-age=60', 'access-control-allow-origin': '*' } });
	}
	return apiJson(answer.body, 200, { etag: answer.etag, 'cache-control': 'public, max-age=60' });
};
