import type { Database } from '../../db/types';
import { auditEntry } from './schema';

export type AuditRecord = {
	actorId: string | null;
	action: string;
	entityType: string;
	entityId: string;
	before?: unknown;
	after?: unknown;
};

/** Records a change; call it with the transaction that makes the change, so both commit or neither does. */
export async function recordAudit(tx: Database, record: AuditRecord): Promise<void> {
	await tx.insert(auditEntry).values({
		actorId: record.actorId,
		action: record.action,
		entityType: record.entityType,
		entityId: record.entityId,
		before: record.before ?? null,
		after: record.after ?? null
	});
}
