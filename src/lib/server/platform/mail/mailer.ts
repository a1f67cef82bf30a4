import { randomUUID } from 'node:crypto';
import { mkdir, rename, writeFile } from 'node:fs/promises';
import { createTransport } from 'nodemailer';
import { outboxFile } from './outbox-files';
import type { MailTransport } from './schema';

export type MailerOptions = {
	/** `smtp://user:pass@host:587` or `smtps://…`; without it, messages are written to `outboxDir` as .eml files. */
	smtpUrl?: string;
	outboxDir: string;
	/** Sender, e.g. `Espace MUNI <ne-pas-repondre@espacemuni.org>`. */
	from: string;
	organisationName: string;
};

export type OutgoingMail = {
	/** Stable id: names the .eml file and makes the Message-ID, so sending the same id again replaces, not adds. */
	id?: string;
	to: string[];
	subject: string;
	html: string;
	text: string;
	replyTo?: string;
};

export type SentMail = { id: string; messageId: string; transport: MailTransport; accepted: string[]; rejected: string[] };

export type Mailer = {
	transport: MailTransport;
	organisationName: string;
	sendMail(mail: OutgoingMail): Promise<SentMail>;
	close(): void;
};

function messageDomain(from: string): string {
	return /@([A-Za-z0-9.-]+)>?\s*$/.exec(from)?.[1] ?? 'espace-muni.invalid';
}

const addressesOf = (list: ReadonlyArray<string | { address: string }> | undefined): string[] =>
	(list ?? []).map((entry) => (typeof entry === 'string' ? entry : entry.address));

export function createMailer(options: MailerOptions): Mailer {
	const domain = messageDomain(options.from);
	const compose = (mail: OutgoingMail, id: string) => ({
		from: options.from,
		to: mail.to,
		replyTo: mail.replyTo,
		subject: mail.subject,
		html: mail.html,
		text: mail.text,
		messageId: `<${id}@${domain}>`
	});

	if (options.smtpUrl) {
		// Bounded waits: a stuck server must fail the try (and schedule a retry) rather than hold the job.
		const smtp = createTransport({ url: options.smtpUrl, connectionTimeout: 30_000, greetingTimeout: 30_000, socketTimeout: 60_000 });
		return {
			transport: 'smtp',
			organisationName: options.organisationName,
			async sendMail(mail) {
				const id = mail.id ?? randomUUID();
				const message = compose(mail, id);
				const info = await smtp.sendMail(message);
				return { id, messageId: message.messageId, transport: 'smtp', accepted: addressesOf(info.accepted), rejected: addressesOf(info.rejected) };
			},
			close: () => smtp.close()
		};
	}

	const stream = createTransport({ streamTransport: true, buffer: true, newline: 'unix' });
	return {
		transport: 'file',
		organisationName: options.organisationName,
		async sendMail(mail) {
			const id = mail.id ?? randomUUID();
			const path = outboxFile(options.outboxDir, id);
			const message = compose(mail, id);
			const info = await stream.sendMail(message);
			await mkdir(options.outboxDir, { recursive: true });
			// Write then rename: a reader never sees half a message, and a second send of the same id replaces the file.
			const partial = `${path}.${randomUUID()}.partial`;
			await writeFile(partial, info.message);
			await rename(partial, path);
			return { id, messageId: message.messageId, transport: 'file', accepted: [...mail.to], rejected: [] };
		},
		close: () => stream.close()
	};
}
