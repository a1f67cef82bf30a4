import { m } from '$lib/paraglide/messages.js';
import type { Database } from '../../../db/types';
import { queueMail } from '../../../platform/mail/mail-jobs';

// The applicant's language is not known when staff decide; the network works in French.
const fr = { locale: 'fr' } as const;

export type ApprovalMail = {
	applicationId: string;
	to: { email: string; name: string };
	organisationName: string;
	/** The invitation to accept (new people), or the portal (people already in the organisation). */
	link: { kind: 'invitation'; url: string; days: number } | { kind: 'portal'; url: string };
};

/** Tells the applicant the organisation is a member, queued in the approval's transaction. */
export async function queueApprovalMail(tx: Database, mail: ApprovalMail): Promise<void> {
	const subject = m.member_mail_approved_subject({}, fr);
	const access = mail.link.kind === 'invitation' ? m.member_mail_approved_invitation({ days: mail.link.days }, fr) : m.member_mail_approved_portal({}, fr);
	await queueMail(
		tx,
		{
			to: mail.to.email,
			subject,
			heading: subject,
			paragraphs: [m.mail_greeting({ name: mail.to.name }, fr), m.member_mail_approved_text({ organisation: mail.organisationName }, fr), access],
			action: { label: m.member_mail_approved_action({}, fr), url: mail.link.url }
		},
		{ dedupeKey: `membership-application:${mail.applicationId}:approved` }
	);
}

export type DeclineMail = { applicationId: string; to: { email: string; name: string }; organisationName: string; reason: string; applyUrl: string };

/** Tells the applicant why the application was declined, queued in the decision's transaction. */
export async function queueDeclineMail(tx: Database, mail: DeclineMail): Promise<void> {
	const subject = m.member_mail_declined_subject({}, fr);
	await queueMail(
		tx,
		{
			to: mail.to.email,
			subject,
			heading: subject,
			paragraphs: [
				m.mail_greeting({ name: mail.to.name }, fr),
				m.member_mail_declined_text({ organisation: mail.organisationName }, fr),
				m.member_mail_declined_reason({ reason: mail.reason }, fr),
				m.member_mail_declined_again({}, fr)
			],
			action: { label: m.member_mail_declined_action({}, fr), url: mail.applyUrl }
		},
		{ dedupeKey: `membership-application:${mail.applicationId}:declined` }
	);
}
