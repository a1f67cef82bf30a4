import { and, eq, inArray, isNull, sql } from 'drizzle-orm';
import { addDays, fiscalYearBounds, fiscalYearLabel, fiscalYearOf } from '$lib/fiscal-year';
import { m } from '$lib/paraglide/messages.js';
import type { Database } from '../../../db/types';
import { queueMail } from '../../../platform/mail/mail-jobs';
import type { DailyContext } from '../../../platform/manifest';
import { responsableEmails } from '../../accounts/organisations';
import { membersOn } from '../members';
import { invoice, membershipReminder, type REMINDER_KINDS } from '../schema';
import { invoicePaidCents } from './invoices';
import { formatDate } from '$lib/format';
import { formatDollars } from './money';

export type ReminderKind = (typeof REMINDER_KINDS)[number];

/** How many days before a year ends (31 March) the « before expiry » reminder goes out. */
export const DEFAULT_REMINDER_DAYS_BEFORE = 30;

export type ReminderOptions = { origin: string; daysBefore?: number };

type Due = { organisationId: string; name: string; kind: ReminderKind; fiscalYear: number };

/**
 * Who is owed a reminder on a day: before the year ends, current members whose next year is billed and
 * not yet paid; during grace, members whose year ended and the next one is billed and unpaid.
 */
async function remindersDue(db: Database, today: string, daysBefore: number): Promise<Due[]> {
	const year = fiscalYearOf(today);
	const expiry = fiscalYearBounds(year).last;
	const inWindow = today >= addDays(expiry, -daysBefore);
	const members = await membersOn(db, today);
	const due: Due[] = [];
	for (const member of members) {
		if (inWindow && (member.status === 'nouveau' || member.status === 'actif')) {
			due.push({ organisationId: member.organisationId, name: member.name, kind: 'before_expiry', fiscalYear: year + 1 });
		} else if (member.status === 'grace') {
			due.push({ organisationId: member.organisationId, name: member.name, kind: 'grace', fiscalYear: year });
		}
	}
	return due;
}

/** The unpaid, non-voided invoices of the given members for the given years, by organisation and year. */
async function unpaidInvoices(db: Database, organisationIds: string[], years: number[]) {
	if (organisationIds.length === 0) return new Map<string, { id: string; number: string; balanceCents: number }>();
	const rows = await db
		.select({
			id: invoice.id,
			number: invoice.number,
			organisationId: invoice.organisationId,
			fiscalYear: invoice.fiscalYear,
			balanceCents: sql<number>`${invoice.amountCents} - ${invoicePaidCents}`
		})
		.from(invoice)
		.where(and(inArray(invoice.organisationId, organisationIds), inArray(invoice.fiscalYear, years), isNull(invoice.voidedAt)));
	return new Map(rows.filter((row) => Number(row.balanceCents) > 0).map((row) => [`${row.organisationId}:${row.fiscalYear}`, { ...row, balanceCents: Number(row.balanceCents) }]));
}

function reminderMail(kind: ReminderKind, facts: { name: string; fiscalYear: number; number: string; balanceCents: number; url: string }) {
	const values = { organisation: facts.name, year: fiscalYearLabel(facts.fiscalYear), number: facts.number, amount: formatDollars(facts.balanceCents) };
	const subject = kind === 'before_expiry' ? m.dues_reminder_before_subject(values) : m.dues_reminder_grace_subject(values);
	const text =
		kind === 'before_expiry'
			? m.dues_reminder_before_text({ ...values, expiry: formatDate(fiscalYearBounds(facts.fiscalYear - 1).last) })
			: m.dues_reminder_grace_text(values);
	return {
		subject,
		heading: subject,
		paragraphs: [m.mail_hello(), text, m.dues_reminder_amount(values), m.dues_reminder_thanks()],
		action: { label: m.dues_reminder_action(), url: facts.url }
	};
}

/**
 * Queues the day's renewal reminders to each member's responsables. The reminder row and the message are
 * written in one transaction, and the row's key (organisation, year, kind) refuses a second one: a second
 * run, the same day or after a restart, sends nothing more.
 */
export async function sendRenewalReminders(db: Database, today: string, options: ReminderOptions): Promise<{ queued: number }> {
	const due = await remindersDue(db, today, options.daysBefore ?? DEFAULT_REMINDER_DAYS_BEFORE);
	const organisationIds = [...new Set(due.map((entry) => entry.organisationId))];
	const alreadySent = organisationIds.length
		? await db.select().from(membershipReminder).where(inArray(membershipReminder.organisationId, organisationIds))
		: [];
	const sent = new Set(alreadySent.map((row) => `${row.organisationId}:${row.fiscalYear}:${row.kind}`));
	const pending = due.filter((entry) => !sent.has(`${entry.organisationId}:${entry.fiscalYear}:${entry.kind}`));
	const ids = [...new Set(pending.map((entry) => entry.organisationId))];
	const [invoices, emails] = await Promise.all([unpaidInvoices(db, ids, [...new Set(pending.map((entry) => entry.fiscalYear))]), responsableEmails(db, ids)]);
	const url = new URL('/membre/factures', options.origin).toString();
	let queued = 0;
	for (const entry of pending) {
		const billed = invoices.get(`${entry.organisationId}:${entry.fiscalYear}`);
		const to = emails.get(entry.organisationId);
		// Nothing billed yet, or nobody to write to: no reminder row, so a later day can still send one.
		if (!billed || !to?.length) continue;
		const wrote = await db.transaction(async (tx) => {
			const [inserted] = await tx
				.insert(membershipReminder)
				.values({ organisationId: entry.organisationId, fiscalYear: entry.fiscalYear, kind: entry.kind })
				.onConflictDoNothing()
				.returning();
			if (!inserted) return false;
			const message = reminderMail(entry.kind, { name: entry.name, fiscalYear: entry.fiscalYear, number: billed.number, balanceCents: billed.balanceCents, url });
			await queueMail(tx, { to, ...message }, { dedupeKey: `membership-reminder:${entry.organisationId}:${entry.fiscalYear}:${entry.kind}` });
			return true;
		});
		if (wrote) queued += 1;
	}
	return { queued };
}

/** The membership module's daily work, as the manifest's `daily`. */
export async function membershipDaily(context: DailyContext): Promise<void> {
	await sendRenewalReminders(context.db, context.today, { origin: context.origin });
}
