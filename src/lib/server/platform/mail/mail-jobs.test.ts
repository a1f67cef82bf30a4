import { eq, sql } from 'drizzle-orm';
import { mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, beforeEach, expect, test } from 'vitest';
import { describeOnEachDatabase } from '../../db/test-databases';
import { createJobRunner, type JobHandler } from '../jobs/runner';
import { job } from '../jobs/schema';
import { createLogger } from '../logger';
import { createMailJobHandler, MAIL_QUEUE, queueMail, type QueuedMail } from './mail-jobs';
import { createMailer, type Mailer } from './mailer';
import { readOutboxMessage } from './outbox';
import { sentMail } from './schema';
import { startTestSmtpServer, type TestSmtpServer } from './test-smtp-server';

const from = 'Espace MUNI <ne-pas-repondre@espacemuni.org>';
const organisationName = 'Espace MUNI';
const verification = (to: string): QueuedMail => ({
	to,
	subject: 'Confirmez votre adresse courriel',
	heading: 'Bienvenue',
	paragraphs: ['Confirmez votre adresse pour activer votre compte.'],
	action: { label: 'Confirmer mon adresse', url: `https://plateforme.espacemuni.org/confirmer?jeton=${encodeURIComponent(to)}` }
});
const firstLink = (text: string) => /https?:\/\/\S+/.exec(text)?.[0];

describeOnEachDatabase('mail jobs', (context) => {
	let outboxDir: string;
	let smtp: TestSmtpServer;
	beforeAll(async () => {
		smtp = await startTestSmtpServer();
	});
	afterAll(() => smtp.close());
	beforeEach(async () => {
		outboxDir = await mkdtemp(join(tmpdir(), 'muni-outbox-'));
		smtp.received.length = 0;
		smtp.refuse = null;
		// Each test starts with no mail job left over from the previous one.
		await context.db.update(job).set({ status: 'done' }).where(eq(job.queue, MAIL_QUEUE));
	});
	afterEach(() => rm(outboxDir, { recursive: true, force: true }));

	const runnerFor = (handler: JobHandler) =>
		createJobRunner({ db: context.db, logger: createLogger('silent'), handlers: { [MAIL_QUEUE]: handler } });
	const fileMailer = () => createMailer({ outboxDir, from, organisationName });
	const smtpMailer = () => createMailer({ smtpUrl: smtp.url, outboxDir, from, organisationName });
	const sentFor = (jobId: string) => context.db.select().from(sentMail).where(eq(sentMail.jobId, jobId));
	const readJob = async (id: string) => (await context.db.select().from(job).where(eq(job.id, id)))[0];
	const makeDue = (id: string) => context.db.update(job).set({ runAt: sql`now()` }).where(eq(job.id, id));

	test('a message queued with a business write is written to the outbox once, and recorded as sent', async () => {
		const queued = await context.db.transaction((tx) =>
			queueMail(tx, verification('ana@example.org'), { dedupeKey: 'verify-email:ana' })
		);
		const again = await queueMail(context.db, verification('ana@example.org'), { dedupeKey: 'verify-email:ana' });
		expect(again.id).toBe(queued.id);

		const runner = runnerFor(createMailJobHandler(fileMailer()));
		expect(await runner.runDueJobs()).toBe(1);
		expect(await runner.runDueJobs()).toBe(0);
		expect(await readdir(outboxDir)).toEqual([`${queued.id}.eml`]);
		const message = await readOutboxMessage(outboxDir, queued.id);
		expect(message).toMatchObject({ to: ['ana@example.org'], subject: 'Confirmez votre adresse courriel', messageId: `<${queued.id}@espacemuni.org>` });
		expect(firstLink(message?.text ?? '')).toBe('https://plateforme.espacemuni.org/confirmer?jeton=ana%40example.org');
		expect(await sentFor(queued.id)).toMatchObject([
			{ messageId: `<${queued.id}@espacemuni.org>`, recipients: ['ana@example.org'], transport: 'file' }
		]);
	});

	test('a bad message is refused when queued', async () => {
		await expect(queueMail(context.db, { ...verification('pas-une-adresse'), subject: '' }, { dedupeKey: 'bad' })).rejects.toMatchObject({
			code: 'invalid_input',
			message: 'Courriel invalide : to, subject'
		});
	});

	test('a retry after a crash between sending and recording re-sends the same message, which replaces its file', async () => {
		const real = createMailJobHandler(fileMailer());
		let crash = true;
		const crashingOnce: JobHandler = async (payload, claimed) => {
			const finish = await real(payload, claimed);
			if (crash) {
				crash = false;
				throw new Error('arrêt brutal après l’envoi');
			}
			return finish;
		};
		const queued = await queueMail(context.db, verification('luc@example.org'), { dedupeKey: 'verify-email:luc' });
		const runner = runnerFor(crashingOnce);
		expect(await runner.runDueJobs()).toBe(1);
		expect(await readJob(queued.id)).toMatchObject({ status: 'pending', attempts: 1 });
		expect(await sentFor(queued.id)).toEqual([]);

		await makeDue(queued.id);
		expect(await runner.runDueJobs()).toBe(1);
		expect(await readJob(queued.id)).toMatchObject({ status: 'done', attempts: 2 });
		expect(await readdir(outboxDir)).toEqual([`${queued.id}.eml`]);
		expect(await sentFor(queued.id)).toHaveLength(1);
	});

	test('through a real SMTP server, the recipient gets the message and its link', async () => {
		const mailer = smtpMailer();
		const queued = await queueMail(context.db, verification('eve@example.org'), { dedupeKey: 'verify-email:eve' });
		expect(await runnerFor(createMailJobHandler(mailer)).runDueJobs()).toBe(1);
		mailer.close();
		expect(smtp.received).toHaveLength(1);
		const [received] = smtp.received;
		expect(received.messageId).toBe(`<${queued.id}@espacemuni.org>`);
		expect(received.subject).toBe('Confirmez votre adresse courriel');
		expect(firstLink(received.text ?? '')).toBe('https://plateforme.espacemuni.org/confirmer?jeton=eve%40example.org');
		expect(await sentFor(queued.id)).toMatchObject([{ recipients: ['eve@example.org'], transport: 'smtp' }]);
	});

	test('a refusing SMTP server makes the job retry, not vanish; it is sent once the server accepts', async () => {
		const mailer: Mailer = smtpMailer();
		const runner = runnerFor(createMailJobHandler(mailer));
		const queued = await queueMail(context.db, verification('max@example.org'), { dedupeKey: 'verify-email:max' });

		smtp.refuse = 'Service temporairement indisponible';
		expect(await runner.runDueJobs()).toBe(1);
		const waiting = await readJob(queued.id);
		expect(waiting).toMatchObject({ status: 'pending', attempts: 1 });
		expect(waiting.lastError).toMatch(/Service temporairement indisponible/);
		expect(await sentFor(queued.id)).toEqual([]);
		expect(smtp.received).toHaveLength(0);

		smtp.refuse = null;
		await makeDue(queued.id);
		expect(await runner.runDueJobs()).toBe(1);
		mailer.close();
		expect(await readJob(queued.id)).toMatchObject({ status: 'done', attempts: 2 });
		expect(smtp.received.map((message) => message.messageId)).toEqual([`<${queued.id}@espacemuni.org>`]);
		expect(await sentFor(queued.id)).toHaveLength(1);
	});
});
