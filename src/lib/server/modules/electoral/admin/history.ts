import { and, desc, eq } from 'drizzle-orm';
import type { Database } from '../../../db/types';
import { auditEntry } from '../../../platform/audit/schema';
import { assertCan } from '../../../platform/permissions';
import type { Actor } from '../../../platform/roles';
import { authUser } from '../../accounts/schema';
import { COMMITMENT_FIELDS } from './commitments';
import type { FormValues } from '../../../platform/form-values';

export type CommitmentChange = { field: string; before: string | string[] | null; after: string | string[] | null };
export type CommitmentHistoryEntry = { id: number; at: Date; action: 'create' | 'update'; actorName: string | null; changes: CommitmentChange[] };

/** An empty text or list is no value: a creation shows only the fields it filled in. */
const valueOf = (value: unknown) => (value === undefined || value === '' || (Array.isArray(value) && value.length === 0) ? null : value);
const same = (left: unknown, right: unknown) => JSON.stringify(valueOf(left)) === JSON.stringify(valueOf(right));
const formOrder = (field: string) => {
	const index = (COMMITMENT_FIELDS as readonly string[]).indexOf(field);
	return index < 0 ? COMMITMENT_FIELDS.length : index;
};

/** The fields one audited save changed, in the order of the form. */
function changesBetween(before: FormValues | null, after: FormValues | null): CommitmentChange[] {
	const fields = [...new Set([...Object.keys(after ?? {}), ...Object.keys(before ?? {})])].sort((a, b) => formOrder(a) - formOrder(b));
	return fields
		.filter((field) => !same(before?.[field], after?.[field]))
		.map((field) => ({ field, before: before?.[field] ?? null, after: after?.[field] ?? null }));
}

/** Every audited save of a commitment, newest first, with who made it and what it changed. */
export async function listCommitmentHistory(db: Database, actor: Actor, commitmentId: number): Promise<CommitmentHistoryEntry[]> {
	assertCan(actor, 'electoral.manage');
	const rows = await db
		.select({ id: auditEntry.id, at: auditEntry.at, action: auditEntry.action, before: auditEntry.before, after: auditEntry.after, actorName: authUser.name })
		.from(auditEntry)
		.leftJoin(authUser, eq(authUser.id, auditEntry.actorId))
		.where(and(eq(auditEntry.entityType, 'electoral_commitment'), eq(auditEntry.entityId, String(commitmentId))))
		.orderBy(desc(auditEntry.at), desc(auditEntry.id));
	return rows.map((row) => ({
		id: row.id,
		at: row.at,
		action: row.action.endsWith('.create') ? 'create' : 'update',
		actorName: row.actorName,
		changes: changesBetween(row.before as FormValues | null, row.after as FormValues | null)
	}));
}
