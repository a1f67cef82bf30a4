import { readdir, readFile, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { simpleParser, type AddressObject } from 'mailparser';
import { isOutboxId, outboxFile } from './outbox-files';

export type OutboxEntry = { id: string; from: string; to: string[]; subject: string; date: Date | null };
export type OutboxPage = { total: number; entries: OutboxEntry[] };
export type OutboxMessage = OutboxEntry & { messageId: string | null; text: string; html: string | null };

const isMissing = (error: unknown) => (error as NodeJS.ErrnoException).code === 'ENOENT';

function addresses(field: AddressObject | AddressObject[] | undefined): string[] {
	const groups = field === undefined ? [] : Array.isArray(field) ? field : [field];
	return groups.flatMap((group) => group.value.map((address) => address.address ?? address.name));
}

async function parse(outboxDir: string, id: string): Promise<OutboxMessage | null> {
	let source: Buffer;
	try {
		source = await readFile(outboxFile(outboxDir, id));
	} catch (error) {
		if (isMissing(error)) return null;
		throw error;
	}
	const parsed = await simpleParser(source);
	return {
		id,
		from: parsed.from?.text ?? '',
		to: addresses(parsed.to),
		subject: parsed.subject ?? '',
		date: parsed.date ?? null,
		messageId: parsed.messageId ?? null,
		text: parsed.text ?? '',
		html: parsed.html || null
	};
}

/** Messages written by the file transport, newest first; only the requested page is parsed. */
export async function listOutbox(outboxDir: string, page: { limit: number; offset: number }): Promise<OutboxPage> {
	let names: string[];
	try {
		names = await readdir(outboxDir);
	} catch (error) {
		if (isMissing(error)) return { total: 0, entries: [] };
		throw error;
	}
	const files = await Promise.all(
		names
			.filter((name) => name.endsWith('.eml') && isOutboxId(name.slice(0, -4)))
			.map(async (name) => ({ id: name.slice(0, -4), modified: (await stat(join(outboxDir, name))).mtimeMs }))
	);
	files.sort((a, b) => b.modified - a.modified || a.id.localeCompare(b.id));
	const wanted = files.slice(page.offset, page.offset + page.limit);
	const parsed = await Promise.all(wanted.map((file) => parse(outboxDir, file.id)));
	const entries = parsed
		.filter((message) => message !== null)
		.map(({ id, from, to, subject, date }) => ({ id, from, to, subject, date }));
	return { total: files.length, entries };
}

/** One message of the outbox, or null when there is none with that id. */
export async function readOutboxMessage(outboxDir: string, id: string): Promise<OutboxMessage | null> {
	if (!isOutboxId(id)) return null;
	return parse(outboxDir, id);
}
