import { error, redirect } from '@sveltejs/kit';
import { can } from '../../platform/permissions';
import { localizeHref } from '$lib/paraglide/runtime';

/** Sends a visitor to the login page, with the way back; returns the signed-in person otherwise. */
export function requireSignedIn(locals: App.Locals, url: URL) {
	if (!locals.user || !locals.session || !locals.actor.userId) {
		redirect(303, `${localizeHref('/compte/connexion')}?suite=${encodeURIComponent(url.pathname + url.search)}`);
	}
	return { user: locals.user, session: locals.session, actor: locals.actor };
}

/** Signed in and holding the permission: a visitor goes to the login page, anyone else without it gets a 403. */
export function requirePermission(locals: App.Locals, url: URL, permission: string) {
	const signedIn = requireSignedIn(locals, url);
	if (!can(locals.actor, permission)) error(403, 'Vous n’avez pas accès à cette page.');
	return signedIn;
}
