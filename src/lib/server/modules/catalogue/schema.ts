import { sql } from 'drizzle-orm';
import {
	bigint,
	boolean,
	char,
	customType,
	date,
	index,
	integer,
	jsonb,
	pgTable,
	serial,
	text,
	timestamp,
	uniqueIndex,
	uuid
} from 'drizzle-orm/pg-core';
import { authUser, organisation } from '../accounts/schema';
import { municipality, region, territory } from '../territory/schema';
import { MEASURE_PROGRESS } from './demo/types';
import { VOCABULARIES } from './taxonomy-seed';

const tsvector = customType<{ data: string }>({ dataType: () => 'tsvector' });

export const CATALOGUE_KINDS = ['mesure', 'initiative', 'programme', 'outil'] as const;
export type CatalogueKind = (typeof CATALOGUE_KINDS)[number];

export const PUBLICATION_STATUSES = ['draft', 'published', 'unpublished'] as const;
export type PublicationStatus = (typeof PUBLICATION_STATUSES)[number];

export const REVIEW_STATUSES = ['pending', 'approved', 'rejected'] as const;
export type ReviewStatus = (typeof REVIEW_STATUSES)[number];

export type ItemLink = { label: string; url: string };
export type AmountTier = { minPopulation: number; maxPopulation: number | null; amount: number };

/** Themes, clientèles, policy types and tool types: data, so that staff can edit them. */
export const catalogueTerm = pgTable(
	'catalogue_term',
	{
		id: serial('id').primaryKey(),
		vocabulary: text('vocabulary', { enum: VOCABULARIES }).notNull(),
		slug: text('slug').notNull(),
		label: text('label').notNull(),
		sortOrder: integer('sort_order').notNull().default(0),
		retiredAt: timestamp('retired_at', { withTimezone: true })
	},
	(table) => [uniqueIndex('catalogue_term_vocabulary_slug_idx').on(table.vocabulary, table.slug)]
);

/**
 * Every kind of item in one table, so that one query searches and counts all of them. Columns
 * that belong to one kind are null for the others. `region_code`, `territory_code`,
 * `population` and `facet_text` are derived from the place and the terms by `refreshDerived`.
 */
export const catalogueItem = pgTable(
	'catalogue_item',
	{
		id: serial('id').primaryKey(),
		kind: text('kind', { enum: CATALOGUE_KINDS }).notNull(),
		status: text('status', { enum: PUBLICATION_STATUSES }).notNull().default('draft'),
		title: text('title').notNull(),
		description: text('description').notNull().default(''),
		municipalityCode: char('municipality_code', { length: 5 }).references(() => municipality.code),
		/** Set alone for an MRC's own item; derived from the municipality otherwise. */
		territoryCode: text('territory_code').references(() => territory.code),
		regionCode: char('region_code', { length: 2 }).references(() => region.code),
		population: integer('population'),
		themeIds: integer('theme_ids').array().notNull().default(sql`'{}'::integer[]`),
		clienteleIds: integer('clientele_ids').array().notNull().default(sql`'{}'::integer[]`),
		policyTypeId: integer('policy_type_id').references(() => catalogueTerm.id),
		year: integer('year'),
		links: jsonb('links').$type<ItemLink[]>().notNull().default([]),

		policyTitle: text('policy_title'),
		adoptionYear: integer('adoption_year'),
		planStartYear: integer('plan_start_year'),
		planEndYear: integer('plan_end_year'),
		progress: text('progress', { enum: MEASURE_PROGRESS }),

		partners: text('partners'),
		results: text('results'),
		awardCategory: text('award_category'),
		awardYear: integer('award_year'),

		funder: text('funder'),
		objectives: text('objectives'),
		eligibleApplicants: text('eligible_applicants'),
		amounts: text('amounts'),
		amountTiers: jsonb('amount_tiers').$type<AmountTier[]>(),
		opensOn: date('opens_on'),
		closesOn: date('closes_on'),
		guideUrl: text('guide_url'),
		formUrl: text('form_url'),

		toolTypeId: integer('tool_type_id').references(() => catalogueTerm.id),
		processStep: text('process_step'),
		fileUrl: text('file_url'),

		facetText: text('facet_text').notNull().default(''),
		searchVector: tsvector('search_vector')
			.notNull()
			.generatedAlwaysAs(
				sql`setweight(to_tsvector('fr_unaccent'::regconfig, title), 'A') || setweight(to_tsvector('fr_unaccent'::regconfig, facet_text), 'B') || setweight(to_tsvector('fr_unaccent'::regconfig, description || ' ' || coalesce(policy_title, '') || ' ' || coalesce(partners, '') || ' ' || coalesce(funder, '') || ' ' || coalesce(award_category, '')), 'C') || setweight(to_tsvector('fr_unaccent'::regconfig, coalesce(results, '') || ' ' || coalesce(objectives, '') || ' ' || coalesce(eligible_applicants, '') || ' ' || coalesce(process_step, '')), 'D')`
			),
		titleSearch: text('title_search')
			.notNull()
			.generatedAlwaysAs(sql`search_normalize(title)`),
		isDemo: boolean('is_demo').notNull().default(false),
		/** A contribution from a member organisation; staff review it before it is published. */
		contributorOrganisationId: uuid('contributor_organisation_id').references(() => organisation.id, { onDelete: 'set null' }),
		contributorUserId: text('contributor_user_id').references(() => authUser.id, { onDelete: 'set null' }),
		reviewStatus: text('review_status', { enum: REVIEW_STATUSES }),
		reviewNote: text('review_note'),
		reviewedAt: timestamp('reviewed_at', { withTimezone: true }),
		reviewedBy: text('reviewed_by').references(() => authUser.id, { onDelete: 'set null' }),
		version: integer('version').notNull().default(1),
		createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
		updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
		publishedAt: timestamp('published_at', { withTimezone: true })
	},
	(table) => [
		index('catalogue_item_search_idx').using('gin', table.searchVector),
		index('catalogue_item_status_kind_idx').on(table.status, table.kind),
		index('catalogue_item_themes_idx').using('gin', table.themeIds),
		index('catalogue_item_clienteles_idx').using('gin', table.clienteleIds),
		index('catalogue_item_municipality_idx').on(table.municipalityCode),
		index('catalogue_item_title_trgm_idx').using('gin', sql`${table.titleSearch} gin_trgm_ops`),
		index('catalogue_item_review_idx').on(table.reviewStatus).where(sql`review_status is not null`),
		index('catalogue_item_contributor_idx').on(table.contributorOrganisationId)
	]
);

/** Every word of the bank once, so that a misspelt query word can be replaced by the nearest real one. */
export const catalogueWord = pgTable(
	'catalogue_word',
	{ word: text('word').primaryKey() },
	(table) => [index('catalogue_word_trgm_idx').using('gin', sql`${table.word} gin_trgm_ops`)]
);

/** What an item looked like after each change, and who made it. */
export const catalogueRevision = pgTable(
	'catalogue_revision',
	{
		id: serial('id').primaryKey(),
		itemId: integer('item_id')
			.notNull()
			.references(() => catalogueItem.id, { onDelete: 'cascade' }),
		version: integer('version').notNull(),
		actorId: text('actor_id'),
		changedFields: text('changed_fields').array().notNull(),
		snapshot: jsonb('snapshot').$type<Record<string, unknown>>().notNull(),
		note: text('note'),
		createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow()
	},
	(table) => [uniqueIndex('catalogue_revision_item_version_idx').on(table.itemId, table.version)]
);

/** A person's named selection of items, for example the draft of an action plan. */
export const catalogueList = pgTable(
	'catalogue_list',
	{
		id: uuid('id').primaryKey().defaultRandom(),
		ownerId: text('owner_id')
			.notNull()
			.references(() => authUser.id, { onDelete: 'cascade' }),
		name: text('name').notNull(),
		description: text('description').notNull().default(''),
		createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
		updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow()
	},
	(table) => [index('catalogue_list_owner_idx').on(table.ownerId)]
);

export const catalogueListEntry = pgTable(
	'catalogue_list_entry',
	{
		listId: uuid('list_id')
			.notNull()
			.references(() => catalogueList.id, { onDelete: 'cascade' }),
		itemId: integer('item_id')
			.notNull()
			.references(() => catalogueItem.id, { onDelete: 'cascade' }),
		position: integer('position').notNull(),
		note: text('note').notNull().default(''),
		addedAt: timestamp('added_at', { withTimezone: true }).notNull().defaultNow()
	},
	(table) => [uniqueIndex('catalogue_list_entry_item_idx').on(table.listId, table.itemId), index('catalogue_list_entry_position_idx').on(table.listId, table.position)]
);

export const IMPORT_STATUSES = ['uploaded', 'imported', 'abandoned'] as const;

/**
 * An uploaded action plan waiting to be mapped, previewed and imported: the rows are kept here
 * so that nothing is lost between the steps, and the report stays once the import is done.
 */
export const catalogueImport = pgTable(
	'catalogue_import',
	{
		id: uuid('id').primaryKey().defaultRandom(),
		actorId: text('actor_id').references(() => authUser.id, { onDelete: 'set null' }),
		fileName: text('file_name').notNull(),
		headers: text('headers').array().notNull(),
		rows: jsonb('rows').$type<string[][]>().notNull(),
		/** Field name to column index, and the values that apply to every row (municipality, policy...). */
		mapping: jsonb('mapping').$type<Record<string, unknown>>(),
		status: text('status', { enum: IMPORT_STATUSES }).notNull().default('uploaded'),
		report: jsonb('report').$type<Record<string, unknown>>(),
		createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
		importedAt: timestamp('imported_at', { withTimezone: true })
	},
	(table) => [index('catalogue_import_actor_idx').on(table.actorId, table.createdAt)]
);

/**
 * One row whose version every change to items or terms bumps, through statement triggers (see the
 * migration), so that a process caching what it read of the bank knows when to read it again.
 */
export const catalogueState = pgTable('catalogue_state', {
	id: integer('id').primaryKey(),
	version: bigint('version', { mode: 'number' }).notNull()
});
