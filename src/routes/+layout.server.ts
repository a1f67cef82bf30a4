import { navigationLinks } from '$lib/server/platform/navigation';
import { platform } from '$lib/server/platform/runtime';
import type { LayoutServerLoad } from './$types';

export const load: LayoutServerLoad = ({ locals }) => ({
	signedIn: locals.user ? { name: locals.user.name } : null,
	navigation: navigationLinks(),
	demoContent: platform().demoContent
});
