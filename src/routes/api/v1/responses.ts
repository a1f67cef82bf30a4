import { badRequest } from '$lib/server/modules/catalogue/api';
import { hitRateLimit } from '$lib/server/platform/rate-limit/service';
import { platform } from '$lib/server/platform/runtime';

/** Open data: any site may read it, so CORS is open; nothing here depends on cookies. */
export function apiJson(body: unknown, status: number, headers: Record<string, string> = {}): Response {
	return new Response(JSON.stringify(body), {
		status,
		headers: { 'content-type': 'application/json; charset=utf-8', 'access-control-allow-origin': '*', 'x-content-type-options': 'nosniff', ...headers }
	});
}

/** A 429 problem document when the address has used its requests for the minute, otherwise null. */
export async function apiRateLimited(address: string): Promise<Response | null> {
	const max = platform().config.apiRateLimitPerMinute;
	const { allowed, retryAfterSeconds } = await hitRateLimit(platform().database.db, `api:${address}`, { max, windowSeconds: 60 });
	if (allowed) return null;
	const body = { ...badRequest([]), type: 'https://espacemuni.org/api/problemes/limite', title: 'Trop de requêtes', status: 429, detail: `Limite de ${max} requêtes par minute atteinte; réessayez dans ${retryAfterSeconds} s.` };
	return apiJson(body, 429, { 'content-type': 'application/problem+json', 'retry-after': String(retryAfterSeconds) });
}
