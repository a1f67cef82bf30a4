import { fiscalYearLabel, parseFiscalYearLabel } from '$lib/fiscal-year';
import { orHttpError } from '$lib/server/http';
import { requirePermission } from '$lib/server/modules/accounts/guards';
import { invoicedYears, listInvoices, type InvoiceState } from '$lib/server/modules/membership/billing/invoice-queries';
import { invoiceRowView, invoiceStateLabel } from '$lib/server/modules/membership/billing/invoice-view';
import { formatDollars } from '$lib/server/modules/membership/billing/money';
import { platform } from '$lib/server/platform/runtime';
import type { PageServerLoad } from './$types';

/** The state filter's French URL values. */
const STATE_PARAMS: Record<string, InvoiceState> = { payee: 'paid', impayee: 'unpaid', annulee: 'voided' };

export const load: PageServerLoad = async ({ locals, url }) => {
	const { actor } = requirePermission(locals, url, 'membership.manage');
	const db = platform().database.db;
	const query = {
		exercice: url.searchParams.get('exercice') ?? '',
		etat: url.searchParams.get('etat') ?? '',
		q: (url.searchParams.get('q') ?? '').slice(0, 120)
	};
	const [result, years] = await Promise.all([
		orHttpError(
			listInvoices(db, actor, {
				fiscalYear: parseFiscalYearLabel(query.exercice),
				state: STATE_PARAMS[query.etat] ?? null,
				search: query.q,
				page: Number(url.searchParams.get('page')) || 1
			})
		),
		invoicedYears(db)
	]);
	return {
		query,
		years: years.map(fiscalYearLabel),
		states: Object.entries(STATE_PARAMS).map(([value, state]) => ({ value, label: invoiceStateLabel(state) })),
		rows: result.rows.map(invoiceRowView),
		total: result.total,
		totals: { billed: formatDollars(result.billedCents), paid: formatDollars(result.paidCents), balance: formatDollars(result.billedCents - result.paidCents) },
		page: result.page,
		pageCount: result.pageCount
	};
};
