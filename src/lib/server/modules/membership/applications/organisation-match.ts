import { and, eq, sql } from 'drizzle-orm';
import type { Database } from '../../../db/types';
import { organisation, type OrganisationKind } from '../../accounts/schema';
import type { Place } from './places';

export type ApplicantIdentity = { kind: OrganisationKind; place: Place | null; organisationName: string };

/**
 * The organisation an application stands for, if it already exists: the one of its municipality,
 * arrondissement or MRC (there is only one), or a non-profit or individual of the same name.
 */
export async function existingOrganisationId(db: Database, applicant: ApplicantIdentity): Promise<string | null> {
	const { place } = applicant;
	const condition = place?.municipalityCode
		? and(eq(organisation.kind, 'municipality'), eq(organisation.municipalityCode, place.municipalityCode))
		: place?.boroughId
			? and(eq(organisation.kind, 'borough'), eq(organisation.boroughId, place.boroughId))
			: place?.territoryCode
				? and(eq(organisation.kind, 'mrc'), eq(organisation.territoryCode, place.territoryCode))
				: and(eq(organisation.kind, applicant.kind), eq(organisation.nameSearch, sql`search_normalize(${applicant.organisationName})`));
	const found = await db.select({ id: organisation.id }).from(organisation).where(condition).limit(2);
	// Two non-profits of the same name are not told apart by name: staff will see a new one.
	return found.length === 1 ? found[0].id : null;
}

/** The organisation an approved application becomes: the existing one, or a new one named after its place. */
export async function findOrCreateOrganisation(tx: Database, applicant: ApplicantIdentity): Promise<string> {
	const existing = await existingOrganisationId(tx, applicant);
	if (existing) return existing;
	const { place } = applicant;
	const [created] = await tx
		.insert(organisation)
		.values({
			kind: applicant.kind,
			name: place?.name ?? applicant.organisationName,
			municipalityCode: place?.municipalityCode ?? null,
			boroughId: place?.boroughId ?? null,
			territoryCode: place?.territoryCode ?? null
		})
		.onConflictDoNothing()
		.returning({ id: organisation.id });
	if (created) return created.id;
	// Created at the same moment by someone else (the unique index on the place): take theirs.
	const raced = await existingOrganisationId(tx, applicant);
	if (!raced) throw new Error('Organisation introuvable après conflit.');
	return raced;
}
