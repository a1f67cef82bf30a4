import { bigserial, index, jsonb, pgTable, text, timestamp } from 'drizzle-orm/pg-core';

/** Who did what to which record, with the record before and after: written in the same transaction as the change. */
export const auditEntry = pgTable(
	'audit_entry',
	{
		id: bigserial('id', { mode: 'number' }).primaryKey(),
		actorId: text('actor_id'),
		action: text('action').notNull(),
		entityType: text('entity_type').notNull(),
		entityId: text('entity_id').notNull(),
		before: jsonb('before'),
		after: jsonb('after'),
		at: timestamp('at', { withTimezone: true }).notNull().defaultNow()
	},
	(table) => [
		index('audit_entry_actor_idx').on(table.actorId, table.at),
		index('audit_entry_entity_idx').on(table.entityType, table.entityId, table.at),
		index('audit_entry_at_idx').on(table.at)
	]
);
