import { m } from '$lib/paraglide/messages.js';
import { orFormFailure, orHttpError } from '$lib/server/http';
import { requirePermission } from '$lib/server/modules/accounts/guards';
import { getInvoiceDetail } from '$lib/server/modules/membership/billing/invoice-queries';
import { invoiceView, paymentMethodLabel } from '$lib/server/modules/membership/billing/invoice-view';
import { voidInvoice } from '$lib/server/modules/membership/billing/invoices';
import { formatDollars } from '$lib/server/modules/membership/billing/money';
import { recordPaymentFromForm } from '$lib/server/modules/membership/billing/payments';
import { PAYMENT_METHODS } from '$lib/server/modules/membership/schema';
import { quebecToday } from '$lib/fiscal-year';
import { platform } from '$lib/server/platform/runtime';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ locals, url, params }) => {
	const { actor } = requirePermission(locals, url, 'membership.manage');
	const detail = await orHttpError(getInvoiceDetail(platform().database.db, actor, params.id));
	return { invoice: invoiceView(detail), methods: PAYMENT_METHODS.map((value) => ({ value, label: paymentMethodLabel(value) })), today: quebecToday() };
};

export const actions: Actions = {
	payment: async ({ request, locals, url, params }) => {
		const { actor } = requirePermission(locals, url, 'membership.manage');
		const formData = await request.formData();
		const { value, failure } = await orFormFailure(formData, recordPaymentFromForm(platform().database.db, actor, params.id, Object.fromEntries(formData)));
		if (failure) return failure;
		return { done: m.dues_payment_recorded({ amount: formatDollars(value.amountCents) }) };
	},
	void: async ({ request, locals, url, params }) => {
		const { actor } = requirePermission(locals, url, 'membership.manage');
		const formData = await request.formData();
		const { value, failure } = await orFormFailure(formData, voidInvoice(platform().database.db, actor, params.id, formData.get('reason')));
		if (failure) return failure;
		return { done: m.dues_void_done({ number: value.number }) };
	}
};
