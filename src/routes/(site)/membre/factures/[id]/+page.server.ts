import { orHttpError } from '$lib/server/http';
import { requireSignedIn } from '$lib/server/modules/accounts/guards';
import { getInvoiceDetail } from '$lib/server/modules/membership/billing/invoice-queries';
import { invoiceView } from '$lib/server/modules/membership/billing/invoice-view';
import { platform } from '$lib/server/platform/runtime';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ locals, url, params }) => {
	const { actor } = requireSignedIn(locals, url);
	return { invoice: invoiceView(await orHttpError(getInvoiceDetail(platform().database.db, actor, params.id))) };
};
