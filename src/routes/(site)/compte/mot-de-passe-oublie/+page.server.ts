import { localizeHref } from '$lib/paraglide/runtime';
import { parseForm } from '$lib/server/forms';
import { auth } from '$lib/server/modules/accounts/instance';
import { guardRate } from '$lib/server/modules/accounts/rate-limits';
import { forgotPasswordSchema } from '$lib/server/modules/accounts/validation';
import type { Actions } from './$types';

export const actions: Actions = {
	default: async ({ request, getClientAddress }) => {
		const formData = await request.formData();
		const limited = await guardRate('password-reset', getClientAddress(), formData);
		if (limited) return limited;
		const { data, failure } = parseForm(forgotPasswordSchema(), formData);
		if (failure) return failure;
		// better-auth answers the same whether or not the address has an account; so do we.
		await (await auth()).api.requestPasswordReset({
			body: { email: data.email, redirectTo: localizeHref('/compte/nouveau-mot-de-passe') },
			headers: request.headers
		});
		return { sentTo: data.email };
	}
};
