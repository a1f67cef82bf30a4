import { currentEdition, getEditionBySlug } from '$lib/server/modules/electoral/editions';
import { ELECTORAL_AUDIENCE_SCOPE } from '$lib/server/modules/electoral/stats';
import { recordVisit } from '$lib/server/platform/analytics/service';
import { platform } from '$lib/server/platform/runtime';
import type { LayoutServerLoad } from './$types';

/**
 * Counts the visitor of any page of Ma Plateforme électorale (once a day, without storing the
 * address), and finds the edition the public pages show: `?edition=slug`, else the current one.
 */
export const load: LayoutServerLoad = async (event) => {
	const db = platform().database.db;
	try {
		await recordVisit(db, ELECTORAL_AUDIENCE_SCOPE, { address: event.getClientAddress(), userAgent: event.request.headers.get('user-agent') ?? '' });
	} catch (error) {
		// Audience figures never cost a reader their page.
		platform().logger.warn({ err: error }, 'comptage de la visite impossible');
	}
	const requested = event.url.searchParams.get('edition');
	const edition = requested ? await getEditionBySlug(db, requested) : await currentEdition(db);
	return {
		edition: edition && { id: edition.id, slug: edition.slug, name: edition.name, electionDate: edition.electionDate, isOpen: edition.isOpen, isDemo: edition.isDemo },
		requestedEdition: requested
	};
};
