import { and, asc, desc, eq, inArray, isNotNull, type SQL } from 'drizzle-orm';
import { itemPath } from '$lib/catalogue';
import type { Database } from '../../../db/types';
import { recordAudit } from '../../../platform/audit/service';
import { AppError } from '../../../platform/errors';
import { assertCan } from '../../../platform/permissions';
import type { Actor } from '../../../platform/roles';
import { authUser, organisation } from '../../accounts/schema';
import { resolveMunicipality } from '../admin/place-field';
import { createItem, inputOf, itemInputSchema, setItemStatus, updateItem, validateItemInput } from '../editing';
import { catalogueItem, type ReviewStatus } from '../schema';
import { loadTerms } from '../terms';
import { queueDecisionMail } from './mail';
import { contributingOrganisations } from './organisations';

type ItemRow = typeof catalogueItem.$inferSelect;
type Place = { municipalityCode: string | null; territoryCode: string | null };

const NOT_FOUND = 'Cette contribution n’existe pas.';
const ALREADY_REVIEWED = 'Cette contribution a déjà été examinée : elle ne peut plus être modifiée.';
const EDITED_MEANWHILE =
	'Quelqu’un a modifié cette fiche pendant que vous la corrigiez. Vos changements sont gardés ci-dessous : comparez avec la version actuelle puis enregistrez de nouveau.';

/** A contribution is always a measure of the organisation's own place, whatever the form sent. */
function contributionInput(raw: Record<string, unknown>, place: Place): Record<string, unknown> {
	return { ...raw, kind: 'mesure', municipalityCode: place.municipalityCode ?? '', territoryCode: place.municipalityCode ? '' : (place.territoryCode ?? '') };
}

/**
 * `updateItem` is the staff write path and asks for 'catalogue.manage'. A contributor editing their own
 * pending proposal is the one case where a member writes an item: the checks are made here first, and
 * the revision and audit still name the member.
 */
const contributorAsEditor = (actor: Actor): Actor => ({ ...actor, role: 'staff' });

/** Proposes a measure for an organisation the actor belongs to: a draft waiting for staff review. */
export async function submitContribution(db: Database, actor: Actor, organisationId: string, raw: Record<string, unknown>): Promise<ItemRow> {
	assertCan(actor, 'catalogue.contribute');
	const [chosen] = await contributingOrganisations(db, actor, organisationId);
	if (!chosen || !actor.userId) {
		const message = 'Choisissez une organisation municipale dont vous êtes membre.';
		throw new AppError('invalid_input', message, { organisationId: message });
	}
	return createItem(db, actor, contributionInput(raw, chosen), {
		status: 'draft',
		contributor: { organisationId: chosen.id, userId: actor.userId },
		note: 'Proposée par un membre'
	});
}

export type ContributionSummary = {
	id: number;
	title: string;
	reviewStatus: ReviewStatus;
	reviewNote: string | null;
	organisationName: string | null;
	contributorName: string | null;
	createdAt: Date;
	reviewedAt: Date | null;
};

/** Contributions with their organisation and contributor, in a fixed number of queries whatever their count. */
async function summaries(db: Database, where: SQL | undefined, order: SQL[]): Promise<ContributionSummary[]> {
	const rows = await db
		.select({
			id: catalogueItem.id,
			title: catalogueItem.title,
			reviewStatus: catalogueItem.reviewStatus,
			reviewNote: catalogueItem.reviewNote,
			organisationName: organisation.name,
			contributorName: authUser.name,
			createdAt: catalogueItem.createdAt,
			reviewedAt: catalogueItem.reviewedAt
		})
		.from(catalogueItem)
		.leftJoin(organisation, eq(organisation.id, catalogueItem.contributorOrganisationId))
		.leftJoin(authUser, eq(authUser.id, catalogueItem.contributorUserId))
		.where(and(isNotNull(catalogueItem.reviewStatus), where))
		.orderBy(...order);
	return rows.map((row) => ({ ...row, reviewStatus: row.reviewStatus ?? 'pending' }));
}

/** The contributions of every organisation the actor belongs to, newest first. */
export async function listMyContributions(db: Database, actor: Actor): Promise<ContributionSummary[]> {
	assertCan(actor, 'catalogue.contribute');
	if (actor.organisationIds.length === 0) return [];
	return summaries(db, inArray(catalogueItem.contributorOrganisationId, [...actor.organisationIds]), [desc(catalogueItem.createdAt), desc(catalogueItem.id)]);
}

/** The review queue: pending contributions, oldest first. */
export async function listPendingContributions(db: Database, actor: Actor): Promise<ContributionSummary[]> {
	assertCan(actor, 'catalogue.manage');
	return summaries(db, eq(catalogueItem.reviewStatus, 'pending'), [asc(catalogueItem.createdAt), asc(catalogueItem.id)]);
}

export type Contribution = {
	item: ItemRow;
	organisationName: string | null;
	contributor: { name: string; email: string } | null;
};

async function contributionRow(db: Database, id: number, lock: boolean): Promise<ItemRow | null> {
	if (!Number.isSafeInteger(id)) return null;
	const query = db
		.select()
		.from(catalogueItem)
		.where(and(eq(catalogueItem.id, id), isNotNull(catalogueItem.reviewStatus)));
	const [row] = lock ? await query.for('update') : await query;
	return row ?? null;
}

async function withDetails(db: Database, item: ItemRow): Promise<Contribution> {
	const [organisations, people] = await Promise.all([
		item.contributorOrganisationId
			? db.select({ name: organisation.name }).from(organisation).where(eq(organisation.id, item.contributorOrganisationId))
			: Promise.resolve([]),
		item.contributorUserId
			? db.select({ name: authUser.name, email: authUser.email }).from(authUser).where(eq(authUser.id, item.contributorUserId))
			: Promise.resolve([])
	]);
	return { item, organisationName: organisations[0]?.name ?? null, contributor: people[0] ?? null };
}

const belongsTo = (actor: Actor, item: ItemRow) => item.contributorOrganisationId !== null && actor.organisationIds.includes(item.contributorOrganisationId);

/** A contribution as its organisation's members see it; anyone else is told it does not exist. */
export async function getMyContribution(db: Database, actor: Actor, id: number): Promise<Contribution> {
	assertCan(actor, 'catalogue.contribute');
	const item = await contributionRow(db, id, false);
	if (!item || !belongsTo(actor, item)) throw new AppError('not_found', NOT_FOUND);
	return withDetails(db, item);
}

/** Saves a contributor's edit of a pending proposal; a reviewed one stays as staff left it. */
export async function updateMyContribution(db: Database, actor: Actor, id: number, raw: Record<string, unknown>, expectedVersion: number): Promise<ItemRow> {
	assertCan(actor, 'catalogue.contribute');
	return db.transaction(async (tx) => {
		// Locked so that a decision cannot slip in between this check and the edit.
		const item = await contributionRow(tx, id, true);
		if (!item || !belongsTo(actor, item)) throw new AppError('not_found', NOT_FOUND);
		if (item.reviewStatus !== 'pending') throw new AppError('conflict', ALREADY_REVIEWED);
		return updateItem(tx, contributorAsEditor(actor), id, contributionInput(raw, item), expectedVersion, 'Modifiée par la personne qui l’a proposée');
	});
}

/** A contribution for staff to review, with who proposed it. */
export async function getContributionForReview(db: Database, actor: Actor, id: number): Promise<Contribution> {
	assertCan(actor, 'catalogue.manage');
	const item = await contributionRow(db, id, false);
	if (!item) throw new AppError('not_found', NOT_FOUND);
	return withDetails(db, item);
}

/** Staff corrections to a pending contribution, through the one write path. */
export async function correctContribution(db: Database, actor: Actor, id: number, raw: Record<string, unknown>, expectedVersion: number): Promise<ItemRow> {
	assertCan(actor, 'catalogue.manage');
	return db.transaction(async (tx) => {
		const item = await contributionRow(tx, id, true);
		if (!item) throw new AppError('not_found', NOT_FOUND);
		if (item.reviewStatus !== 'pending') throw new AppError('conflict', ALREADY_REVIEWED);
		return updateItem(tx, actor, id, await withMunicipalityCode(tx, raw), expectedVersion, 'Corrigée pendant la révision');
	});
}

/** The site's address, for the link in the email (French paths: the email is in French). */
export type DecisionLinks = { origin: string };

/** Staff type the municipality by name or code in the item form (« Lévis (25213) »); the write path wants the code. */
async function withMunicipalityCode(db: Database, raw: Record<string, unknown>): Promise<Record<string, unknown>> {
	if (typeof raw.municipalityCode !== 'string') return raw;
	const place = await resolveMunicipality(db, raw.municipalityCode);
	if (place.error !== undefined) throw new AppError('invalid_input', 'Certains champs sont à corriger.', { municipalityCode: place.error });
	return { ...raw, municipalityCode: place.code ?? '' };
}

async function pendingForDecision(tx: Database, id: number, expectedVersion: number): Promise<ItemRow> {
	const item = await contributionRow(tx, id, true);
	if (!item) throw new AppError('not_found', NOT_FOUND);
	if (item.reviewStatus !== 'pending') throw new AppError('conflict', 'Cette contribution a déjà été examinée.');
	if (item.version !== expectedVersion) throw new AppError('conflict', EDITED_MEANWHILE);
	return item;
}

/** Sets the review columns with an audit entry, in the transaction that changes the status. */
async function markReviewed(tx: Database, actor: Actor, item: ItemRow, decision: 'approved' | 'rejected', note: string | null): Promise<void> {
	await tx
		.update(catalogueItem)
		.set({ reviewStatus: decision, reviewNote: note, reviewedAt: new Date(), reviewedBy: actor.userId })
		.where(eq(catalogueItem.id, item.id));
	await recordAudit(tx, {
		actorId: actor.userId,
		action: decision === 'approved' ? 'catalogue.contribution.approve' : 'catalogue.contribution.reject',
		entityType: 'catalogue_item',
		entityId: String(item.id),
		before: { reviewStatus: item.reviewStatus, reviewNote: item.reviewNote },
		after: { reviewStatus: decision, reviewNote: note }
	});
}

async function notifyContributor(tx: Database, item: ItemRow, decision: 'approved' | 'rejected', reason: string | null, url: string): Promise<void> {
	const { contributor, organisationName } = await withDetails(tx, item);
	if (!contributor) return;
	await queueDecisionMail(tx, {
		to: contributor,
		itemId: item.id,
		version: item.version,
		title: item.title,
		organisationName: organisationName ?? '',
		decision,
		reason,
		url
	});
}

/** True when the submitted form would change the item (so that approving unchanged fields adds no empty version). */
async function changesItem(tx: Database, item: ItemRow, raw: Record<string, unknown>): Promise<boolean> {
	const proposed = validateItemInput(raw);
	const current = itemInputSchema.safeParse(inputOf(item, await loadTerms(tx)));
	return !current.success || JSON.stringify(current.data) !== JSON.stringify(proposed);
}

/**
 * Publishes a pending contribution, with the staff's last corrections when given, and tells the
 * person who proposed it: the corrections, the decision, the publication and the email commit together.
 */
export async function approveContribution(
	db: Database,
	actor: Actor,
	id: number,
	options: { expectedVersion: number; corrections?: Record<string, unknown> } & DecisionLinks
): Promise<ItemRow> {
	assertCan(actor, 'catalogue.manage');
	return db.transaction(async (tx) => {
		let item = await pendingForDecision(tx, id, options.expectedVersion);
		const corrections = options.corrections && (await withMunicipalityCode(tx, options.corrections));
		if (corrections && (await changesItem(tx, item, corrections))) {
			item = await updateItem(tx, actor, id, corrections, item.version, 'Corrigée à l’approbation');
		}
		await markReviewed(tx, actor, item, 'approved', null);
		const published = await setItemStatus(tx, actor, id, 'published', 'Contribution approuvée');
		await notifyContributor(tx, published, 'approved', null, `${options.origin}${itemPath(published.kind, published.id)}`);
		return published;
	});
}

const REASON_MAX = 2000;

/** Refuses a pending contribution with the reason the contributor will read; it stays a draft. */
export async function rejectContribution(
	db: Database,
	actor: Actor,
	id: number,
	options: { expectedVersion: number; reason: string } & DecisionLinks
): Promise<ItemRow> {
	assertCan(actor, 'catalogue.manage');
	const reason = options.reason.trim();
	if (!reason) {
		const message = 'Expliquez pourquoi la contribution est refusée : la personne qui l’a proposée recevra ce message.';
		throw new AppError('invalid_input', message, { reviewNote: message });
	}
	if (reason.length > REASON_MAX) {
		const message = 'La raison ne peut dépasser 2 000 caractères.';
		throw new AppError('invalid_input', message, { reviewNote: message });
	}
	return db.transaction(async (tx) => {
		const item = await pendingForDecision(tx, id, options.expectedVersion);
		await markReviewed(tx, actor, item, 'rejected', reason);
		await notifyContributor(tx, item, 'rejected', reason, `${options.origin}/compte/contributions/${item.id}`);
		const [after] = await tx.select().from(catalogueItem).where(eq(catalogueItem.id, id));
		return after;
	});
}
