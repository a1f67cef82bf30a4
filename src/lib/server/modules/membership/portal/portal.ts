import { eq } from 'drizzle-orm';
import { z } from 'zod';
import type { Database } from '../../../db/types';
import { AppError } from '../../../platform/errors';
import type { Actor } from '../../../platform/roles';
import { getOrganisation, listMyOrganisations } from '../../accounts/organisations';
import { authUser, organisation } from '../../accounts/schema';
import { assertCanSeeMember } from '../access';
import { invoicesOf } from '../admin/member-detail';
import { membersOn, readGraceDays } from '../members';
import { memberPortalSections } from './sections';
import { standingOf } from './standing';

async function chosenOrganisation(db: Database, actor: Actor, userId: string, requestedId: string | null) {
	const mine = await listMyOrganisations(db, userId);
	if (requestedId) {
		if (!z.uuid().safeParse(requestedId).success) throw new AppError('not_found', 'Cette organisation n’existe pas.');
		assertCanSeeMember(actor, requestedId);
		const [found] = await db.select({ id: organisation.id, name: organisation.name, kind: organisation.kind }).from(organisation).where(eq(organisation.id, requestedId));
		if (!found) throw new AppError('not_found', 'Cette organisation n’existe pas.');
		return { mine, active: { ...found, role: mine.find((entry) => entry.id === found.id)?.role ?? null } };
	}
	const [me] = await db.select({ activeId: authUser.activeOrganisationId }).from(authUser).where(eq(authUser.id, userId));
	const active = mine.find((entry) => entry.id === me?.activeId) ?? mine[0] ?? null;
	return { mine, active };
}

/**
 * The member portal of the person's active organisation (or, for staff, of any organisation asked for):
 * its standing today, invoices, people, and what it takes part in according to the other modules.
 */
export async function loadPortal(db: Database, actor: Actor, options: { organisationId: string | null; today: string }) {
	if (!actor.userId) throw new AppError('forbidden', 'Connectez-vous pour continuer.');
	const { mine, active } = await chosenOrganisation(db, actor, actor.userId, options.organisationId);
	const organisations = mine.map(({ id, name }) => ({ id, name }));
	if (!active) return { organisations, organisation: null, standing: null, invoices: [], people: [], sections: [] };
	const [[member], graceDays, people] = await Promise.all([membersOn(db, options.today, [active.id]), readGraceDays(db), getOrganisation(db, actor, active.id)]);
	const standing = member ? standingOf(member.facts, options.today, graceDays) : null;
	const [invoices, sections] = member ? await Promise.all([invoicesOf(db, active.id), memberPortalSections(db, active.id)]) : [[], []];
	return {
		organisations,
		organisation: { id: active.id, name: active.name, kind: active.kind, role: active.role, isMember: Boolean(member) },
		standing: standing && standing.status !== null ? standing : null,
		invoices,
		people: people.members.map(({ name, role }) => ({ name, role })),
		sections
	};
}
