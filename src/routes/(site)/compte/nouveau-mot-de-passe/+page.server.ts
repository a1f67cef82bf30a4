import { redirect } from '@sveltejs/kit';
import { APIError } from 'better-auth/api';
import { m } from '$lib/paraglide/messages.js';
import { localizeHref } from '$lib/paraglide/runtime';
import { formFailure, parseForm } from '$lib/server/forms';
import { auth } from '$lib/server/modules/accounts/instance';
import { resetPasswordSchema } from '$lib/server/modules/accounts/validation';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = ({ url }) => ({
	token: url.searchParams.get('token') ?? '',
	// better-auth sends people back here with ?error=INVALID_TOKEN when the link has expired or was used.
	invalid: url.searchParams.has('error') || !url.searchParams.get('token')
});

export const actions: Actions = {
	default: async ({ request }) => {
		const formData = await request.formData();
		const { data, failure } = parseForm(resetPasswordSchema(), formData);
		if (failure) return failure;
		try {
			await (await auth()).api.resetPassword({ body: { token: data.token, newPassword: data.newPassword }, headers: request.headers });
		} catch (error) {
			if (error instanceof APIError) return formFailure(400, formData, {}, m.reset_invalid_token());
			throw error;
		}
		redirect(303, `${localizeHref('/compte/connexion')}?reinitialise=1`);
	}
};
