import { sql } from 'drizzle-orm';
import { boolean, char, date, index, integer, jsonb, pgTable, primaryKey, serial, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { authUser } from '../accounts/schema';
import { catalogueItem } from '../catalogue/schema';
import { municipality } from '../territory/schema';

export const ELECTORAL_VOCABULARIES = ['theme', 'clientele'] as const;
export type ElectoralVocabulary = (typeof ELECTORAL_VOCABULARIES)[number];

export const COST_LEVELS = ['faible', 'moyen', 'eleve'] as const;
export type CostLevel = (typeof COST_LEVELS)[number];

export const TIME_FRAMES = ['court', 'moyen', 'long'] as const;
export type TimeFrame = (typeof TIME_FRAMES)[number];

export const ELECTORAL_STATUSES = ['draft', 'published'] as const;
export type ElectoralStatus = (typeof ELECTORAL_STATUSES)[number];

/** One general election: its commitments, quiz and candidates' platforms belong to it. */
export const electoralEdition = pgTable('electoral_edition', {
	id: serial('id').primaryKey(),
	slug: text('slug').notNull().unique(),
	name: text('name').notNull(),
	electionDate: date('election_date').notNull(),
	/** A closed edition stays readable; candidates can no longer start a platform in it. */
	isOpen: boolean('is_open').notNull().default(true),
	isDemo: boolean('is_demo').notNull().default(false),
	createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
	updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow()
});

/** Each edition's themes and clientèles, copied from the defaults when it is created, then editable. */
export const electoralTerm = pgTable(
	'electoral_term',
	{
		id: serial('id').primaryKey(),
		editionId: integer('edition_id')
			.notNull()
			.references(() => electoralEdition.id, { onDelete: 'cascade' }),
		vocabulary: text('vocabulary', { enum: ELECTORAL_VOCABULARIES }).notNull(),
		slug: text('slug').notNull(),
		label: text('label').notNull(),
		sortOrder: integer('sort_order').notNull().default(0)
	},
	(table) => [uniqueIndex('electoral_term_edition_slug_idx').on(table.editionId, table.vocabulary, table.slug)]
);

/** A commitment a candidate can make, written by staff, with the bank's items as proof that it is done. */
export const electoralCommitment = pgTable(
	'electoral_commitment',
	{
		id: serial('id').primaryKey(),
		editionId: integer('edition_id')
			.notNull()
			.references(() => electoralEdition.id, { onDelete: 'cascade' }),
		themeId: integer('theme_id')
			.notNull()
			.references(() => electoralTerm.id),
		clienteleIds: integer('clientele_ids').array().notNull().default(sql`'{}'::integer[]`),
		/** The commitment itself, as a candidate would say it: « Aménager un parc intergénérationnel ». */
		title: text('title').notNull(),
		/** Why it matters for health and quality of life. */
		rationale: text('rationale').notNull().default(''),
		/** The municipal powers involved (urbanisme, loisirs, voirie...). */
		powers: text('powers').notNull().default(''),
		costLevel: text('cost_level', { enum: COST_LEVELS }).notNull(),
		timeFrame: text('time_frame', { enum: TIME_FRAMES }).notNull(),
		status: text('status', { enum: ELECTORAL_STATUSES }).notNull().default('published'),
		sortOrder: integer('sort_order').notNull().default(0),
		isDemo: boolean('is_demo').notNull().default(false),
		version: integer('version').notNull().default(1),
		createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
		updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow()
	},
	(table) => [index('electoral_commitment_edition_idx').on(table.editionId, table.status, table.themeId)]
);

/** The measures and initiatives of the bank that show a commitment was carried out somewhere. */
export const electoralCommitmentEvidence = pgTable(
	'electoral_commitment_evidence',
	{
		commitmentId: integer('commitment_id')
			.notNull()
			.references(() => electoralCommitment.id, { onDelete: 'cascade' }),
		catalogueItemId: integer('catalogue_item_id')
			.notNull()
			.references(() => catalogueItem.id, { onDelete: 'cascade' }),
		position: integer('position').notNull().default(0)
	},
	(table) => [primaryKey({ columns: [table.commitmentId, table.catalogueItemId] }), index('electoral_evidence_item_idx').on(table.catalogueItemId)]
);

/**
 * A candidate's platform. No account is needed: whoever holds the private link edits it, and only
 * the SHA-256 of its token is stored, so the database alone opens no platform. A signed-in owner
 * also finds it in their account.
 */
export const electoralPlatform = pgTable(
	'electoral_platform',
	{
		id: serial('id').primaryKey(),
		editionId: integer('edition_id')
			.notNull()
			.references(() => electoralEdition.id, { onDelete: 'cascade' }),
		tokenHash: text('token_hash').notNull().unique(),
		ownerUserId: text('owner_user_id').references(() => authUser.id, { onDelete: 'set null' }),
		municipalityCode: char('municipality_code', { length: 5 })
			.notNull()
			.references(() => municipality.code),
		candidateName: text('candidate_name').notNull().default(''),
		title: text('title').notNull().default(''),
		introduction: text('introduction').notNull().default(''),
		themeIds: integer('theme_ids').array().notNull().default(sql`'{}'::integer[]`),
		clienteleIds: integer('clientele_ids').array().notNull().default(sql`'{}'::integer[]`),
		version: integer('version').notNull().default(1),
		createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
		updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
		firstExportedAt: timestamp('first_exported_at', { withTimezone: true }),
		exportCount: integer('export_count').notNull().default(0)
	},
	(table) => [index('electoral_platform_owner_idx').on(table.ownerUserId), index('electoral_platform_edition_idx').on(table.editionId, table.createdAt)]
);

/** One commitment of a platform, in the candidate's order and words; commitment_id is null for their own. */
export const electoralPlatformEntry = pgTable(
	'electoral_platform_entry',
	{
		id: serial('id').primaryKey(),
		platformId: integer('platform_id')
			.notNull()
			.references(() => electoralPlatform.id, { onDelete: 'cascade' }),
		position: integer('position').notNull(),
		commitmentId: integer('commitment_id').references(() => electoralCommitment.id, { onDelete: 'set null' }),
		themeId: integer('theme_id').references(() => electoralTerm.id, { onDelete: 'set null' }),
		title: text('title').notNull(),
		details: text('details').notNull().default(''),
		updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow()
	},
	(table) => [index('electoral_platform_entry_platform_idx').on(table.platformId, table.position)]
);

/** A question of the quiz (jeu-questionnaire): multiple choice, one right answer, an explanation and its source. */
export const electoralQuizQuestion = pgTable(
	'electoral_quiz_question',
	{
		id: serial('id').primaryKey(),
		editionId: integer('edition_id')
			.notNull()
			.references(() => electoralEdition.id, { onDelete: 'cascade' }),
		position: integer('position').notNull().default(0),
		prompt: text('prompt').notNull(),
		choices: jsonb('choices').$type<string[]>().notNull(),
		/** Index in choices. */
		correctChoice: integer('correct_choice').notNull(),
		explanation: text('explanation').notNull().default(''),
		sourceLabel: text('source_label').notNull().default(''),
		sourceUrl: text('source_url').notNull().default(''),
		status: text('status', { enum: ELECTORAL_STATUSES }).notNull().default('published'),
		isDemo: boolean('is_demo').notNull().default(false),
		updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow()
	},
	(table) => [index('electoral_quiz_question_edition_idx').on(table.editionId, table.position)]
);

/**
 * One go at the quiz. Its random id is the only key: it opens the next question while the quiz is
 * under way and the result page once it is done, and nothing in it says who answered.
 */
export const electoralQuizAttempt = pgTable(
	'electoral_quiz_attempt',
	{
		id: uuid('id').primaryKey().defaultRandom(),
		editionId: integer('edition_id')
			.notNull()
			.references(() => electoralEdition.id, { onDelete: 'cascade' }),
		/** The questions in the order asked, fixed when the attempt starts. */
		questionIds: integer('question_ids').array().notNull(),
		startedAt: timestamp('started_at', { withTimezone: true }).notNull().defaultNow(),
		completedAt: timestamp('completed_at', { withTimezone: true }),
		score: integer('score')
	},
	(table) => [index('electoral_quiz_attempt_edition_idx').on(table.editionId, table.completedAt)]
);

export const electoralQuizAnswer = pgTable(
	'electoral_quiz_answer',
	{
		attemptId: uuid('attempt_id')
			.notNull()
			.references(() => electoralQuizAttempt.id, { onDelete: 'cascade' }),
		questionId: integer('question_id')
			.notNull()
			.references(() => electoralQuizQuestion.id, { onDelete: 'cascade' }),
		choice: integer('choice').notNull(),
		correct: boolean('correct').notNull(),
		answeredAt: timestamp('answered_at', { withTimezone: true }).notNull().defaultNow()
	},
	(table) => [primaryKey({ columns: [table.attemptId, table.questionId] }), index('electoral_quiz_answer_question_idx').on(table.questionId)]
);
