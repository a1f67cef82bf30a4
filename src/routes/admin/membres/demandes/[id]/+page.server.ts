import { quebecToday } from '$lib/fiscal-year';
import { m } from '$lib/paraglide/messages.js';
import { localizeHref } from '$lib/paraglide/runtime';
import { orFormFailure, orHttpError } from '$lib/server/http';
import { requirePermission } from '$lib/server/modules/accounts/guards';
import { approveApplication, declineApplication, type DecisionLinks } from '$lib/server/modules/membership/applications/approval';
import { getApplication } from '$lib/server/modules/membership/applications/service';
import { platform } from '$lib/server/platform/runtime';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ locals, url, params }) => {
	const { actor } = requirePermission(locals, url, 'membership.manage');
	const application = await orHttpError(getApplication(platform().database.db, actor, params.id));
	return {
		application: { ...application, createdAt: application.createdAt.toISOString(), decidedAt: application.decidedAt?.toISOString() ?? null }
	};
};

/** The emails go to the applicant in French (the network's language), with absolute links. */
function links(url: URL): DecisionLinks {
	return {
		origin: platform().config.origin ?? url.origin,
		invitationPath: (token) => localizeHref(`/invitation/${token}`, { locale: 'fr' }),
		portalPath: localizeHref('/membre', { locale: 'fr' }),
		applyPath: localizeHref('/devenir-membre', { locale: 'fr' })
	};
}

export const actions: Actions = {
	approuver: async ({ request, locals, url, params }) => {
		const { actor } = requirePermission(locals, url, 'membership.manage');
		const formData = await request.formData();
		const { value, failure } = await orFormFailure(formData, approveApplication(platform().database.db, actor, params.id, { today: quebecToday(), links: links(url) }));
		if (failure) return failure;
		return {
			done: value.billing.invoiceNumber
				? m.member_application_approved_billed({ name: value.organisationName, number: value.billing.invoiceNumber })
				: m.member_application_approved_done({ name: value.organisationName }),
			message: value.billing.problem ? m.member_application_not_billed({ problem: value.billing.problem }) : undefined,
			organisationId: value.organisationId
		};
	},
	refuser: async ({ request, locals, url, params }) => {
		const { actor } = requirePermission(locals, url, 'membership.manage');
		const formData = await request.formData();
		const { failure } = await orFormFailure(formData, declineApplication(platform().database.db, actor, params.id, formData.get('reason'), links(url)));
		if (failure) return failure;
		return { done: m.member_application_declined_done() };
	}
};
