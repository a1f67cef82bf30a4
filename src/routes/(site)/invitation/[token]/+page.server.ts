import { m } from '$lib/paraglide/messages.js';
import { orFormFailure } from '$lib/server/http';
import { requireSignedIn } from '$lib/server/modules/accounts/guards';
import { acceptInvitation, findInvitation } from '$lib/server/modules/accounts/organisations';
import { platform } from '$lib/server/platform/runtime';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ params, locals, url }) => {
	const invitation = await findInvitation(platform().database.db, params.token);
	return {
		invitation: invitation && { email: invitation.email, role: invitation.role, organisationName: invitation.organisationName },
		signedIn: Boolean(locals.user),
		here: url.pathname
	};
};

export const actions: Actions = {
	default: async ({ params, locals, url, request }) => {
		const { actor } = requireSignedIn(locals, url);
		const formData = await request.formData();
		const { value: accepted, failure } = await orFormFailure(formData, acceptInvitation(platform().database.db, actor, params.token));
		if (failure) return failure;
		return { done: m.invitation_accepted({ organisation: accepted.organisationName }), organisationId: accepted.organisationId };
	}
};
