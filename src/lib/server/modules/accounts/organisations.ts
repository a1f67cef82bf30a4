import { createHash, randomBytes } from 'node:crypto';
import { and, asc, count, eq, inArray, isNull, sql } from 'drizzle-orm';
import { z } from 'zod';
import type { Database } from '../../db/types';
import { recordAudit } from '../../platform/audit/service';
import { AppError } from '../../platform/errors';
import type { Actor } from '../../platform/roles';
import { borough, municipality, territory } from '../territory/schema';
import {
	MEMBER_ROLES,
	ORGANISATION_KINDS,
	authUser,
	organisation,
	organisationInvitation,
	organisationMember,
	type MemberRole,
	type OrganisationKind
} from './schema';

export const INVITATION_DAYS = 14;

export type OrganisationSummary = { id: string; name: string; kind: OrganisationKind; role: MemberRole };

export const organisationInputSchema = z
	.object({
		kind: z.enum(ORGANISATION_KINDS, 'Choisissez le type d’organisation.'),
		name: z.string().trim().max(160, 'Le nom ne peut dépasser 160 caractères.').default(''),
		municipalityCode: z.string().trim().default(''),
		territoryCode: z.string().trim().default(''),
		boroughId: z.string().trim().default('')
	})
	.superRefine((input, context) => {
		if (input.kind === 'municipality' && !/^\d{5}$/.test(input.municipalityCode)) {
			context.addIssue({ code: 'custom', path: ['municipalityCode'], message: 'Choisissez votre municipalité dans la liste.' });
		}
		if (input.kind === 'mrc' && !/^\d{2,3}$/.test(input.territoryCode)) {
			context.addIssue({ code: 'custom', path: ['territoryCode'], message: 'Choisissez votre MRC dans la liste.' });
		}
		if (input.kind === 'borough' && !/^\d+$/.test(input.boroughId)) {
			context.addIssue({ code: 'custom', path: ['boroughId'], message: 'Choisissez votre arrondissement dans la liste.' });
		}
		if ((input.kind === 'nonprofit' || input.kind === 'individual') && input.name.length < 2) {
			context.addIssue({ code: 'custom', path: ['name'], message: 'Le nom doit compter au moins 2 caractères.' });
		}
	});
export type OrganisationInput = z.input<typeof organisationInputSchema>;

function invalid(error: z.ZodError): AppError {
	const fields = Object.fromEntries(error.issues.map((issue) => [String(issue.path[0]), issue.message]));
	return new AppError('invalid_input', 'Vérifiez les champs signalés.', fields);
}

function requireUser(actor: Actor): string {
	if (!actor.userId) throw new AppError('forbidden', 'Connectez-vous pour continuer.');
	return actor.userId;
}

/** The organisations a person belongs to, with their role in each. */
export async function listMyOrganisations(db: Database, userId: string): Promise<OrganisationSummary[]> {
	return db
		.select({ id: organisation.id, name: organisation.name, kind: organisation.kind, role: organisationMember.role })
		.from(organisationMember)
		.innerJoin(organisation, eq(organisation.id, organisationMember.organisationId))
		.where(eq(organisationMember.userId, userId))
		.orderBy(asc(organisation.nameSearch));
}

/**
 * Creates an organisation with its creator as responsable. A municipality, arrondissement or MRC has
 * its name from the territory records and exists once: creating it again is refused with a pointer to ask
 * its responsable for an invitation.
 */
export async function createOrganisation(db: Database, actor: Actor, input: OrganisationInput | Record<string, unknown>) {
	const userId = requireUser(actor);
	const parsed = organisationInputSchema.safeParse(input);
	if (!parsed.success) throw invalid(parsed.error);
	const data = parsed.data;
	return db.transaction(async (tx) => {
		let name = data.name;
		if (data.kind === 'municipality') {
			const [found] = await tx.select({ name: municipality.name }).from(municipality).where(eq(municipality.code, data.municipalityCode));
			if (!found) throw new AppError('invalid_input', 'Vérifiez les champs signalés.', { municipalityCode: 'Cette municipalité n’existe pas.' });
			name = found.name;
		} else if (data.kind === 'mrc') {
			const [found] = await tx.select({ name: territory.name }).from(territory).where(eq(territory.code, data.territoryCode));
			if (!found) throw new AppError('invalid_input', 'Vérifiez les champs signalés.', { territoryCode: 'Cette MRC n’existe pas.' });
			name = found.name;
		} else if (data.kind === 'borough') {
			const [found] = await tx
				.select({ name: borough.name, city: municipality.name })
				.from(borough)
				.innerJoin(municipality, eq(municipality.code, borough.municipalityCode))
				.where(eq(borough.id, Number(data.boroughId)));
			if (!found) throw new AppError('invalid_input', 'Vérifiez les champs signalés.', { boroughId: 'Cet arrondissement n’existe pas.' });
			name = `${found.city} – ${found.name}`;
		}
		const [created] = await tx
			.insert(organisation)
			.values({
				kind: data.kind,
				name,
				municipalityCode: data.kind === 'municipality' ? data.municipalityCode : null,
				territoryCode: data.kind === 'mrc' ? data.territoryCode : null,
				boroughId: data.kind === 'borough' ? Number(data.boroughId) : null
			})
			.onConflictDoNothing()
			.returning({ id: organisation.id, name: organisation.name, kind: organisation.kind });
		if (!created) {
			throw new AppError('conflict', 'Vérifiez les champs signalés.', {
				[data.kind === 'municipality' ? 'municipalityCode' : data.kind === 'mrc' ? 'territoryCode' : 'boroughId']:
					'Cette organisation existe déjà sur la plateforme : demandez à sa ou son responsable de vous inviter.'
			});
		}
		await tx.insert(organisationMember).values({ organisationId: created.id, userId, role: 'responsable' });
		await tx.update(authUser).set({ activeOrganisationId: created.id }).where(eq(authUser.id, userId));
		await recordAudit(tx, { actorId: userId, action: 'organisation.create', entityType: 'organisation', entityId: created.id, after: created });
		return created;
	});
}

async function membershipOf(db: Database, organisationId: string, userId: string): Promise<MemberRole | null> {
	const [row] = await db
		.select({ role: organisationMember.role })
		.from(organisationMember)
		.where(and(eq(organisationMember.organisationId, organisationId), eq(organisationMember.userId, userId)));
	return row?.role ?? null;
}

/** An organisation's page data, for its members and the network's staff; anyone else is told it does not exist. */
export async function getOrganisation(db: Database, actor: Actor, organisationId: string) {
	const userId = requireUser(actor);
	const isStaff = actor.role === 'staff' || actor.role === 'admin';
	if (!z.uuid().safeParse(organisationId).success) throw new AppError('not_found', 'Cette organisation n’existe pas.');
	const role = await membershipOf(db, organisationId, userId);
	if (!role && !isStaff) throw new AppError('not_found', 'Cette organisation n’existe pas.');
	const [found] = await db
		.select({ id: organisation.id, name: organisation.name, kind: organisation.kind, municipalityCode: organisation.municipalityCode })
		.from(organisation)
		.where(eq(organisation.id, organisationId));
	if (!found) throw new AppError('not_found', 'Cette organisation n’existe pas.');
	const [members, invitations] = await Promise.all([
		db
			.select({ userId: authUser.id, name: authUser.name, email: authUser.email, role: organisationMember.role })
			.from(organisationMember)
			.innerJoin(authUser, eq(authUser.id, organisationMember.userId))
			.where(eq(organisationMember.organisationId, organisationId))
			.orderBy(asc(authUser.name)),
		role === 'responsable' || isStaff
			? db
					.select({ id: organisationInvitation.id, email: organisationInvitation.email, role: organisationInvitation.role, expiresAt: organisationInvitation.expiresAt })
					.from(organisationInvitation)
					.where(
						and(
							eq(organisationInvitation.organisationId, organisationId),
							isNull(organisationInvitation.acceptedAt),
							isNull(organisationInvitation.revokedAt),
							sql`${organisationInvitation.expiresAt} > now()`
						)
					)
					.orderBy(asc(organisationInvitation.email))
			: Promise.resolve([])
	]);
	return { ...found, myRole: role, canManage: role === 'responsable' || isStaff, members, invitations };
}

async function requireResponsable(db: Database, actor: Actor, organisationId: string): Promise<string> {
	const userId = requireUser(actor);
	const isStaff = actor.role === 'staff' || actor.role === 'admin';
	const role = await membershipOf(db, organisationId, userId);
	if (role !== 'responsable' && !isStaff) {
		// Members see the organisation but may not manage it; strangers must not learn it exists.
		throw new AppError(role ? 'forbidden' : 'not_found', role ? 'Seule une ou un responsable peut faire cela.' : 'Cette organisation n’existe pas.');
	}
	return userId;
}

export const invitationInputSchema = z.object({
	email: z
		.string()
		.trim()
		.min(1, 'Ce champ est obligatoire.')
		.max(254, 'Ce champ ne peut dépasser 254 caractères.')
		.pipe(z.email('Entrez une adresse courriel valide, par exemple nom@exemple.ca.'))
		.transform((value) => value.toLowerCase()),
	role: z.enum(MEMBER_ROLES, 'Choisissez un rôle.')
});

export const hashInvitationToken = (token: string) => createHash('sha256').update(token).digest('hex');

/**
 * Invites a colleague by email. Returns the token to put in the link (only its hash is stored) and
 * hands the caller the transaction so the invitation email is queued with the invitation, or not at all.
 */
export async function inviteMember(
	db: Database,
	actor: Actor,
	organisationId: string,
	input: { email: string; role: string },
	queueInvitationMail: (tx: Database, invitation: { email: string; token: string; organisationName: string }) => Promise<void>
) {
	const userId = await requireResponsable(db, actor, organisationId);
	const parsed = invitationInputSchema.safeParse(input);
	if (!parsed.success) throw invalid(parsed.error);
	return db.transaction(async (tx) => {
		const [already] = await tx
			.select({ id: authUser.id })
			.from(organisationMember)
			.innerJoin(authUser, eq(authUser.id, organisationMember.userId))
			.where(and(eq(organisationMember.organisationId, organisationId), eq(authUser.email, parsed.data.email)));
		if (already) throw new AppError('conflict', 'Vérifiez les champs signalés.', { email: 'Cette personne fait déjà partie de l’organisation.' });
		const [target] = await tx.select({ name: organisation.name }).from(organisation).where(eq(organisation.id, organisationId));
		const token = randomBytes(32).toString('base64url');
		const [created] = await tx
			.insert(organisationInvitation)
			.values({
				organisationId,
				email: parsed.data.email,
				role: parsed.data.role,
				tokenHash: hashInvitationToken(token),
				invitedBy: userId,
				expiresAt: new Date(Date.now() + INVITATION_DAYS * 24 * 3600 * 1000)
			})
			.returning({ id: organisationInvitation.id, email: organisationInvitation.email, role: organisationInvitation.role });
		await recordAudit(tx, { actorId: userId, action: 'organisation.invite', entityType: 'organisation', entityId: organisationId, after: created });
		await queueInvitationMail(tx, { email: created.email, token, organisationName: target.name });
		return created;
	});
}

/** What an invitation link shows before it is accepted; null when the link is unknown, used, revoked or expired. */
export async function findInvitation(db: Database, token: string) {
	const [found] = await db
		.select({
			id: organisationInvitation.id,
			email: organisationInvitation.email,
			role: organisationInvitation.role,
			organisationId: organisation.id,
			organisationName: organisation.name
		})
		.from(organisationInvitation)
		.innerJoin(organisation, eq(organisation.id, organisationInvitation.organisationId))
		.where(
			and(
				eq(organisationInvitation.tokenHash, hashInvitationToken(token)),
				isNull(organisationInvitation.acceptedAt),
				isNull(organisationInvitation.revokedAt),
				sql`${organisationInvitation.expiresAt} > now()`
			)
		);
	return found ?? null;
}

/** Accepts an invitation as the signed-in person, who must hold the invited address. */
export async function acceptInvitation(db: Database, actor: Actor, token: string) {
	const userId = requireUser(actor);
	return db.transaction(async (tx) => {
		const invitation = await findInvitation(tx, token);
		if (!invitation) throw new AppError('not_found', 'Cette invitation n’est plus valable : demandez-en une nouvelle.');
		const [person] = await tx.select({ email: authUser.email }).from(authUser).where(eq(authUser.id, userId));
		if (person?.email.toLowerCase() !== invitation.email) {
			throw new AppError('forbidden', `Cette invitation a été envoyée à ${invitation.email} : connectez-vous avec cette adresse pour l’accepter.`);
		}
		const claimed = await tx
			.update(organisationInvitation)
			.set({ acceptedAt: sql`now()` })
			.where(and(eq(organisationInvitation.id, invitation.id), isNull(organisationInvitation.acceptedAt)))
			.returning({ id: organisationInvitation.id });
		if (claimed.length === 0) throw new AppError('not_found', 'Cette invitation n’est plus valable : demandez-en une nouvelle.');
		await tx
			.insert(organisationMember)
			.values({ organisationId: invitation.organisationId, userId, role: invitation.role })
			.onConflictDoNothing();
		await tx.update(authUser).set({ activeOrganisationId: invitation.organisationId }).where(eq(authUser.id, userId));
		await recordAudit(tx, {
			actorId: userId,
			action: 'organisation.join',
			entityType: 'organisation',
			entityId: invitation.organisationId,
			after: { userId, role: invitation.role }
		});
		return { organisationId: invitation.organisationId, organisationName: invitation.organisationName };
	});
}

/** Removes a person from an organisation; an organisation always keeps at least one responsable. */
export async function removeMember(db: Database, actor: Actor, organisationId: string, memberId: string) {
	const userId = await requireResponsable(db, actor, organisationId);
	return db.transaction(async (tx) => {
		const [removed] = await tx
			.select({ role: organisationMember.role })
			.from(organisationMember)
			.where(and(eq(organisationMember.organisationId, organisationId), eq(organisationMember.userId, memberId)))
			.for('update');
		if (!removed) throw new AppError('not_found', 'Cette personne ne fait pas partie de l’organisation.');
		if (removed.role === 'responsable') {
			const [{ responsables }] = await tx
				.select({ responsables: count() })
				.from(organisationMember)
				.where(and(eq(organisationMember.organisationId, organisationId), eq(organisationMember.role, 'responsable')));
			if (responsables <= 1) throw new AppError('conflict', 'Une organisation garde toujours au moins une ou un responsable : nommez-en une ou un autre d’abord.');
		}
		await tx.delete(organisationMember).where(and(eq(organisationMember.organisationId, organisationId), eq(organisationMember.userId, memberId)));
		await tx.update(authUser).set({ activeOrganisationId: null }).where(and(eq(authUser.id, memberId), eq(authUser.activeOrganisationId, organisationId)));
		await recordAudit(tx, { actorId: userId, action: 'organisation.remove_member', entityType: 'organisation', entityId: organisationId, before: { userId: memberId, role: removed.role } });
	});
}

/** Makes one of the person's organisations the one they act for. */
export async function switchOrganisation(db: Database, actor: Actor, organisationId: string) {
	const userId = requireUser(actor);
	const role = z.uuid().safeParse(organisationId).success ? await membershipOf(db, organisationId, userId) : null;
	if (!role) throw new AppError('not_found', 'Cette organisation n’existe pas.');
	await db.update(authUser).set({ activeOrganisationId: organisationId }).where(eq(authUser.id, userId));
}

/** The e-mail addresses of each organisation's active responsables (for the mail a module sends an organisation). */
export async function responsableEmails(db: Database, organisationIds: string[]): Promise<Map<string, string[]>> {
	const byOrganisation = new Map<string, string[]>();
	if (organisationIds.length === 0) return byOrganisation;
	const rows = await db
		.select({ organisationId: organisationMember.organisationId, email: authUser.email })
		.from(organisationMember)
		.innerJoin(authUser, eq(authUser.id, organisationMember.userId))
		.where(and(inArray(organisationMember.organisationId, organisationIds), eq(organisationMember.role, 'responsable'), isNull(authUser.deactivatedAt)));
	for (const row of rows) byOrganisation.set(row.organisationId, [...(byOrganisation.get(row.organisationId) ?? []), row.email]);
	return byOrganisation;
}
