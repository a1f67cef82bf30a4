import { redirect } from '@sveltejs/kit';
import { APIError } from 'better-auth/api';
import { m } from '$lib/paraglide/messages.js';
import { localizeHref } from '$lib/paraglide/runtime';
import { formFailure, parseForm } from '$lib/server/forms';
import { auth } from '$lib/server/modules/accounts/instance';
import { signUpSchema } from '$lib/server/modules/accounts/validation';
import { guardRate } from '$lib/server/modules/accounts/rate-limits';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = ({ locals, url }) => {
	if (locals.actor.userId) redirect(303, localizeHref('/compte'));
	return { sentTo: url.searchParams.get('envoye') };
};

export const actions: Actions = {
	default: async ({ request, getClientAddress }) => {
		const formData = await request.formData();
		const limited = await guardRate('sign-up', getClientAddress(), formData);
		if (limited) return limited;
		const { data, failure } = parseForm(signUpSchema(), formData);
		if (failure) return failure;
		try {
			await (await auth()).api.signUpEmail({
				body: { name: data.name, email: data.email, password: data.password, callbackURL: localizeHref('/compte/connexion?verifie=1') },
				headers: request.headers
			});
		} catch (error) {
			if (error instanceof APIError && error.body?.code === 'USER_ALREADY_EXISTS_USE_ANOTHER_EMAIL') {
				return formFailure(400, formData, { email: m.sign_up_email_taken() });
			}
			if (error instanceof APIError && error.body?.code === 'USER_ALREADY_EXISTS') {
				return formFailure(400, formData, { email: m.sign_up_email_taken() });
			}
			throw error;
		}
		redirect(303, `${localizeHref('/compte/inscription')}?envoye=${encodeURIComponent(data.email)}`);
	}
};
