import type { RequestEvent } from '@sveltejs/kit';
import { CATALOGUE_AUDIENCE_SCOPE } from '$lib/server/modules/catalogue/stats';
import { recordVisit } from '$lib/server/platform/analytics/service';
import { platform } from '$lib/server/platform/runtime';

/**
 * Counts the visitor (once a day, without storing the address) and, for a search, one search.
 * Results that follow typing are counted by the page once they have stayed on screen
 * (see /banque/recherches), so that each keystroke is not a search.
 */
export async function countCatalogueVisit(event: Pick<RequestEvent, 'request' | 'getClientAddress' | 'isDataRequest'>, search: { active: boolean; total: number } | null) {
	const events = search?.active && !event.isDataRequest ? ['search', ...(search.total === 0 ? ['search-without-result'] : [])] : [];
	try {
		await recordVisit(platform().database.db, CATALOGUE_AUDIENCE_SCOPE, { address: event.getClientAddress(), userAgent: event.request.headers.get('user-agent') ?? '' }, events);
	} catch (error) {
		// Audience figures never cost a reader their page.
		platform().logger.warn({ err: error }, 'comptage de la visite impossible');
	}
}
