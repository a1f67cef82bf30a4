import { requireSignedIn } from '$lib/server/modules/accounts/guards';
import { listOwnInvoices } from '$lib/server/modules/membership/billing/invoice-queries';
import { invoiceRowView } from '$lib/server/modules/membership/billing/invoice-view';
import { platform } from '$lib/server/platform/runtime';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ locals, url }) => {
	const { actor } = requireSignedIn(locals, url);
	const rows = await listOwnInvoices(platform().database.db, actor);
	return { rows: rows.map(invoiceRowView), showMember: new Set(rows.map((row) => row.organisationId)).size > 1 };
};
