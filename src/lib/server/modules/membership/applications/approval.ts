import { and, eq, sql } from 'drizzle-orm';
import { fiscalYearOf } from '$lib/fiscal-year';
import type { Database } from '../../../db/types';
import { recordAudit } from '../../../platform/audit/service';
import { AppError } from '../../../platform/errors';
import { assertCan } from '../../../platform/permissions';
import type { Actor } from '../../../platform/roles';
import { INVITATION_DAYS, inviteMember } from '../../accounts/organisations';
import { authUser, organisation, organisationMember } from '../../accounts/schema';
import { ensurePeriod, issueInvoice } from '../billing/invoices';
import { membersOn } from '../members';
import { membership, membershipApplication } from '../schema';
import { isCurrentMember } from '../status';
import { queueApprovalMail, queueDeclineMail } from './mail';
import { findOrCreateOrganisation } from './organisation-match';
import { placeOf } from './places';
import { isPlaceKind, decisionReasonSchema } from './validation';

/** Where links in the emails lead: the platform's public address and its paths (localised by the caller). */
export type DecisionLinks = { origin: string; invitationPath: (token: string) => string; portalPath: string; applyPath: string };

export type CurrentYearBilling = { invoiceNumber: string | null; problem: string | null };

/**
 * Bills the current fiscal year once a member is in (after its transaction: a missing rate must not undo
 * the approval). With no rate set for the year, says so for staff to bill later.
 */
export async function billCurrentYear(db: Database, organisationId: string, today: string, actorId: string | null): Promise<CurrentYearBilling> {
	try {
		const { invoice } = await issueInvoice(db, { organisationId, fiscalYear: fiscalYearOf(today), issuedOn: today, actorId });
		return { invoiceNumber: invoice.number, problem: null };
	} catch (cause) {
		if (cause instanceof AppError && cause.code === 'invalid_input') return { invoiceNumber: null, problem: cause.message };
		throw cause;
	}
}

async function pendingApplication(tx: Database, id: string) {
	const [found] = await tx.select().from(membershipApplication).where(eq(membershipApplication.id, id)).for('update');
	if (!found) throw new AppError('not_found', 'Cette demande n’existe pas.');
	if (found.status !== 'pending') throw new AppError('conflict', 'Cette demande a déjà été traitée.');
	return found;
}

/**
 * Makes the applicant a member, all in one transaction: the organisation (the existing one of its place is
 * reused), its one membership row (re-activated if it had lapsed, never a second), the current year's period,
 * an invitation for the contact as responsable, and the email that says so. Then bills the year.
 */
export async function approveApplication(db: Database, actor: Actor, id: string, options: { today: string; links: DecisionLinks }) {
	assertCan(actor, 'membership.manage');
	const { today, links } = options;
	const approved = await db.transaction(async (tx) => {
		const application = await pendingApplication(tx, id);
		const ref = application.municipalityCode ?? (application.boroughId === null ? null : String(application.boroughId)) ?? application.territoryCode;
		const place = isPlaceKind(application.kind) && ref ? await placeOf(tx, application.kind, ref) : null;
		const organisationId = await findOrCreateOrganisation(tx, { kind: application.kind, place, organisationName: application.organisationName });
		const [current] = await membersOn(tx, today, [organisationId]);
		if (current && isCurrentMember(current.status)) throw new AppError('conflict', `${current.name} est déjà membre : refusez cette demande en l’expliquant.`);
		const [before] = await tx.select().from(membership).where(eq(membership.organisationId, organisationId));
		if (before) {
			await tx.update(membership).set({ leftOn: null, leftReason: null }).where(eq(membership.organisationId, organisationId));
		} else {
			await tx.insert(membership).values({ organisationId, joinedOn: today, source: 'application' });
		}
		await ensurePeriod(tx, organisationId, fiscalYearOf(today));
		const [{ name: organisationName }] = await tx.select({ name: organisation.name }).from(organisation).where(eq(organisation.id, organisationId));
		const to = { email: application.contactEmail, name: application.contactName };
		const alreadyIn = await tx
			.select({ id: authUser.id })
			.from(organisationMember)
			.innerJoin(authUser, eq(authUser.id, organisationMember.userId))
			.where(and(eq(organisationMember.organisationId, organisationId), sql`lower(${authUser.email}) = ${application.contactEmail}`));
		if (alreadyIn.length > 0) {
			await queueApprovalMail(tx, { applicationId: id, to, organisationName, link: { kind: 'portal', url: `${links.origin}${links.portalPath}` } });
		} else {
			await inviteMember(tx, actor, organisationId, { email: application.contactEmail, role: 'responsable' }, (inner, invitation) =>
				queueApprovalMail(inner, {
					applicationId: id,
					to,
					organisationName,
					link: { kind: 'invitation', url: `${links.origin}${links.invitationPath(invitation.token)}`, days: INVITATION_DAYS }
				})
			);
		}
		await tx
			.update(membershipApplication)
			.set({ status: 'approved', decidedBy: actor.userId, decidedAt: sql`now()`, organisationId })
			.where(eq(membershipApplication.id, id));
		await recordAudit(tx, {
			actorId: actor.userId,
			action: 'membership.application.approve',
			entityType: 'membership_application',
			entityId: id,
			before: { status: 'pending', membership: before ?? null },
			after: { status: 'approved', organisationId }
		});
		return { organisationId, organisationName, invited: alreadyIn.length === 0 };
	});
	const billing = await billCurrentYear(db, approved.organisationId, today, actor.userId);
	return { ...approved, billing };
}

/** Declines an application with the reason the applicant is sent. */
export async function declineApplication(db: Database, actor: Actor, id: string, rawReason: unknown, links: Pick<DecisionLinks, 'origin' | 'applyPath'>) {
	assertCan(actor, 'membership.manage');
	const reason = decisionReasonSchema.safeParse(rawReason);
	if (!reason.success) throw new AppError('invalid_input', 'Vérifiez les champs signalés.', { reason: reason.error.issues[0].message });
	return db.transaction(async (tx) => {
		const application = await pendingApplication(tx, id);
		await tx
			.update(membershipApplication)
			.set({ status: 'declined', decisionReason: reason.data, decidedBy: actor.userId, decidedAt: sql`now()` })
			.where(eq(membershipApplication.id, id));
		await queueDeclineMail(tx, {
			applicationId: id,
			to: { email: application.contactEmail, name: application.contactName },
			organisationName: application.organisationName,
			reason: reason.data,
			applyUrl: `${links.origin}${links.applyPath}`
		});
		await recordAudit(tx, {
			actorId: actor.userId,
			action: 'membership.application.decline',
			entityType: 'membership_application',
			entityId: id,
			before: { status: 'pending' },
			after: { status: 'declined', reason: reason.data }
		});
		return { organisationName: application.organisationName };
	});
}
