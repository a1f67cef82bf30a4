import { and, asc, eq, inArray, isNull, sql } from 'drizzle-orm';
import { z } from 'zod';
import { m } from '$lib/paraglide/messages.js';
import type { Database } from '../../../db/types';
import { recordAudit } from '../../../platform/audit/service';
import { AppError } from '../../../platform/errors';
import { assertCan } from '../../../platform/permissions';
import type { Actor } from '../../../platform/roles';
import { organisation } from '../../accounts/schema';
import { assertCanSeeMember } from '../access';
import { sealCampaignParticipation } from '../schema';
import { sealMemberFor } from './member';

export type Participation = typeof sealCampaignParticipation.$inferSelect;

export const MIN_STICKERS = 1;
export const MAX_STICKERS = 100;

// Canada Post: no D, F, I, O, Q or U anywhere, and no W or Z as the first letter.
const CANADIAN_POSTAL_CODE = /^([ABCEGHJ-NPRSTVXY]\d[ABCEGHJ-NPRSTV-Z])\s?(\d[ABCEGHJ-NPRSTV-Z]\d)$/;

/** « g1r4p5 », « G1R 4P5 » → « G1R 4P5 »; null when it is not a Canadian postal code. */
export function normalisePostalCode(typed: string): string | null {
	const match = CANADIAN_POSTAL_CODE.exec(typed.trim().toUpperCase());
	return match ? `${match[1]} ${match[2]}` : null;
}

const text = (max: number) => z.string().trim().min(1, m.field_required()).max(max, m.field_too_long({ max }));
const optionalText = (max: number) =>
	z
		.string()
		.trim()
		.max(max, m.field_too_long({ max }))
		.optional()
		.transform((value) => value || null);

// Built per call so that messages come in the request's language.
const participationSchema = () =>
	z.object({
		recipientName: text(120),
		addressLine1: text(200),
		addressLine2: optionalText(200),
		city: text(100),
		postalCode: z
			.string()
			.trim()
			.min(1, m.field_required())
			.transform((value, context) => {
				const normalised = normalisePostalCode(value);
				if (!normalised) context.addIssue({ code: 'custom', message: m.seal_campaign_postal_code_invalid() });
				return normalised ?? value;
			}),
		stickerCount: z
			.string()
			.trim()
			.min(1, m.field_required())
			.pipe(z.coerce.number(m.seal_campaign_sticker_count_invalid({ min: MIN_STICKERS, max: MAX_STICKERS })))
			.pipe(
				z
					.number()
					.int(m.seal_campaign_sticker_count_invalid({ min: MIN_STICKERS, max: MAX_STICKERS }))
					.min(MIN_STICKERS, m.seal_campaign_sticker_count_invalid({ min: MIN_STICKERS, max: MAX_STICKERS }))
					.max(MAX_STICKERS, m.seal_campaign_sticker_count_invalid({ min: MIN_STICKERS, max: MAX_STICKERS }))
			),
		note: optionalText(500)
	});

export type ParticipationInput = z.output<ReturnType<typeof participationSchema>>;

function parseParticipation(raw: Record<string, unknown>): ParticipationInput {
	const parsed = participationSchema().safeParse(raw);
	if (parsed.success) return parsed.data;
	const fields: Record<string, string> = {};
	for (const issue of parsed.error.issues) fields[String(issue.path[0] ?? 'form')] ??= issue.message;
	throw new AppError('invalid_input', m.form_errors_title(), fields);
}

const participationKey = (organisationId: string, campaignYear: number) =>
	and(eq(sealCampaignParticipation.organisationId, organisationId), eq(sealCampaignParticipation.campaignYear, campaignYear));

/** A member's participation in a year's campaign, for its own people and staff. */
export async function getParticipation(db: Database, actor: Actor, organisationId: string, campaignYear: number): Promise<Participation | null> {
	assertCanSeeMember(actor, organisationId);
	const [row] = await db.select().from(sealCampaignParticipation).where(participationKey(organisationId, campaignYear));
	return row ?? null;
}

/**
 * Opts a member in good standing into this year's campaign, or changes its shipping address; once the
 * stickers are shipped the participation can no longer change.
 */
export async function saveParticipation(
	db: Database,
	actor: Actor,
	where: { organisationId: string; today: string },
	raw: Record<string, unknown>
): Promise<Participation> {
	const member = await sealMemberFor(db, actor, where.today, where.organisationId);
	const input = parseParticipation(raw);
	return db.transaction(async (tx) => {
		const [before] = await tx.select().from(sealCampaignParticipation).where(participationKey(member.organisationId, member.fiscalYear)).for('update');
		if (before?.shippedAt) throw new AppError('conflict', m.seal_campaign_already_shipped());
		const [after] = await tx
			.insert(sealCampaignParticipation)
			.values({ organisationId: member.organisationId, campaignYear: member.fiscalYear, ...input })
			.onConflictDoUpdate({
				target: [sealCampaignParticipation.organisationId, sealCampaignParticipation.campaignYear],
				set: { ...input, updatedAt: sql`now()` }
			})
			.returning();
		await recordAudit(tx, {
			actorId: actor.userId,
			action: before ? 'seal.participation.update' : 'seal.participation.opt_in',
			entityType: 'seal_campaign_participation',
			entityId: `${member.organisationId}:${member.fiscalYear}`,
			before: before ?? null,
			after
		});
		return after;
	});
}

export type ParticipationRow = Participation & { organisationName: string };

/** Every participation of a campaign year, those still to ship first; staff only. */
export async function listParticipations(db: Database, actor: Actor, campaignYear: number): Promise<ParticipationRow[]> {
	assertCan(actor, 'membership.manage');
	const rows = await db
		.select({ participation: sealCampaignParticipation, organisationName: organisation.name })
		.from(sealCampaignParticipation)
		.innerJoin(organisation, eq(organisation.id, sealCampaignParticipation.organisationId))
		.where(eq(sealCampaignParticipation.campaignYear, campaignYear))
		.orderBy(sql`${sealCampaignParticipation.shippedAt} is not null`, asc(organisation.nameSearch));
	return rows.map((row) => ({ ...row.participation, organisationName: row.organisationName }));
}

/** The campaign years that have participations, the latest first. */
export async function campaignYears(db: Database): Promise<number[]> {
	const rows = await db
		.selectDistinct({ year: sealCampaignParticipation.campaignYear })
		.from(sealCampaignParticipation)
		.orderBy(sql`${sealCampaignParticipation.campaignYear} desc`);
	return rows.map((row) => row.year);
}

/** Marks the chosen participations of a year as shipped (those already shipped keep their date); returns how many changed. */
export async function markShipped(db: Database, actor: Actor, campaignYear: number, organisationIds: readonly string[]): Promise<number> {
	assertCan(actor, 'membership.manage');
	const ids = organisationIds.filter((id) => z.uuid().safeParse(id).success);
	if (ids.length === 0) throw new AppError('invalid_input', m.seal_admin_nothing_chosen());
	return db.transaction(async (tx) => {
		const shipped = await tx
			.update(sealCampaignParticipation)
			.set({ shippedAt: sql`now()`, shippedBy: actor.userId, updatedAt: sql`now()` })
			.where(
				and(
					eq(sealCampaignParticipation.campaignYear, campaignYear),
					inArray(sealCampaignParticipation.organisationId, ids),
					isNull(sealCampaignParticipation.shippedAt)
				)
			)
			.returning();
		for (const row of shipped) {
			await recordAudit(tx, {
				actorId: actor.userId,
				action: 'seal.participation.shipped',
				entityType: 'seal_campaign_participation',
				entityId: `${row.organisationId}:${row.campaignYear}`,
				before: { shippedAt: null },
				after: { shippedAt: row.shippedAt, shippedBy: row.shippedBy, stickerCount: row.stickerCount }
			});
		}
		return shipped.length;
	});
}
