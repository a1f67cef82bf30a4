import { m } from '$lib/paraglide/messages.js';
import type { Database } from '../../../db/types';
import { queueMail } from '../../../platform/mail/mail-jobs';

export type DecisionMail = {
	to: { email: string; name: string };
	itemId: number;
	version: number;
	title: string;
	organisationName: string;
	decision: 'approved' | 'rejected';
	reason: string | null;
	/** Absolute address the button leads to: the published measure, or the contributor's list. */
	url: string;
};

// The contributor's language is not known when staff decide; the network works in French.
const fr = { locale: 'fr' } as const;

/** Tells the person who proposed a measure what staff decided, queued in the transaction that records the decision. */
export async function queueDecisionMail(tx: Database, mail: DecisionMail): Promise<void> {
	const words = { title: mail.title, organisation: mail.organisationName };
	const approved = mail.decision === 'approved';
	const subject = approved ? m.contrib_mail_approved_subject({}, fr) : m.contrib_mail_rejected_subject({}, fr);
	const paragraphs = approved
		? [m.mail_greeting({ name: mail.to.name }, fr), m.contrib_mail_approved_text(words, fr)]
		: [m.mail_greeting({ name: mail.to.name }, fr), m.contrib_mail_rejected_text(words, fr), m.contrib_mail_rejected_reason({ reason: mail.reason ?? '' }, fr)];
	await queueMail(
		tx,
		{
			to: mail.to.email,
			subject,
			heading: subject,
			paragraphs,
			action: { label: approved ? m.contrib_mail_approved_action({}, fr) : m.contrib_mail_rejected_action({}, fr), url: mail.url }
		},
		{ dedupeKey: `contribution:${mail.itemId}:${mail.decision}:${mail.version}` }
	);
}
