import { quebecToday } from '$lib/fiscal-year';
import { m } from '$lib/paraglide/messages.js';
import { orFormFailure, orHttpError } from '$lib/server/http';
import { requireSignedIn } from '$lib/server/modules/accounts/guards';
import { switchOrganisation } from '$lib/server/modules/accounts/organisations';
import { formatDollars } from '$lib/server/modules/membership/billing/money';
import { loadPortal } from '$lib/server/modules/membership/portal/portal';
import { platform } from '$lib/server/platform/runtime';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ locals, url }) => {
	const { actor } = requireSignedIn(locals, url);
	const requested = url.searchParams.get('organisation');
	const portal = await orHttpError(loadPortal(platform().database.db, actor, { organisationId: requested, today: quebecToday() }));
	return {
		...portal,
		viewedByStaff: Boolean(requested && !actor.organisationIds.includes(requested)),
		invoices: portal.invoices.map((entry) => ({
			id: entry.id,
			number: entry.number,
			fiscalYear: entry.fiscalYear,
			amount: formatDollars(entry.amountCents),
			paid: formatDollars(entry.paidCents),
			state: entry.voided ? ('voided' as const) : entry.paidCents >= entry.amountCents ? ('paid' as const) : ('unpaid' as const)
		}))
	};
};

export const actions: Actions = {
	activer: async ({ request, locals, url }) => {
		const { actor } = requireSignedIn(locals, url);
		const formData = await request.formData();
		const { failure } = await orFormFailure(formData, switchOrganisation(platform().database.db, actor, String(formData.get('organisationId') ?? '')));
		if (failure) return failure;
		return { done: m.member_portal_switched() };
	}
};
