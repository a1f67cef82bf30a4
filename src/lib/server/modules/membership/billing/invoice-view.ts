import { fiscalYearLabel, quebecToday } from '$lib/fiscal-year';
import { formatDate } from '$lib/format';
import { m } from '$lib/paraglide/messages.js';
import type { PaymentMethod } from '../schema';
import type { InvoiceDetail, InvoiceListRow, InvoiceState } from './invoice-queries';
import { formatDollars } from './money';

const methodLabels: Record<PaymentMethod, () => string> = {
	cheque: m.dues_method_cheque,
	virement: m.dues_method_transfer,
	carte: m.dues_method_card,
	autre: m.dues_method_other
};

export const paymentMethodLabel = (method: PaymentMethod) => methodLabels[method]();

const stateLabels: Record<InvoiceState, () => string> = { paid: m.dues_state_paid, unpaid: m.dues_state_unpaid, voided: m.dues_state_voided };

export const invoiceStateLabel = (state: InvoiceState) => stateLabels[state]();

/** An invoice as its print-ready page shows it, in the request's language. */
export function invoiceView(detail: InvoiceDetail) {
	const { invoice } = detail;
	return {
		id: invoice.id,
		number: invoice.number,
		year: fiscalYearLabel(invoice.fiscalYear),
		billedName: invoice.billedName,
		description: invoice.description,
		amount: formatDollars(invoice.amountCents),
		paid: formatDollars(detail.paidCents),
		balance: formatDollars(detail.balanceCents),
		balanceCents: detail.balanceCents,
		issuedOn: formatDate(invoice.issuedOn),
		dueOn: formatDate(invoice.dueOn),
		state: detail.state,
		stateLabel: invoiceStateLabel(detail.state),
		voidReason: invoice.voidReason,
		voidedOn: invoice.voidedAt ? formatDate(quebecToday(invoice.voidedAt)) : null,
		payments: detail.payments.map((entry) => ({
			id: entry.id,
			receivedOn: formatDate(entry.receivedOn),
			amount: formatDollars(entry.amountCents),
			method: paymentMethodLabel(entry.method),
			reference: entry.reference,
			note: entry.note
		}))
	};
}

export type InvoiceView = ReturnType<typeof invoiceView>;

/** A row of an invoice list, with its amounts and dates written out. */
export function invoiceRowView(row: InvoiceListRow) {
	return {
		id: row.id,
		number: row.number,
		year: fiscalYearLabel(row.fiscalYear),
		billedName: row.billedName,
		amount: formatDollars(row.amountCents),
		paid: formatDollars(row.paidCents),
		balance: formatDollars(row.balanceCents),
		issuedOn: formatDate(row.issuedOn),
		dueOn: formatDate(row.dueOn),
		state: row.state,
		stateLabel: invoiceStateLabel(row.state)
	};
}

export type InvoiceRowView = ReturnType<typeof invoiceRowView>;
