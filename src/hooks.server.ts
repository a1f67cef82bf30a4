import type { Handle, HandleServerError, ServerInit } from '@sveltejs/kit';
import { sequence } from '@sveltejs/kit/hooks';
import { building } from '$app/environment';
import { svelteKitHandler } from 'better-auth/svelte-kit';
import { getTextDirection } from '$lib/paraglide/runtime';
import { paraglideMiddleware } from '$lib/paraglide/server';
import { readConfig } from '$lib/server/platform/config';
import { createLogger } from '$lib/server/platform/logger';
import { loggedPath } from '$lib/server/platform/logged-path';
import { auth } from '$lib/server/modules/accounts/instance';
import { actorFor, scopeOf } from '$lib/server/modules/accounts/service';
import { VISITOR } from '$lib/server/platform/roles';
import { platform, startPlatform, stopPlatform } from '$lib/server/platform/runtime';

export const init: ServerInit = async () => {
	const config = readConfig();
	await startPlatform(config, createLogger(config.logLevel));
	process.once('sveltekit:shutdown', () => void stopPlatform());
};

const handleRequestLog: Handle = async ({ event, resolve }) => {
	const started = performance.now();
	const response = await resolve(event);
	platform().logger.info(
		{ method: event.request.method, path: loggedPath(event.url.pathname), status: response.status, ms: Math.round(performance.now() - started) },
		'requête'
	);
	return response;
};

const SESSION_COOKIES = ['better-auth.session_token', '__Secure-better-auth.session_token'];

/** Who is asking: looked up only when a session cookie comes with the request; better-auth's own routes are served here too. */
const handleActor: Handle = async ({ event, resolve }) => {
	event.locals.actor = VISITOR;
	event.locals.user = null;
	event.locals.session = null;
	const accounts = await auth();
	if (SESSION_COOKIES.some((name) => event.cookies.get(name))) {
		const current = await accounts.api.getSession({ headers: event.request.headers });
		if (current && !current.user.deactivatedAt) {
			event.locals.user = current.user;
			event.locals.session = current.session;
			const scope = await scopeOf(platform().database.db, current.user.id);
			event.locals.actor = actorFor(current.user, scope.organisationIds, scope.regionCodes);
		}
	}
	return svelteKitHandler({ event, resolve, auth: accounts, building });
};

const handleParaglide: Handle = ({ event, resolve }) =>
	paraglideMiddleware(event.request, ({ request, locale }) => {
		event.request = request;
		return resolve(event, {
			transformPageChunk: ({ html }) =>
				html.replace('%paraglide.lang%', locale === 'fr' ? 'fr-CA' : 'en-CA').replace('%paraglide.dir%', getTextDirection(locale))
		});
	});

const handleSecurityHeaders: Handle = async ({ event, resolve }) => {
	const response = await resolve(event);
	response.headers.set('x-content-type-options', 'nosniff');
	response.headers.set('referrer-policy', 'strict-origin-when-cross-origin');
	response.headers.set('x-frame-options', 'DENY');
	response.headers.set('permissions-policy', 'camera=(), microphone=(), geolocation=()');
	// Only behind HTTPS (the platform's public address or the request itself), never on a plain-HTTP laptop.
	if (event.url.protocol === 'https:' || platform().config.origin?.startsWith('https:')) {
		response.headers.set('strict-transport-security', 'max-age=31536000; includeSubDomains');
	}
	return response;
};

export const handle = sequence(handleRequestLog, handleSecurityHeaders, handleActor, handleParaglide);

export const handleError: HandleServerError = ({ error, event, status }) => {
	if (status !== 404) platform().logger.error({ err: error, path: loggedPath(event.url.pathname), status }, 'erreur serveur');
	return { message: status === 404 ? 'Page introuvable' : 'Erreur interne' };
};
