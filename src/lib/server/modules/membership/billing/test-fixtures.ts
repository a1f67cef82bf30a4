import type { Database } from '../../../db/types';
import type { Actor } from '../../../platform/roles';
import { organisation, type OrganisationKind } from '../../accounts/schema';
import { duesRate, membership } from '../schema';

export const STAFF: Actor = { role: 'staff', userId: null, organisationIds: [], regionCodes: [] };

/** A member organisation made directly in the tables, as a test needs it (no application, no territory link). */
export async function createMember(db: Database, input: { name: string; joinedOn: string; kind?: OrganisationKind; municipalityCode?: string }) {
	const [created] = await db
		.insert(organisation)
		.values({ name: input.name, kind: input.kind ?? 'nonprofit', municipalityCode: input.municipalityCode ?? null })
		.returning({ id: organisation.id });
	await db.insert(membership).values({ organisationId: created.id, joinedOn: input.joinedOn, source: 'staff' });
	return created.id;
}

export async function setRate(db: Database, fiscalYear: number, memberType: OrganisationKind, amountCents: number, populationClassId: number | null = null) {
	await db.insert(duesRate).values({ fiscalYear, memberType, populationClassId, amountCents });
}

export const memberActor = (organisationId: string): Actor => ({ role: 'member', userId: null, organisationIds: [organisationId], regionCodes: [] });
