import { sql } from 'drizzle-orm';
import { boolean, check, date, index, integer, jsonb, numeric, pgTable, primaryKey, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { authUser } from '../accounts/schema';

// --- The change model (modèle de changement), editable by staff ------------------------------

/** Inspirer, Outiller, Accompagner, Représenter. */
export const strategyArea = pgTable('strategy_area', {
	code: text('code').primaryKey(),
	name: text('name').notNull(),
	definition: text('definition').notNull(),
	sortOrder: integer('sort_order').notNull()
});

/** Connaître, comprendre et reconnaître; Volonté d'agir; Passer à l'action; S'engager de façon systématique. */
export const impactLevel = pgTable('impact_level', {
	code: text('code').primaryKey(),
	name: text('name').notNull(),
	description: text('description'),
	sortOrder: integer('sort_order').notNull()
});

export const OUTCOME_AUDIENCES = ['acteurs_municipaux', 'citoyens', 'allies'] as const;

/** What is expected at an impact level for one audience. */
export const impactOutcome = pgTable(
	'impact_outcome',
	{
		levelCode: text('level_code')
			.notNull()
			.references(() => impactLevel.code, { onDelete: 'cascade' }),
		audience: text('audience', { enum: OUTCOME_AUDIENCES }).notNull(),
		text: text('text').notNull()
	},
	(table) => [primaryKey({ columns: [table.levelCode, table.audience] })]
);

/** The model's means (moyens) and conditions of success (conditions du succès). */
export const changeModelElement = pgTable('change_model_element', {
	id: uuid('id').primaryKey().defaultRandom(),
	kind: text('kind', { enum: ['moyen', 'condition'] }).notNull(),
	text: text('text').notNull(),
	sortOrder: integer('sort_order').notNull()
});

// --- Activity log ------------------------------------------------------------------------------

export const ACTIVITY_KINDS = ['projet', 'outil', 'evenement', 'campagne', 'communaute', 'service', 'publication', 'autre'] as const;

export const activity = pgTable(
	'activity',
	{
		id: uuid('id').primaryKey().defaultRandom(),
		title: text('title').notNull(),
		kind: text('kind', { enum: ACTIVITY_KINDS }).notNull(),
		strategyAreaCode: text('strategy_area_code')
			.notNull()
			.references(() => strategyArea.code),
		objectives: text('objectives'),
		/** What was done (réalisations). */
		achievements: text('achievements'),
		results: text('results'),
		periodStart: date('period_start', { mode: 'string' }).notNull(),
		periodEnd: date('period_end', { mode: 'string' }),
		/** [{ label, url }] */
		links: jsonb('links').$type<{ label: string; url: string }[]>().notNull().default([]),
		sortOrder: integer('sort_order').notNull().default(0),
		version: integer('version').notNull().default(1),
		demo: boolean('demo').notNull().default(false),
		createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
		updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow()
	},
	(table) => [index('activity_period_idx').on(table.periodStart), index('activity_area_idx').on(table.strategyAreaCode)]
);

export const activityImpactLevel = pgTable(
	'activity_impact_level',
	{
		activityId: uuid('activity_id')
			.notNull()
			.references(() => activity.id, { onDelete: 'cascade' }),
		levelCode: text('level_code')
			.notNull()
			.references(() => impactLevel.code)
	},
	(table) => [primaryKey({ columns: [table.activityId, table.levelCode] })]
);

/**
 * A figure of the report. Either computed by a module (`statKey` names a StatFigure key from a manifest's
 * stats(period), `value` is null) or entered by staff (`value`, `unit`, `measuredOn`, `sourceNote`).
 * When a module starts computing what was entered by hand, the manual row is retired (`retiredAt`,
 * `statKey` set to the figure that replaces it), never deleted and never shown twice.
 */
export const indicator = pgTable(
	'indicator',
	{
		id: uuid('id').primaryKey().defaultRandom(),
		activityId: uuid('activity_id').references(() => activity.id, { onDelete: 'cascade' }),
		/** For figures that belong to a report section rather than an activity (the members' portrait...). */
		strategyAreaCode: text('strategy_area_code').references(() => strategyArea.code),
		fiscalYear: integer('fiscal_year').notNull(),
		label: text('label').notNull(),
		statKey: text('stat_key'),
		value: numeric('value', { mode: 'number' }),
		unit: text('unit'),
		measuredOn: date('measured_on', { mode: 'string' }),
		sourceNote: text('source_note'),
		/** Consistency rules: this figure must equal the sum of these references ('stat:<key>' or 'indicator:<id>')... */
		sumOf: jsonb('sum_of').$type<string[]>(),
		/** ...or must equal this one reference. */
		sameAs: text('same_as'),
		retiredAt: timestamp('retired_at', { withTimezone: true }),
		sortOrder: integer('sort_order').notNull().default(0),
		demo: boolean('demo').notNull().default(false),
		createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
		updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow()
	},
	(table) => [
		index('indicator_year_idx').on(table.fiscalYear),
		index('indicator_activity_idx').on(table.activityId),
		check('indicator_value_or_stat_check', sql`${table.statKey} is not null or ${table.value} is not null`)
	]
);

// --- Representation log ------------------------------------------------------------------------

export const REPRESENTATION_TYPES = ['instance', 'evenement', 'salon', 'recherche', 'prise_de_position'] as const;

/** Tables, committees and boards (instance), events, fairs, research projects, public positions (open letters, briefs). */
export const representation = pgTable(
	'representation',
	{
		id: uuid('id').primaryKey().defaultRandom(),
		type: text('type', { enum: REPRESENTATION_TYPES }).notNull(),
		title: text('title').notNull(),
		/** Who convenes or hosts it. */
		host: text('host'),
		description: text('description'),
		partners: text('partners'),
		startOn: date('start_on', { mode: 'string' }).notNull(),
		endOn: date('end_on', { mode: 'string' }),
		url: text('url'),
		demo: boolean('demo').notNull().default(false),
		createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
		updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow()
	},
	(table) => [index('representation_start_idx').on(table.startOn)]
);

// --- The annual report -------------------------------------------------------------------------

/** A fiscal year's report: a staff draft until published; publishing freezes the figures shown to the public. */
export const annualReport = pgTable('annual_report', {
	fiscalYear: integer('fiscal_year').primaryKey(),
	status: text('status', { enum: ['draft', 'published'] }).notNull().default('draft'),
	/** The word from the president and the director (mot de la présidence et de la direction). */
	foreword: text('foreword'),
	publishedAt: timestamp('published_at', { withTimezone: true }),
	publishedBy: text('published_by').references(() => authUser.id, { onDelete: 'set null' }),
	/** The figures as they were at publication. */
	publishedFigures: jsonb('published_figures'),
	updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow()
});
