import { quebecToday } from '$lib/fiscal-year';
import { m } from '$lib/paraglide/messages.js';
import { orFormFailure, orHttpError } from '$lib/server/http';
import { requirePermission } from '$lib/server/modules/accounts/guards';
import { readmitMember, recordResignation } from '$lib/server/modules/membership/admin/member-actions';
import { getMemberDetail } from '$lib/server/modules/membership/admin/member-detail';
import { parseMemberQuery } from '$lib/server/modules/membership/admin/member-list';
import { formatDollars } from '$lib/server/modules/membership/billing/money';
import { platform } from '$lib/server/platform/runtime';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ locals, url, params }) => {
	const { actor } = requirePermission(locals, url, 'membership.manage');
	const { date } = parseMemberQuery(url.searchParams).query;
	const detail = await orHttpError(getMemberDetail(platform().database.db, actor, params.id, date));
	const money = (cents: number) => formatDollars(cents);
	return {
		...detail,
		date,
		today: quebecToday(),
		invoices: detail.invoices.map((entry) => ({ ...entry, amount: money(entry.amountCents), paid: money(entry.paidCents) })),
		years: detail.years.map((year) => ({ ...year, invoice: year.invoice && { id: year.invoice.id, number: year.invoice.number, amount: money(year.invoice.amountCents) } })),
		applications: detail.applications.map((entry) => ({ ...entry, createdAt: entry.createdAt.toISOString() }))
	};
};

export const actions: Actions = {
	depart: async ({ request, locals, url, params }) => {
		const { actor } = requirePermission(locals, url, 'membership.manage');
		const formData = await request.formData();
		const { failure } = await orFormFailure(formData, recordResignation(platform().database.db, actor, params.id, Object.fromEntries(formData)));
		if (failure) return failure;
		return { done: m.member_admin_resigned() };
	},
	readmettre: async ({ request, locals, url, params }) => {
		const { actor } = requirePermission(locals, url, 'membership.manage');
		const formData = await request.formData();
		const { value: billing, failure } = await orFormFailure(formData, readmitMember(platform().database.db, actor, params.id, quebecToday()));
		if (failure) return failure;
		return {
			done: billing.invoiceNumber ? m.member_admin_readmitted_billed({ number: billing.invoiceNumber }) : m.member_admin_readmitted(),
			message: billing.problem ?? undefined
		};
	}
};
