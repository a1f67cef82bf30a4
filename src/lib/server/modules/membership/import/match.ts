import { asc, eq } from 'drizzle-orm';
import { designationLabel } from '$lib/format';
import type { Database } from '../../../db/types';
import { organisation, type OrganisationKind } from '../../accounts/schema';
import { borough, municipality, region, territory } from '../../territory/schema';
import { membership } from '../schema';
import { importRowOf, searchKey, type ImportRow, type TypedRow } from './read';

/**
 * What a line may become: a place of the territory (`municipality:25213`, `borough:3`, `mrc:95`) or,
 * for a non-profit or a person, an organisation of that name (`nonprofit`, `individual`).
 */
export type Candidate = { id: string; kind: OrganisationKind; name: string; detail: string };

export type MatchStatus = 'matched' | 'ambiguous' | 'unmatched' | 'member';

export type MatchedRow = ImportRow & {
	status: MatchStatus;
	/** One when matched or already a member; several when ambiguous; none when unmatched. */
	candidates: Candidate[];
	reason: string | null;
};

type Reference = {
	municipalities: Candidate[];
	mrcs: Candidate[];
	boroughs: Candidate[];
	keys: Map<string, string[]>;
	/** Keys of the organisations that are members already. */
	members: Set<string>;
};

/** « Ville de Lévis », « MRC de Rimouski-Neigette », « Municipalité de Saint-Damase »: the place's own name is what follows. */
const PREFIX = /^(ville|municipalite|paroisse|canton|village|mrc|arrondissement)( de la| de l| des| du| de| d)? /;

async function loadReference(db: Database): Promise<Reference> {
	const [municipalities, mrcs, boroughs, organisations] = await Promise.all([
		db
			.select({ code: municipality.code, name: municipality.name, designationCode: municipality.designationCode, regionName: region.name, territoryName: territory.name })
			.from(municipality)
			.innerJoin(region, eq(region.code, municipality.regionCode))
			.innerJoin(territory, eq(territory.code, municipality.territoryCode))
			.orderBy(asc(municipality.code)),
		db
			.select({ code: territory.code, name: territory.name, regionName: region.name })
			.from(territory)
			.innerJoin(region, eq(region.code, territory.regionCode))
			.orderBy(asc(territory.code)),
		db
			.select({ id: borough.id, name: borough.name, city: municipality.name })
			.from(borough)
			.innerJoin(municipality, eq(municipality.code, borough.municipalityCode))
			.orderBy(asc(borough.id)),
		db
			.select({
				kind: organisation.kind,
				name: organisation.name,
				municipalityCode: organisation.municipalityCode,
				boroughId: organisation.boroughId,
				territoryCode: organisation.territoryCode,
				member: membership.organisationId
			})
			.from(organisation)
			.leftJoin(membership, eq(membership.organisationId, organisation.id))
	]);
	const reference: Reference = {
		municipalities: municipalities.map((row) => ({
			id: `municipality:${row.code}`,
			kind: 'municipality',
			name: row.name,
			detail: `${designationLabel(row.designationCode)} · ${row.territoryName} · ${row.regionName} · ${row.code}`
		})),
		mrcs: mrcs.map((row) => ({ id: `mrc:${row.code}`, kind: 'mrc', name: row.name, detail: `MRC · ${row.regionName} · ${row.code}` })),
		boroughs: boroughs.map((row) => ({ id: `borough:${row.id}`, kind: 'borough', name: `${row.city} – ${row.name}`, detail: `Arrondissement de ${row.city}` })),
		keys: new Map(),
		members: new Set()
	};
	const addKey = (key: string, id: string) => reference.keys.set(key, [...(reference.keys.get(key) ?? []), id]);
	for (const row of reference.municipalities) addKey(`municipality|${searchKey(row.name)}`, row.id);
	for (const row of reference.mrcs) addKey(`mrc|${searchKey(row.name)}`, row.id);
	boroughs.forEach((row, index) => {
		addKey(`borough|${searchKey(row.name)}`, reference.boroughs[index].id);
		addKey(`borough|${searchKey(`${row.city} ${row.name}`)}`, reference.boroughs[index].id);
	});
	for (const row of organisations) if (row.member) reference.members.add(organisationKey(row));
	return reference;
}

/** The key an organisation is found by: its place, or for a non-profit or a person its kind and name. */
export function organisationKey(row: { kind: OrganisationKind; name: string; municipalityCode: string | null; boroughId: number | null; territoryCode: string | null }): string {
	if (row.kind === 'municipality') return `municipality:${row.municipalityCode}`;
	if (row.kind === 'borough') return `borough:${row.boroughId}`;
	if (row.kind === 'mrc') return `mrc:${row.territoryCode}`;
	return `${row.kind}|${searchKey(row.name)}`;
}

export function candidateKey(candidate: Candidate): string {
	return candidate.kind === 'nonprofit' || candidate.kind === 'individual' ? `${candidate.kind}|${searchKey(candidate.name)}` : candidate.id;
}

function placesNamed(reference: Reference, name: string, kinds: readonly OrganisationKind[]): Candidate[] {
	const key = searchKey(name);
	const bare = key.replace(PREFIX, '');
	const ids = new Set(kinds.flatMap((kind) => [...(reference.keys.get(`${kind}|${key}`) ?? []), ...(reference.keys.get(`${kind}|${bare}`) ?? [])]));
	return [...reference.municipalities, ...reference.mrcs, ...reference.boroughs].filter((candidate) => ids.has(candidate.id));
}

function matchOne(reference: Reference, row: ImportRow): Pick<MatchedRow, 'status' | 'candidates' | 'reason'> {
	const unmatched = (reason: string) => ({ status: 'unmatched' as const, candidates: [], reason });
	if (row.problems.length > 0) return unmatched(row.problems.join(' '));
	let candidates: Candidate[];
	if (row.kind === 'nonprofit' || row.kind === 'individual') {
		if (!row.name) return unmatched('Le nom manque.');
		candidates = [{ id: row.kind, kind: row.kind, name: row.name, detail: '' }];
	} else if (row.code) {
		const code = row.code.replace(/\s/g, '');
		const byCode =
			/^\d{5}$/.test(code) && (row.kind === null || row.kind === 'municipality')
				? reference.municipalities.find((candidate) => candidate.id === `municipality:${code}`)
				: /^\d{2,3}$/.test(code) && (row.kind === null || row.kind === 'mrc')
					? reference.mrcs.find((candidate) => candidate.id === `mrc:${code}`)
					: undefined;
		if (!byCode) return unmatched(`Code géographique inconnu : « ${row.code} ».`);
		candidates = [byCode];
	} else {
		candidates = placesNamed(reference, row.name, row.kind ? [row.kind] : ['municipality', 'mrc', 'borough']);
		if (candidates.length === 0) return unmatched(`Aucune municipalité, MRC ou arrondissement ne s’appelle « ${row.name} ».`);
		if (candidates.length > 1) return { status: 'ambiguous', candidates, reason: null };
	}
	return { status: reference.members.has(candidateKey(candidates[0])) ? 'member' : 'matched', candidates, reason: null };
}

/** Each line matched to the territory by code or by name (accents and case aside); homonyms are ambiguous, never guessed. */
export async function matchRows(db: Database, typed: readonly TypedRow[]): Promise<MatchedRow[]> {
	const reference = await loadReference(db);
	return typed.map((entry) => {
		const row = importRowOf(entry);
		return { ...row, ...matchOne(reference, row) };
	});
}
