import { sql } from 'drizzle-orm';
import { boolean, char, index, integer, pgTable, primaryKey, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { borough, municipality, region, territory } from '../territory/schema';

// The four tables better-auth needs (its field names, our table names), with the platform's role
// and deactivation on the user. Passwords live hashed (scrypt) in auth_account.password.

export const authUser = pgTable('auth_user', {
	id: text('id').primaryKey(),
	name: text('name').notNull(),
	email: text('email').notNull().unique(),
	emailVerified: boolean('email_verified').notNull().default(false),
	image: text('image'),
	role: text('role', { enum: ['member', 'consultant', 'staff', 'admin'] }).notNull().default('member'),
	deactivatedAt: timestamp('deactivated_at', { withTimezone: true }),
	/** The organisation the person is acting for when they belong to several. */
	activeOrganisationId: uuid('active_organisation_id'),
	createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
	updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow()
});

export const authSession = pgTable(
	'auth_session',
	{
		id: text('id').primaryKey(),
		token: text('token').notNull().unique(),
		userId: text('user_id')
			.notNull()
			.references(() => authUser.id, { onDelete: 'cascade' }),
		expiresAt: timestamp('expires_at', { withTimezone: true }).notNull(),
		ipAddress: text('ip_address'),
		userAgent: text('user_agent'),
		createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
		updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow()
	},
	(table) => [index('auth_session_user_idx').on(table.userId)]
);

export const authAccount = pgTable(
	'auth_account',
	{
		id: text('id').primaryKey(),
		accountId: text('account_id').notNull(),
		providerId: text('provider_id').notNull(),
		userId: text('user_id')
			.notNull()
			.references(() => authUser.id, { onDelete: 'cascade' }),
		accessToken: text('access_token'),
		refreshToken: text('refresh_token'),
		idToken: text('id_token'),
		accessTokenExpiresAt: timestamp('access_token_expires_at', { withTimezone: true }),
		refreshTokenExpiresAt: timestamp('refresh_token_expires_at', { withTimezone: true }),
		scope: text('scope'),
		password: text('password'),
		createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
		updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow()
	},
	(table) => [index('auth_account_user_idx').on(table.userId)]
);

export const authVerification = pgTable(
	'auth_verification',
	{
		id: text('id').primaryKey(),
		identifier: text('identifier').notNull(),
		value: text('value').notNull(),
		expiresAt: timestamp('expires_at', { withTimezone: true }).notNull(),
		createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
		updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow()
	},
	(table) => [index('auth_verification_identifier_idx').on(table.identifier)]
);

export const ORGANISATION_KINDS = ['municipality', 'borough', 'mrc', 'nonprofit', 'individual'] as const;
export type OrganisationKind = (typeof ORGANISATION_KINDS)[number];
export const MEMBER_ROLES = ['responsable', 'membre'] as const;
export type MemberRole = (typeof MEMBER_ROLES)[number];

/** A member organisation: a municipality or arrondissement (linked to its territory record), an MRC, a non-profit, or an individual. */
export const organisation = pgTable(
	'organisation',
	{
		id: uuid('id').primaryKey().defaultRandom(),
		kind: text('kind', { enum: ORGANISATION_KINDS }).notNull(),
		name: text('name').notNull(),
		municipalityCode: char('municipality_code', { length: 5 }).references(() => municipality.code),
		boroughId: integer('borough_id').references(() => borough.id),
		territoryCode: text('territory_code').references(() => territory.code),
		nameSearch: text('name_search')
			.notNull()
			.generatedAlwaysAs(sql`search_normalize(name)`),
		createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow()
	},
	(table) => [
		// One organisation per municipality, arrondissement or MRC: a second sign-up joins the first.
		uniqueIndex('organisation_municipality_idx').on(table.municipalityCode).where(sql`kind = 'municipality'`),
		uniqueIndex('organisation_borough_idx').on(table.boroughId).where(sql`kind = 'borough'`),
		uniqueIndex('organisation_territory_idx').on(table.territoryCode).where(sql`kind = 'mrc'`)
	]
);

export const organisationMember = pgTable(
	'organisation_member',
	{
		organisationId: uuid('organisation_id')
			.notNull()
			.references(() => organisation.id, { onDelete: 'cascade' }),
		userId: text('user_id')
			.notNull()
			.references(() => authUser.id, { onDelete: 'cascade' }),
		role: text('role', { enum: MEMBER_ROLES }).notNull(),
		createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow()
	},
	(table) => [primaryKey({ columns: [table.organisationId, table.userId] }), index('organisation_member_user_idx').on(table.userId)]
);

export const organisationInvitation = pgTable(
	'organisation_invitation',
	{
		id: uuid('id').primaryKey().defaultRandom(),
		organisationId: uuid('organisation_id')
			.notNull()
			.references(() => organisation.id, { onDelete: 'cascade' }),
		email: text('email').notNull(),
		role: text('role', { enum: MEMBER_ROLES }).notNull(),
		/** SHA-256 of the token sent by email: the database never holds a usable link. */
		tokenHash: text('token_hash').notNull().unique(),
		invitedBy: text('invited_by').references(() => authUser.id, { onDelete: 'set null' }),
		expiresAt: timestamp('expires_at', { withTimezone: true }).notNull(),
		acceptedAt: timestamp('accepted_at', { withTimezone: true }),
		revokedAt: timestamp('revoked_at', { withTimezone: true }),
		createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow()
	},
	(table) => [index('organisation_invitation_org_idx').on(table.organisationId)]
);

/** The regions an accompagnatrice or accompagnateur covers. */
export const consultantRegion = pgTable(
	'consultant_region',
	{
		userId: text('user_id')
			.notNull()
			.references(() => authUser.id, { onDelete: 'cascade' }),
		regionCode: char('region_code', { length: 2 })
			.notNull()
			.references(() => region.code)
	},
	(table) => [primaryKey({ columns: [table.userId, table.regionCode] })]
);
