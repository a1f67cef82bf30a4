import { date, integer, pgTable, primaryKey, text } from 'drizzle-orm/pg-core';

/**
 * Privacy-friendly audience figures: a visitor is a hash of the address and browser with a salt
 * that changes every day and is then deleted, so no address is stored and no visitor can be
 * followed from one day to the next.
 */
export const analyticsSalt = pgTable('analytics_salt', {
	day: date('day').primaryKey(),
	salt: text('salt').notNull()
});

export const analyticsVisitorDay = pgTable(
	'analytics_visitor_day',
	{
		day: date('day').notNull(),
		scope: text('scope').notNull(),
		visitor: text('visitor').notNull()
	},
	(table) => [primaryKey({ columns: [table.day, table.scope, table.visitor] })]
);

/** Daily counts of named events (a search, a search without result, an export...). */
export const analyticsCounter = pgTable(
	'analytics_counter',
	{
		day: date('day').notNull(),
		scope: text('scope').notNull(),
		name: text('name').notNull(),
		count: integer('count').notNull()
	},
	(table) => [primaryKey({ columns: [table.day, table.scope, table.name] })]
);
