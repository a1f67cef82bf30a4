import { and, count, desc, eq, gte, lt } from 'drizzle-orm';
import { z } from 'zod';
import type { Database } from '../../db/types';
import { personMatches } from '../../modules/accounts/person-search';
import { authUser } from '../../modules/accounts/schema';
import { pageWindow } from '../pagination';
import { assertCan } from '../permissions';
import type { Actor } from '../roles';
import { auditEntry } from './schema';

export const JOURNAL_PAGE_SIZE = 50;

const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/).nullable().catch(null);

export const journalQuerySchema = z.object({
	person: z.string().trim().max(254).catch(''),
	entityType: z.string().trim().max(60).catch(''),
	entityId: z.string().trim().max(120).catch(''),
	from: isoDate,
	to: isoDate,
	page: z.coerce.number().int().min(1).max(100_000).catch(1)
});
export type JournalQuery = z.infer<typeof journalQuerySchema>;

export function parseJournalQuery(params: URLSearchParams): JournalQuery {
	return journalQuerySchema.parse({
		person: params.get('personne') ?? '',
		entityType: params.get('type') ?? '',
		entityId: params.get('objet') ?? '',
		from: params.get('du') || null,
		to: params.get('au') || null,
		page: params.get('page') ?? 1
	});
}

/** The audit log, newest first, filtered by person (name or address), kind of record, record and dates (to is inclusive). */
export async function listJournal(db: Database, actor: Actor, query: JournalQuery) {
	assertCan(actor, 'admin.audit');
	const where = and(
		query.person ? personMatches(query.person) : undefined,
		query.entityType ? eq(auditEntry.entityType, query.entityType) : undefined,
		query.entityId ? eq(auditEntry.entityId, query.entityId) : undefined,
		query.from ? gte(auditEntry.at, new Date(`${query.from}T00:00:00Z`)) : undefined,
		query.to ? lt(auditEntry.at, new Date(new Date(`${query.to}T00:00:00Z`).getTime() + 86_400_000)) : undefined
	);
	const [{ total }] = await db.select({ total: count() }).from(auditEntry).leftJoin(authUser, eq(authUser.id, auditEntry.actorId)).where(where);
	const { page, pageCount, offset, limit } = pageWindow(total, query.page, JOURNAL_PAGE_SIZE);
	const entries = await db
		.select({
			id: auditEntry.id,
			at: auditEntry.at,
			action: auditEntry.action,
			entityType: auditEntry.entityType,
			entityId: auditEntry.entityId,
			before: auditEntry.before,
			after: auditEntry.after,
			actorName: authUser.name,
			actorEmail: authUser.email
		})
		.from(auditEntry)
		.leftJoin(authUser, eq(authUser.id, auditEntry.actorId))
		.where(where)
		.orderBy(desc(auditEntry.at), desc(auditEntry.id))
		.limit(limit)
		.offset(offset);
	const entityTypes = (await db.selectDistinct({ type: auditEntry.entityType }).from(auditEntry)).map((row) => row.type).sort();
	return { entries, total, page, pageCount, entityTypes };
}
