import { localizeHref } from '$lib/paraglide/runtime';
import type { EditorAccess } from './editor.server';

/** A platform opened through its private link, by whoever holds it. */
export function tokenAccess(token: string, locals: App.Locals): EditorAccess {
	return { key: { token }, basePath: localizeHref(`/plateforme-electorale/p/${token}`), token, userId: locals.actor.userId ?? null };
}
