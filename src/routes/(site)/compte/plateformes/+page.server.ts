import { requireSignedIn } from '$lib/server/modules/accounts/guards';
import { listOwnedPlatforms } from '$lib/server/modules/electoral/platforms/service';
import { isoDay } from '$lib/server/platform/exports/table';
import { platform } from '$lib/server/platform/runtime';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ locals, url }) => {
	const { actor } = requireSignedIn(locals, url);
	const platforms = await listOwnedPlatforms(platform().database.db, actor.userId as string);
	return {
		platforms: platforms.map(({ updatedAt, ...owned }) => ({ ...owned, updatedOn: isoDay(updatedAt) }))
	};
};
