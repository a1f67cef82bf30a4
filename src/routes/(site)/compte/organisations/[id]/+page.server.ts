import { m } from '$lib/paraglide/messages.js';
import { localizeHref } from '$lib/paraglide/runtime';
import { orFormFailure, orHttpError } from '$lib/server/http';
import { requireSignedIn } from '$lib/server/modules/accounts/guards';
import { queueInvitationMail } from '$lib/server/modules/accounts/mail';
import { INVITATION_DAYS, getOrganisation, inviteMember, removeMember } from '$lib/server/modules/accounts/organisations';
import { platform } from '$lib/server/platform/runtime';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ locals, url, params }) => {
	const { actor } = requireSignedIn(locals, url);
	const organisation = await orHttpError(getOrganisation(platform().database.db, actor, params.id));
	return {
		organisation: {
			...organisation,
			invitations: organisation.invitations.map((entry) => ({ ...entry, expiresAt: entry.expiresAt.toISOString() }))
		},
		invitationDays: INVITATION_DAYS
	};
};

export const actions: Actions = {
	inviter: async ({ request, locals, url, params }) => {
		const { actor, user } = requireSignedIn(locals, url);
		const formData = await request.formData();
		const origin = platform().config.origin ?? url.origin;
		const { value: invited, failure } = await orFormFailure(
			formData,
			inviteMember(
				platform().database.db,
				actor,
				params.id,
				{ email: String(formData.get('email') ?? ''), role: String(formData.get('role') ?? '') },
				(tx, invitation) =>
					queueInvitationMail(
						tx,
						{ ...invitation, inviterName: user.name, acceptUrl: `${origin}${localizeHref(`/invitation/${invitation.token}`)}` },
						INVITATION_DAYS
					)
			)
		);
		if (failure) return failure;
		return { done: m.org_invited({ email: invited.email }) };
	},
	retirer: async ({ request, locals, url, params }) => {
		const { actor } = requireSignedIn(locals, url);
		const formData = await request.formData();
		const { failure } = await orFormFailure(formData, removeMember(platform().database.db, actor, params.id, String(formData.get('userId') ?? '')));
		if (failure) return failure;
		return { done: m.org_member_removed() };
	}
};
