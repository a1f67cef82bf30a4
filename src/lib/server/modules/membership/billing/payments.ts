import { z } from 'zod';
import { m } from '$lib/paraglide/messages.js';
import type { Database } from '../../../db/types';
import { AppError } from '../../../platform/errors';
import { assertCan } from '../../../platform/permissions';
import type { Actor } from '../../../platform/roles';
import { PAYMENT_METHODS } from '../schema';
import { invoiceBalance, recordPayment } from './invoices';
import { formatDollars, readDollars } from './money';

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

function paymentFormSchema() {
	return z.object({
		receivedOn: z
			.string()
			.trim()
			.refine((value) => ISO_DATE.test(value) && !Number.isNaN(Date.parse(`${value}T12:00:00Z`)), m.dues_payment_error_date()),
		amount: z.string().transform((typed, context) => {
			const reading = readDollars(typed);
			if (reading.problem || reading.cents === 0) {
				context.addIssue({ code: 'custom', message: m.dues_payment_error_amount() });
				return z.NEVER;
			}
			return reading.cents;
		}),
		method: z.enum(PAYMENT_METHODS, { error: m.dues_payment_error_method() }),
		reference: z.string().trim().max(120, m.dues_payment_error_reference_length()).optional().default(''),
		note: z.string().trim().max(500, m.dues_payment_error_note_length()).optional().default(''),
		confirmOverpayment: z.string().optional()
	});
}

/**
 * Records a payment typed by staff. A cheque or a card payment needs its reference (cheque number,
 * authorisation); an amount above the balance is refused until staff confirm the overpayment.
 */
export async function recordPaymentFromForm(db: Database, actor: Actor, invoiceId: string, form: Record<string, unknown>) {
	assertCan(actor, 'membership.manage');
	const parsed = paymentFormSchema().safeParse(form);
	const errors: Record<string, string> = {};
	if (!parsed.success) {
		for (const issue of parsed.error.issues) errors[String(issue.path[0])] ??= issue.message;
	} else if ((parsed.data.method === 'cheque' || parsed.data.method === 'carte') && parsed.data.reference === '') {
		errors.reference = m.dues_payment_error_reference_required();
	}
	if (!parsed.success || Object.keys(errors).length > 0) throw new AppError('invalid_input', m.dues_payment_error_summary(), errors);
	const input = parsed.data;
	const { balanceCents } = await invoiceBalance(db, invoiceId);
	if (input.amount > balanceCents && input.confirmOverpayment !== 'on') {
		const message = m.dues_payment_overpayment({ balance: formatDollars(Math.max(balanceCents, 0)) });
		throw new AppError('invalid_input', message, { amount: message, confirmOverpayment: m.dues_payment_overpayment_confirm_hint() });
	}
	return recordPayment(db, {
		invoiceId,
		receivedOn: input.receivedOn,
		amountCents: input.amount,
		method: input.method,
		reference: input.reference || null,
		note: input.note || null,
		actorId: actor.userId
	});
}
