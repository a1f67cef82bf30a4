import { redirect } from '@sveltejs/kit';
import { APIError } from 'better-auth/api';
import { m } from '$lib/paraglide/messages.js';
import { localizeHref } from '$lib/paraglide/runtime';
import { formFailure, parseForm } from '$lib/server/forms';
import { auth } from '$lib/server/modules/accounts/instance';
import { guardRate } from '$lib/server/modules/accounts/rate-limits';
import { safeRedirectTarget } from '$lib/server/modules/accounts/redirects';
import { isDeactivatedEmail } from '$lib/server/modules/accounts/service';
import { signInSchema } from '$lib/server/modules/accounts/validation';
import { platform } from '$lib/server/platform/runtime';
import { DEMO_ACCOUNTS, DEMO_PASSWORD } from '$lib/server/modules/accounts/demo';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = ({ locals, url }) => {
	const next = safeRedirectTarget(url.searchParams.get('suite'), localizeHref('/compte'));
	if (locals.actor.userId) redirect(303, next);
	const demo = platform().demoContent;
	return {
		demoAccounts: demo ? DEMO_ACCOUNTS.map((account) => ({ email: account.email, role: account.role })) : [],
		demoPassword: demo ? DEMO_PASSWORD : null,
		next,
		verified: url.searchParams.has('verifie'),
		signedOut: url.searchParams.has('deconnecte'),
		passwordReset: url.searchParams.has('reinitialise'),
		required: url.searchParams.has('suite')
	};
};

export const actions: Actions = {
	default: async ({ request, url, getClientAddress }) => {
		const formData = await request.formData();
		const limited = await guardRate('sign-in', getClientAddress(), formData);
		if (limited) return limited;
		const { data, failure } = parseForm(signInSchema(), formData);
		if (failure) return failure;
		if (await isDeactivatedEmail(platform().database.db, data.email)) {
			return formFailure(403, formData, {}, m.sign_in_deactivated());
		}
		try {
			await (await auth()).api.signInEmail({
				body: { email: data.email, password: data.password, callbackURL: localizeHref('/compte/connexion?verifie=1') },
				headers: request.headers
			});
		} catch (error) {
			if (error instanceof APIError && error.body?.code === 'EMAIL_NOT_VERIFIED') {
				return formFailure(403, formData, {}, m.sign_in_not_verified());
			}
			if (error instanceof APIError && (error.status === 'UNAUTHORIZED' || error.body?.code === 'INVALID_EMAIL_OR_PASSWORD')) {
				return formFailure(400, formData, { password: m.sign_in_invalid() }, m.sign_in_invalid());
			}
			throw error;
		}
		redirect(303, safeRedirectTarget(url.searchParams.get('suite') ?? String(formData.get('suite') ?? ''), localizeHref('/compte')));
	}
};
