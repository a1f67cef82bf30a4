import { redirect } from '@sveltejs/kit';
import { APIError } from 'better-auth/api';
import { m } from '$lib/paraglide/messages.js';
import { localizeHref } from '$lib/paraglide/runtime';
import { formFailure, parseForm } from '$lib/server/forms';
import { requireSignedIn } from '$lib/server/modules/accounts/guards';
import { auth } from '$lib/server/modules/accounts/instance';
import { administrationLinks } from '$lib/server/platform/administration';
import { changeEmailSchema, changePasswordSchema } from '$lib/server/modules/accounts/validation';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ locals, request, url }) => {
	const { user, session } = requireSignedIn(locals, url);
	const sessions = await (await auth()).api.listSessions({ headers: request.headers });
	return {
		user: { name: user.name, email: user.email, role: locals.actor.role },
		administration: administrationLinks(locals.actor),
		sessions: sessions
			.map((entry) => ({
				id: entry.id,
				userAgent: entry.userAgent ?? null,
				createdAt: new Date(entry.createdAt).toISOString(),
				current: entry.token === session.token
			}))
			.sort((a, b) => Number(b.current) - Number(a.current) || b.createdAt.localeCompare(a.createdAt))
	};
};

export const actions: Actions = {
	motDePasse: async ({ request, locals, url }) => {
		requireSignedIn(locals, url);
		const formData = await request.formData();
		const { data, failure } = parseForm(changePasswordSchema(), formData);
		if (failure) return failure;
		try {
			await (await auth()).api.changePassword({
				body: { currentPassword: data.currentPassword, newPassword: data.newPassword, revokeOtherSessions: true },
				headers: request.headers
			});
		} catch (error) {
			if (error instanceof APIError && error.body?.code === 'INVALID_PASSWORD') {
				return formFailure(400, formData, { currentPassword: m.account_password_wrong() });
			}
			throw error;
		}
		return { done: m.account_password_changed() };
	},
	courriel: async ({ request, locals, url }) => {
		const { user } = requireSignedIn(locals, url);
		const formData = await request.formData();
		const { data, failure } = parseForm(changeEmailSchema(), formData);
		if (failure) return failure;
		if (data.newEmail === user.email.toLowerCase()) return formFailure(400, formData, { newEmail: m.account_email_same() });
		await (await auth()).api.changeEmail({ body: { newEmail: data.newEmail, callbackURL: localizeHref('/compte') }, headers: request.headers });
		return { done: m.account_email_sent({ email: data.newEmail, current: user.email }) };
	},
	autresSessions: async ({ request, locals, url }) => {
		requireSignedIn(locals, url);
		await (await auth()).api.revokeOtherSessions({ headers: request.headers });
		return { done: m.account_sessions_revoked() };
	},
	partout: async ({ request, locals, url }) => {
		requireSignedIn(locals, url);
		await (await auth()).api.revokeSessions({ headers: request.headers });
		redirect(303, `${localizeHref('/compte/connexion')}?deconnecte=1`);
	},
	deconnexion: async ({ request }) => {
		await (await auth()).api.signOut({ headers: request.headers }).catch(() => undefined);
		redirect(303, `${localizeHref('/compte/connexion')}?deconnecte=1`);
	}
};
