import type { RequestEvent } from '@sveltejs/kit';
import { localizeHref } from '$lib/paraglide/runtime';
import { requireSignedIn } from '$lib/server/modules/accounts/guards';
import type { EditorAccess } from '../../plateforme-electorale/p/editor.server';

/**
 * A platform opened by its signed-in owner from the account. The private key is never kept (only its
 * hash), so the owner's pages reach the platform by its number, and only for its owner: anyone
 * else gets the same « not found » as a wrong link.
 */
export function ownerAccess({ locals, url, params }: Pick<RequestEvent, 'locals' | 'url' | 'params'>): EditorAccess {
	const { actor } = requireSignedIn(locals, url);
	const id = String(params.id ?? '');
	return {
		key: { platformId: /^\d{1,9}$/.test(id) ? Number(id) : -1, ownerUserId: actor.userId as string },
		basePath: localizeHref(`/compte/plateformes/${id}`),
		token: null,
		userId: actor.userId
	};
}
