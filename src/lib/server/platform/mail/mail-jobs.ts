import { z } from 'zod';
import type { Database } from '../../db/types';
import { AppError } from '../errors';
import { enqueue } from '../jobs/enqueue';
import type { JobHandler } from '../jobs/runner';
import type { Job } from '../jobs/schema';
import type { Mailer } from './mailer';
import { sentMail } from './schema';
import { renderMail } from './template';

export const MAIL_QUEUE = 'mail';

const queuedMailSchema = z.object({
	to: z.union([z.email(), z.array(z.email()).min(1)]).transform((to) => (Array.isArray(to) ? to : [to])),
	subject: z.string().trim().min(1).max(200),
	heading: z.string().trim().min(1),
	paragraphs: z.array(z.string()),
	action: z.object({ label: z.string().trim().min(1), url: z.url({ protocol: /^https?$/ }) }).optional()
});

/** What a service asks to send; the organisation's name and the layout are added when the message is built. */
export type QueuedMail = z.input<typeof queuedMailSchema>;

/**
 * Enqueues a message, in the caller's transaction when `db` is one. The key says what the message is
 * about (e.g. `verify-email:<user id>`): queueing the same key again sends nothing more.
 */
export async function queueMail(db: Database, message: QueuedMail, options: { dedupeKey: string }): Promise<Job> {
	const parsed = queuedMailSchema.safeParse(message);
	if (!parsed.success) {
		throw new AppError('invalid_input', `Courriel invalide : ${parsed.error.issues.map((issue) => issue.path.join('.')).join(', ')}`);
	}
	return enqueue(db, { queue: MAIL_QUEUE, payload: parsed.data, dedupeKey: `mail:${options.dedupeKey}` });
}

/**
 * Sends a queued message. The Message-ID and the .eml file name come from the job id, so a retry re-sends
 * the same message: the file transport overwrites its file. "Sent" is recorded in the transaction that marks
 * the job done, and a runner that lost its job commits neither.
 *
 * Residual window, SMTP only: if the process dies (or the database is unreachable) after the server accepted
 * the message but before that transaction commits, the job's lock expires and the message goes out again,
 * with the same Message-ID, which lets many receiving systems drop the duplicate. SMTP has no way to ask a
 * server whether it already took a message, so at-least-once delivery is the strongest guarantee possible.
 */
export function createMailJobHandler(mailer: Mailer): JobHandler {
	return async (payload, job) => {
		const mail = queuedMailSchema.parse(payload);
		const rendered = renderMail({ ...mail, organisationName: mailer.organisationName });
		const sent = await mailer.sendMail({ id: job.id, to: mail.to, ...rendered });
		return async (tx) => {
			await tx.insert(sentMail).values({
				jobId: job.id,
				messageId: sent.messageId,
				recipients: sent.accepted,
				subject: rendered.subject,
				transport: sent.transport
			});
		};
	};
}
