import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { simpleParser } from 'mailparser';

export type ReceivedMail = { to: string; subject: string; text: string; html: string; links: string[] };

async function readAll(outboxDir: string): Promise<ReceivedMail[]> {
	const names = (await readdir(outboxDir).catch(() => [] as string[])).filter((name) => name.endsWith('.eml'));
	return Promise.all(
		names.map(async (name) => {
			const parsed = await simpleParser(await readFile(join(outboxDir, name)));
			const to = Array.isArray(parsed.to) ? parsed.to.map((entry) => entry.text).join(', ') : (parsed.to?.text ?? '');
			const text = parsed.text ?? '';
			return { to, subject: parsed.subject ?? '', text, html: typeof parsed.html === 'string' ? parsed.html : '', links: text.match(/https?:\/\/\S+/g) ?? [] };
		})
	);
}

/** Waits for a message to `to` whose subject matches, as the job runner writes it to the outbox. */
export async function waitForMail(outboxDir: string, to: string, subject: RegExp, timeoutMs = 20_000): Promise<ReceivedMail> {
	const deadline = Date.now() + timeoutMs;
	while (Date.now() < deadline) {
		const found = (await readAll(outboxDir)).find((mail) => mail.to.includes(to) && subject.test(mail.subject));
		if (found) return found;
		await new Promise((resolve) => setTimeout(resolve, 100));
	}
	throw new Error(`Aucun courriel « ${subject} » pour ${to} dans ${outboxDir}`);
}
