import { mkdtemp, readdir, rm, utimes } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { createMailer } from './mailer';
import { listOutbox, readOutboxMessage } from './outbox';
import { renderMail } from './template';
import { startTestSmtpServer, type TestSmtpServer } from './test-smtp-server';

const from = 'Espace MUNI <ne-pas-repondre@espacemuni.org>';
const organisationName = 'Espace MUNI';
const content = renderMail({
	subject: 'Inscription confirmée à l’événement',
	heading: 'Votre inscription est confirmée',
	paragraphs: ['Nous vous attendons le 12 mai à Québec.'],
	action: { label: 'Voir l’événement', url: 'https://plateforme.espacemuni.org/evenements/colloque-2026' },
	organisationName
});
const firstLink = (text: string) => /https?:\/\/\S+/.exec(text)?.[0];

describe('mail through the file transport', () => {
	let outboxDir: string;
	beforeAll(async () => {
		outboxDir = await mkdtemp(join(tmpdir(), 'muni-outbox-'));
	});
	afterAll(() => rm(outboxDir, { recursive: true, force: true }));

	test('writes one .eml per id, which reads back with its headers and both bodies', async () => {
		const mailer = createMailer({ outboxDir, from, organisationName });
		const sent = await mailer.sendMail({ id: 'message-1', to: ['ana@example.org'], ...content });
		expect(sent).toMatchObject({ id: 'message-1', messageId: '<message-1@espacemuni.org>', transport: 'file' });
		expect(await readdir(outboxDir)).toEqual(['message-1.eml']);

		const message = await readOutboxMessage(outboxDir, 'message-1');
		expect(message).toMatchObject({
			id: 'message-1',
			from: '"Espace MUNI" <ne-pas-repondre@espacemuni.org>',
			to: ['ana@example.org'],
			subject: 'Inscription confirmée à l’événement',
			messageId: '<message-1@espacemuni.org>'
		});
		expect(message?.date).toBeInstanceOf(Date);
		expect(message?.text.trim()).toBe(content.text);
		expect(message?.html).toContain('Votre inscription est confirmée');
		expect(firstLink(message?.text ?? '')).toBe('https://plateforme.espacemuni.org/evenements/colloque-2026');

		await mailer.sendMail({ id: 'message-1', to: ['ana@example.org'], ...content });
		expect(await readdir(outboxDir)).toEqual(['message-1.eml']);
	});

	test('lists the outbox newest first, a page at a time', async () => {
		const dir = await mkdtemp(join(tmpdir(), 'muni-outbox-'));
		const mailer = createMailer({ outboxDir: dir, from, organisationName });
		for (const [n, id] of ['old', 'middle', 'new'].entries()) {
			await mailer.sendMail({ id, to: [`${id}@example.org`], ...content, subject: `Message ${id}` });
			const when = new Date(Date.UTC(2026, 0, 1 + n));
			await utimes(join(dir, `${id}.eml`), when, when);
		}
		const first = await listOutbox(dir, { limit: 2, offset: 0 });
		expect(first.total).toBe(3);
		expect(first.entries.map((entry) => [entry.id, entry.subject, entry.to])).toEqual([
			['new', 'Message new', ['new@example.org']],
			['middle', 'Message middle', ['middle@example.org']]
		]);
		expect((await listOutbox(dir, { limit: 2, offset: 2 })).entries.map((entry) => entry.id)).toEqual(['old']);
		await rm(dir, { recursive: true, force: true });
	});

	test('an unknown id, an id trying to leave the folder or a missing folder read as nothing', async () => {
		expect(await readOutboxMessage(outboxDir, 'inconnu')).toBeNull();
		expect(await readOutboxMessage(outboxDir, '../../etc/passwd')).toBeNull();
		expect(await listOutbox(join(outboxDir, 'absent'), { limit: 10, offset: 0 })).toEqual({ total: 0, entries: [] });
		await expect(createMailer({ outboxDir, from, organisationName }).sendMail({ id: '../x', to: ['a@example.org'], ...content })).rejects.toThrow();
	});
});

describe('mail through SMTP', () => {
	let server: TestSmtpServer;
	beforeAll(async () => {
		server = await startTestSmtpServer();
	});
	afterAll(() => server.close());

	test('a real SMTP server receives the message, whose action link can be followed', async () => {
		const mailer = createMailer({ smtpUrl: server.url, outboxDir: '/nonexistent', from, organisationName });
		const sent = await mailer.sendMail({ id: 'smtp-1', to: ['ana@example.org', 'luc@example.org'], ...content });
		mailer.close();
		expect(sent).toMatchObject({ transport: 'smtp', accepted: ['ana@example.org', 'luc@example.org'], rejected: [] });
		expect(server.received).toHaveLength(1);
		const [received] = server.received;
		expect(received.subject).toBe('Inscription confirmée à l’événement');
		expect(received.messageId).toBe('<smtp-1@espacemuni.org>');
		expect(received.from?.text).toBe('"Espace MUNI" <ne-pas-repondre@espacemuni.org>');
		expect(firstLink(received.text ?? '')).toBe('https://plateforme.espacemuni.org/evenements/colloque-2026');
		expect(received.html).toContain('<h1 style="margin:0 0 16px;font-size:22px">Votre inscription est confirmée</h1>');
	});

	test('a refusing server makes sendMail fail', async () => {
		server.refuse = 'Boîte pleine, réessayez plus tard';
		const mailer = createMailer({ smtpUrl: server.url, outboxDir: '/nonexistent', from, organisationName });
		await expect(mailer.sendMail({ to: ['ana@example.org'], ...content })).rejects.toThrow(/réessayez plus tard/);
		mailer.close();
		server.refuse = null;
	});
});
