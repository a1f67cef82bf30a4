import { createHash } from 'node:crypto';
import { m } from '$lib/paraglide/messages.js';
import type { Database } from '../../db/types';
import { queueMail } from '../../platform/mail/mail-jobs';
import type { AccountMail } from './auth';

const wording = {
	'verify-email': () => ({ subject: m.mail_verify_subject(), text: m.mail_verify_text(), action: m.mail_verify_action() }),
	'reset-password': () => ({ subject: m.mail_reset_subject(), text: m.mail_reset_text(), action: m.mail_reset_action() }),
	'change-email': (mail: AccountMail) => ({
		subject: m.mail_change_email_subject(),
		text: m.mail_change_email_text({ newEmail: mail.newEmail ?? '' }),
		action: m.mail_change_email_action()
	})
} satisfies Record<AccountMail['kind'], (mail: AccountMail) => { subject: string; text: string; action: string }>;

/**
 * Queues an account email, worded in the language of the request that asked for it. One link, one
 * message: the same link queued twice sends once, a new link (a resend) sends again.
 */
export async function queueAccountMail(db: Database, mail: AccountMail): Promise<void> {
	const words = wording[mail.kind](mail);
	await queueMail(
		db,
		{
			to: mail.to,
			subject: words.subject,
			heading: words.subject,
			paragraphs: [m.mail_greeting({ name: mail.name }), words.text, m.mail_ignore()],
			action: { label: words.action, url: mail.url }
		},
		{ dedupeKey: `${mail.kind}:${createHash('sha256').update(mail.url).digest('hex')}` }
	);
}

/** Queues an invitation in the transaction that creates it, so neither exists without the other. */
export async function queueInvitationMail(
	tx: Database,
	invitation: { email: string; token: string; organisationName: string; inviterName: string; acceptUrl: string },
	days: number
): Promise<void> {
	await queueMail(
		tx,
		{
			to: invitation.email,
			subject: m.mail_invitation_subject({ organisation: invitation.organisationName }),
			heading: m.mail_invitation_subject({ organisation: invitation.organisationName }),
			paragraphs: [
				m.mail_hello(),
				m.mail_invitation_text({ inviter: invitation.inviterName, organisation: invitation.organisationName, days }),
				m.mail_ignore()
			],
			action: { label: m.mail_invitation_action(), url: invitation.acceptUrl }
		},
		{ dedupeKey: `invitation:${createHash('sha256').update(invitation.token).digest('hex')}` }
	);
}
