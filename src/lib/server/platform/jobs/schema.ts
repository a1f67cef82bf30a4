import { sql } from 'drizzle-orm';
import { check, index, integer, jsonb, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';

export const jobStatuses = ['pending', 'running', 'done', 'failed'] as const;
export type JobStatus = (typeof jobStatuses)[number];

/** Durable background work: a row per job, claimed by runners with `for update skip locked`. */
export const job = pgTable(
	'job',
	{
		id: uuid('id').primaryKey().defaultRandom(),
		queue: text('queue').notNull(),
		payload: jsonb('payload').$type<unknown>().notNull(),
		status: text('status', { enum: jobStatuses }).notNull().default('pending'),
		// Incremented by each claim, so it also fences a runner whose lock was taken over.
		attempts: integer('attempts').notNull().default(0),
		maxAttempts: integer('max_attempts').notNull().default(5),
		runAt: timestamp('run_at', { withTimezone: true }).notNull().defaultNow(),
		lockedUntil: timestamp('locked_until', { withTimezone: true }),
		lastError: text('last_error'),
		dedupeKey: text('dedupe_key').unique(),
		createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
		finishedAt: timestamp('finished_at', { withTimezone: true })
	},
	(table) => [
		check('job_status_check', sql`status in ('pending', 'running', 'done', 'failed')`),
		check('job_attempts_check', sql`max_attempts >= 1 and attempts >= 0`),
		index('job_due_idx').on(table.queue, table.runAt).where(sql`status in ('pending', 'running')`)
	]
);

export type Job = typeof job.$inferSelect;
