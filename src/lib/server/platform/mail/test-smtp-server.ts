import type { AddressInfo } from 'node:net';
import { simpleParser, type ParsedMail } from 'mailparser';
import { SMTPServer } from 'smtp-server';

export type TestSmtpServer = {
	/** URL for `createMailer({ smtpUrl })`: plain SMTP on localhost, no TLS. */
	url: string;
	received: ParsedMail[];
	/** When set, every message is refused with this temporary error. */
	refuse: string | null;
	close(): Promise<void>;
};

// Tests only: a real SMTP server on a free port that keeps what it receives.
export async function startTestSmtpServer(): Promise<TestSmtpServer> {
	const state: Pick<TestSmtpServer, 'received' | 'refuse'> = { received: [], refuse: null };
	const server = new SMTPServer({
		secure: false,
		authOptional: true,
		disabledCommands: ['STARTTLS', 'AUTH'],
		logger: false,
		onData(stream, _session, callback) {
			simpleParser(stream)
				.then((parsed) => {
					if (state.refuse) return callback(Object.assign(new Error(state.refuse), { responseCode: 451 }));
					state.received.push(parsed);
					callback();
				})
				.catch(callback);
		}
	});
	await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
	const { port } = server.server.address() as AddressInfo;
	return Object.assign(state, {
		url: `smtp://127.0.0.1:${port}?ignoreTLS=true`,
		close: () => new Promise<void>((resolve) => server.close(resolve))
	});
}
