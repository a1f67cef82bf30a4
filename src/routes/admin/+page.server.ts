import { requireSignedIn } from '$lib/server/modules/accounts/guards';
import { administrationLinks } from '$lib/server/platform/administration';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ locals, url }) => {
	requireSignedIn(locals, url);
	return { links: administrationLinks(locals.actor) };
};
