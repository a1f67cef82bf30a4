import { sql } from 'drizzle-orm';
import {
	boolean,
	char,
	check,
	customType,
	date,
	index,
	integer,
	pgTable,
	primaryKey,
	serial,
	text,
	timestamp,
	unique,
	uniqueIndex,
	uuid
} from 'drizzle-orm/pg-core';
import { authUser, organisation, ORGANISATION_KINDS } from '../accounts/schema';
import { borough, municipality, populationClass, region, territory } from '../territory/schema';

const bytea = customType<{ data: Uint8Array; driverData: Uint8Array }>({ dataType: () => 'bytea' });

/**
 * The organisation is the member (its people inherit through organisation_member). One row per member
 * organisation, ever: leaving and coming back reuses it, so a renewal can never make a second membership.
 */
export const membership = pgTable('membership', {
	organisationId: uuid('organisation_id')
		.primaryKey()
		.references(() => organisation.id, { onDelete: 'cascade' }),
	joinedOn: date('joined_on', { mode: 'string' }).notNull(),
	/** A resignation; status is « échu » from that day. */
	leftOn: date('left_on', { mode: 'string' }),
	leftReason: text('left_reason'),
	source: text('source', { enum: ['application', 'import', 'staff', 'demo'] }).notNull(),
	demo: boolean('demo').notNull().default(false),
	createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow()
});

/**
 * One fiscal year (1 April – 31 March) of membership, named by the year it starts in (2024 = 2024-2025).
 * The unique key is what makes renewal idempotent.
 */
export const membershipPeriod = pgTable(
	'membership_period',
	{
		id: uuid('id').primaryKey().defaultRandom(),
		organisationId: uuid('organisation_id')
			.notNull()
			.references(() => membership.organisationId, { onDelete: 'cascade' }),
		fiscalYear: integer('fiscal_year').notNull(),
		/** Honorary or waived: counts as paid without an invoice. */
		exempt: boolean('exempt').notNull().default(false),
		createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow()
	},
	(table) => [unique('membership_period_org_year_key').on(table.organisationId, table.fiscalYear), index('membership_period_year_idx').on(table.fiscalYear)]
);

export const MEMBER_TYPES = ORGANISATION_KINDS;

/** The dues grid: one amount per fiscal year, member type and (for places) population class. */
export const duesRate = pgTable(
	'dues_rate',
	{
		id: serial('id').primaryKey(),
		fiscalYear: integer('fiscal_year').notNull(),
		memberType: text('member_type', { enum: MEMBER_TYPES }).notNull(),
		populationClassId: integer('population_class_id').references(() => populationClass.id),
		amountCents: integer('amount_cents').notNull(),
		updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow()
	},
	(table) => [
		unique('dues_rate_key').on(table.fiscalYear, table.memberType, table.populationClassId).nullsNotDistinct(),
		check('dues_rate_amount_check', sql`${table.amountCents} >= 0`)
	]
);

/** The last invoice number given out per fiscal year; a row lock on it keeps the sequence continuous (no gaps, no repeats). */
export const invoiceCounter = pgTable('invoice_counter', {
	fiscalYear: integer('fiscal_year').primaryKey(),
	lastSequence: integer('last_sequence').notNull()
});

export const invoice = pgTable(
	'invoice',
	{
		id: uuid('id').primaryKey().defaultRandom(),
		/** Shown and printed, e.g. 2025-0042. */
		number: text('number').notNull().unique(),
		fiscalYear: integer('fiscal_year').notNull(),
		sequence: integer('sequence').notNull(),
		organisationId: uuid('organisation_id')
			.notNull()
			.references(() => organisation.id, { onDelete: 'restrict' }),
		/** One live invoice per membership year (a partial unique index): billing a year twice is impossible, re-billing after voiding is. */
		periodId: uuid('period_id')
			.notNull()
			.references(() => membershipPeriod.id, { onDelete: 'restrict' }),
		/** The organisation's name and the rate's description as they were on the day of issue. */
		billedName: text('billed_name').notNull(),
		description: text('description').notNull(),
		amountCents: integer('amount_cents').notNull(),
		issuedOn: date('issued_on', { mode: 'string' }).notNull(),
		dueOn: date('due_on', { mode: 'string' }).notNull(),
		voidedAt: timestamp('voided_at', { withTimezone: true }),
		voidReason: text('void_reason'),
		createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow()
	},
	(table) => [
		unique('invoice_year_sequence_key').on(table.fiscalYear, table.sequence),
		uniqueIndex('invoice_period_active_idx').on(table.periodId).where(sql`voided_at is null`),
		index('invoice_organisation_idx').on(table.organisationId),
		check('invoice_amount_check', sql`${table.amountCents} >= 0`)
	]
);

export const PAYMENT_METHODS = ['cheque', 'virement', 'carte', 'autre'] as const;
export type PaymentMethod = (typeof PAYMENT_METHODS)[number];

export const payment = pgTable(
	'payment',
	{
		id: uuid('id').primaryKey().defaultRandom(),
		invoiceId: uuid('invoice_id')
			.notNull()
			.references(() => invoice.id, { onDelete: 'restrict' }),
		receivedOn: date('received_on', { mode: 'string' }).notNull(),
		amountCents: integer('amount_cents').notNull(),
		method: text('method', { enum: PAYMENT_METHODS }).notNull(),
		/** Cheque number, transfer confirmation or card authorisation. */
		reference: text('reference'),
		note: text('note'),
		recordedBy: text('recorded_by').references(() => authUser.id, { onDelete: 'set null' }),
		createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow()
	},
	(table) => [index('payment_invoice_idx').on(table.invoiceId), check('payment_amount_check', sql`${table.amountCents} > 0`)]
);

export const APPLICATION_STATUSES = ['pending', 'approved', 'declined'] as const;

export const membershipApplication = pgTable(
	'membership_application',
	{
		id: uuid('id').primaryKey().defaultRandom(),
		kind: text('kind', { enum: ORGANISATION_KINDS }).notNull(),
		organisationName: text('organisation_name').notNull(),
		municipalityCode: char('municipality_code', { length: 5 }).references(() => municipality.code),
		boroughId: integer('borough_id').references(() => borough.id),
		territoryCode: text('territory_code').references(() => territory.code),
		contactName: text('contact_name').notNull(),
		contactEmail: text('contact_email').notNull(),
		contactPhone: text('contact_phone'),
		contactTitle: text('contact_title'),
		message: text('message'),
		resolutionFileName: text('resolution_file_name'),
		resolutionContentType: text('resolution_content_type'),
		resolutionFile: bytea('resolution_file'),
		status: text('status', { enum: APPLICATION_STATUSES }).notNull().default('pending'),
		decisionReason: text('decision_reason'),
		decidedBy: text('decided_by').references(() => authUser.id, { onDelete: 'set null' }),
		decidedAt: timestamp('decided_at', { withTimezone: true }),
		/** Set on approval: the member organisation the application became. */
		organisationId: uuid('organisation_id').references(() => organisation.id, { onDelete: 'set null' }),
		/** The signed-in person who applied, if any. */
		userId: text('user_id').references(() => authUser.id, { onDelete: 'set null' }),
		createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow()
	},
	(table) => [index('membership_application_status_idx').on(table.status, table.createdAt)]
);

export const REMINDER_KINDS = ['before_expiry', 'grace'] as const;

/** Which renewal reminders went out; the key makes a second send impossible, even after a restart. */
export const membershipReminder = pgTable(
	'membership_reminder',
	{
		organisationId: uuid('organisation_id')
			.notNull()
			.references(() => membership.organisationId, { onDelete: 'cascade' }),
		fiscalYear: integer('fiscal_year').notNull(),
		kind: text('kind', { enum: REMINDER_KINDS }).notNull(),
		queuedAt: timestamp('queued_at', { withTimezone: true }).notNull().defaultNow()
	},
	(table) => [primaryKey({ columns: [table.organisationId, table.fiscalYear, table.kind] })]
);

/** A member's participation in the Fièrement membre campaign of a year, with where to ship the stickers. */
export const sealCampaignParticipation = pgTable(
	'seal_campaign_participation',
	{
		organisationId: uuid('organisation_id')
			.notNull()
			.references(() => membership.organisationId, { onDelete: 'cascade' }),
		campaignYear: integer('campaign_year').notNull(),
		optedInAt: timestamp('opted_in_at', { withTimezone: true }).notNull().defaultNow(),
		recipientName: text('recipient_name').notNull(),
		addressLine1: text('address_line1').notNull(),
		addressLine2: text('address_line2'),
		city: text('city').notNull(),
		postalCode: text('postal_code').notNull(),
		stickerCount: integer('sticker_count').notNull().default(10),
		note: text('note'),
		shippedAt: timestamp('shipped_at', { withTimezone: true }),
		shippedBy: text('shipped_by').references(() => authUser.id, { onDelete: 'set null' }),
		updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow()
	},
	(table) => [primaryKey({ columns: [table.organisationId, table.campaignYear] })]
);

// --- Governance and team -------------------------------------------------------------------

export const SEAT_REPRESENTATIONS = ['population_class', 'delegation', 'mrc', 'nonprofit', 'ex_officio'] as const;

/** A seat on the board and whom it speaks for: a population class, a delegation (UMQ, FQM, a city), the MRC, the non-profits. */
export const boardSeat = pgTable('board_seat', {
	id: serial('id').primaryKey(),
	label: text('label').notNull(),
	representation: text('representation', { enum: SEAT_REPRESENTATIONS }).notNull(),
	populationClassId: integer('population_class_id').references(() => populationClass.id),
	delegation: text('delegation'),
	sortOrder: integer('sort_order').notNull().default(0),
	demo: boolean('demo').notNull().default(false)
});

export const BOARD_ROLES = ['presidence', 'vice_presidence', 'tresorerie', 'secretariat', 'administration', 'direction_generale'] as const;

export const boardMandate = pgTable(
	'board_mandate',
	{
		id: uuid('id').primaryKey().defaultRandom(),
		seatId: integer('seat_id')
			.notNull()
			.references(() => boardSeat.id, { onDelete: 'cascade' }),
		personName: text('person_name').notNull(),
		/** « Mairesse de Brossard », « Conseiller municipal de Victoriaville »... */
		affiliation: text('affiliation'),
		role: text('role', { enum: BOARD_ROLES }).notNull().default('administration'),
		organisationId: uuid('organisation_id').references(() => organisation.id, { onDelete: 'set null' }),
		startOn: date('start_on', { mode: 'string' }).notNull(),
		endOn: date('end_on', { mode: 'string' })
	},
	(table) => [index('board_mandate_seat_idx').on(table.seatId)]
);

export const COMMITTEE_KINDS = ['gouvernance', 'coordination', 'contenu', 'autre'] as const;

export const committee = pgTable('committee', {
	id: uuid('id').primaryKey().defaultRandom(),
	name: text('name').notNull(),
	kind: text('kind', { enum: COMMITTEE_KINDS }).notNull(),
	description: text('description'),
	sortOrder: integer('sort_order').notNull().default(0),
	startOn: date('start_on', { mode: 'string' }),
	endOn: date('end_on', { mode: 'string' }),
	demo: boolean('demo').notNull().default(false)
});

export const committeeMember = pgTable(
	'committee_member',
	{
		id: uuid('id').primaryKey().defaultRandom(),
		committeeId: uuid('committee_id')
			.notNull()
			.references(() => committee.id, { onDelete: 'cascade' }),
		personName: text('person_name').notNull(),
		affiliation: text('affiliation'),
		role: text('role'),
		organisationId: uuid('organisation_id').references(() => organisation.id, { onDelete: 'set null' }),
		sortOrder: integer('sort_order').notNull().default(0)
	},
	(table) => [index('committee_member_committee_idx').on(table.committeeId)]
);

export const STAFF_TEAMS = ['direction', 'programmes', 'communications'] as const;

/** La permanence: the network's employees, by team. */
export const staffMember = pgTable('staff_member', {
	id: uuid('id').primaryKey().defaultRandom(),
	name: text('name').notNull(),
	jobTitle: text('job_title').notNull(),
	team: text('team', { enum: STAFF_TEAMS }).notNull(),
	userId: text('user_id').references(() => authUser.id, { onDelete: 'set null' }),
	sortOrder: integer('sort_order').notNull().default(0),
	startOn: date('start_on', { mode: 'string' }),
	/** Departed staff stay on record (the report thanks them) but leave the public page. */
	endOn: date('end_on', { mode: 'string' }),
	demo: boolean('demo').notNull().default(false)
});

/** The regional accompaniment team (accompagnatrices and accompagnateurs of PFM and MADA processes), one row per region covered. */
export const accompanimentMember = pgTable(
	'accompaniment_member',
	{
		id: uuid('id').primaryKey().defaultRandom(),
		name: text('name').notNull(),
		regionCode: char('region_code', { length: 2 })
			.notNull()
			.references(() => region.code),
		userId: text('user_id').references(() => authUser.id, { onDelete: 'set null' }),
		sortOrder: integer('sort_order').notNull().default(0),
		endOn: date('end_on', { mode: 'string' }),
		demo: boolean('demo').notNull().default(false)
	},
	(table) => [uniqueIndex('accompaniment_member_name_region_idx').on(table.name, table.regionCode)]
);
