import { join } from 'node:path';

// Ids become file names and come back from admin URLs: nothing that could leave the folder.
const outboxIdPattern = /^[A-Za-z0-9][A-Za-z0-9_-]{0,127}$/;

export function isOutboxId(id: string): boolean {
	return outboxIdPattern.test(id);
}

export function outboxFile(outboxDir: string, id: string): string {
	if (!isOutboxId(id)) throw new Error(`Identifiant de message invalide : ${id}`);
	return join(outboxDir, `${id}.eml`);
}
