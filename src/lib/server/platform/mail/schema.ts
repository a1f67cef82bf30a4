import { sql } from 'drizzle-orm';
import { check, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';

export const mailTransports = ['file', 'smtp'] as const;
export type MailTransport = (typeof mailTransports)[number];

/**
 * One row per message handed to the transport, written in the transaction that marks its mail job done.
 * No foreign key to `job`: this record outlives the purge of old jobs.
 */
export const sentMail = pgTable(
	'sent_mail',
	{
		jobId: uuid('job_id').primaryKey(),
		messageId: text('message_id').notNull(),
		recipients: text('recipients').array().notNull(),
		subject: text('subject').notNull(),
		transport: text('transport', { enum: mailTransports }).notNull(),
		sentAt: timestamp('sent_at', { withTimezone: true }).notNull().defaultNow()
	},
	() => [check('sent_mail_transport_check', sql`transport in ('file', 'smtp')`)]
);
