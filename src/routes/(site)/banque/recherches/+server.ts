import { CATALOGUE_AUDIENCE_SCOPE } from '$lib/server/modules/catalogue/stats';
import { countEvent } from '$lib/server/platform/analytics/service';
import { hitRateLimit } from '$lib/server/platform/rate-limit/service';
import { platform } from '$lib/server/platform/runtime';
import type { RequestHandler } from './$types';

/** The search page reports, without JavaScript's help for anything else, a search whose results stayed on screen. */
export const POST: RequestHandler = async ({ request, getClientAddress }) => {
	const db = platform().database.db;
	const form = await request.formData().catch(() => null);
	const total = Number(form?.get('total'));
	const { allowed } = await hitRateLimit(db, `catalogue-search-count:${getClientAddress()}`, { max: 120, windowSeconds: 3600 });
	if (allowed && Number.isInteger(total) && total >= 0) {
		await countEvent(db, CATALOGUE_AUDIENCE_SCOPE, 'search');
		if (total === 0) await countEvent(db, CATALOGUE_AUDIENCE_SCOPE, 'search-without-result');
	}
	return new Response(null, { status: 204 });
};
