import { and, asc, eq, inArray, sql } from 'drizzle-orm';
import type { Database } from '../../../db/types';
import type { Actor } from '../../../platform/roles';
import { organisation } from '../../accounts/schema';
import { borough, municipality, territory } from '../../territory/schema';

/** An organisation a person may propose measures for, with the place its measures belong to. */
export type ContributingOrganisation = {
	id: string;
	name: string;
	municipalityCode: string | null;
	territoryCode: string | null;
	placeName: string;
};

/**
 * The actor's organisations that stand for a place: a municipality, an arrondissement (its city's
 * measures) or an MRC. Non-profits and individuals have no action plan of their own to share.
 */
export async function contributingOrganisations(db: Database, actor: Actor, onlyId?: string): Promise<ContributingOrganisation[]> {
	const ids = onlyId ? actor.organisationIds.filter((id) => id === onlyId) : [...actor.organisationIds];
	if (!actor.userId || ids.length === 0) return [];
	const placeCode = sql<string | null>`coalesce(${organisation.municipalityCode}, ${borough.municipalityCode})`;
	const rows = await db
		.select({
			id: organisation.id,
			name: organisation.name,
			kind: organisation.kind,
			municipalityCode: placeCode,
			territoryCode: organisation.territoryCode,
			municipalityName: municipality.name,
			territoryName: territory.name
		})
		.from(organisation)
		.leftJoin(borough, eq(borough.id, organisation.boroughId))
		.leftJoin(municipality, eq(municipality.code, placeCode))
		.leftJoin(territory, eq(territory.code, organisation.territoryCode))
		.where(and(inArray(organisation.id, ids), inArray(organisation.kind, ['municipality', 'borough', 'mrc'])))
		.orderBy(asc(organisation.nameSearch));
	return rows.flatMap((row): ContributingOrganisation[] => {
		if (row.kind === 'mrc') {
			return row.territoryCode ? [{ id: row.id, name: row.name, municipalityCode: null, territoryCode: row.territoryCode, placeName: row.territoryName ?? row.name }] : [];
		}
		return row.municipalityCode ? [{ id: row.id, name: row.name, municipalityCode: row.municipalityCode, territoryCode: null, placeName: row.municipalityName ?? row.name }] : [];
	});
}
