import { hasDemoContent } from '$lib/server/db/seed';
import { navigationLinks } from '$lib/server/platform/navigation';
import { platform } from '$lib/server/platform/runtime';
import type { LayoutServerLoad } from './$types';

export const load: LayoutServerLoad = async ({ locals }) => ({
	signedIn: locals.user ? { name: locals.user.name } : null,
	navigation: navigationLinks(),
	demoContent: await hasDemoContent(platform().database.db)
});
