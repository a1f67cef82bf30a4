import { eq } from 'drizzle-orm';
import { inhabitants } from '$lib/format';
import type { Database } from '../../../db/types';
import { foldName, listBoroughs, listRegionNames, listTerritoryNames, municipalitiesNamed } from '../../territory/service';
import { borough, municipality, territory } from '../../territory/schema';
import type { PlaceKind } from './validation';

/** A place of the territory lists an applicant stands for, with the organisation name it gives. */
export type Place = {
	kind: PlaceKind;
	ref: string;
	name: string;
	municipalityCode: string | null;
	boroughId: number | null;
	territoryCode: string | null;
};

export type PlaceChoice = { ref: string; name: string; detail: string };

export type PlaceLookup = { place: Place | null; choices: PlaceChoice[]; error?: string };

const CHOICES_SHOWN = 12;

type Candidate = PlaceChoice & { folded: string[] };

const wording: Record<PlaceKind, { several: string; none: string; pick: string }> = {
	municipality: {
		several: 'Plusieurs municipalités portent ce nom : choisissez la vôtre.',
		none: 'Aucune municipalité ne porte ce nom : vérifiez l’orthographe.',
		pick: 'Choisissez votre municipalité parmi celles qui ressemblent à ce nom.'
	},
	borough: {
		several: 'Plusieurs arrondissements portent ce nom : choisissez le vôtre.',
		none: 'Aucun arrondissement ne porte ce nom : vérifiez l’orthographe.',
		pick: 'Choisissez votre arrondissement parmi ceux qui ressemblent à ce nom.'
	},
	mrc: {
		several: 'Plusieurs MRC portent ce nom : choisissez la vôtre.',
		none: 'Aucune MRC ne porte ce nom : vérifiez l’orthographe.',
		pick: 'Choisissez votre MRC parmi celles qui ressemblent à ce nom.'
	}
};

/** « MRC des Maskoutains », « Les Maskoutains » and « maskoutains » name the same MRC. */
const withoutMrcPrefix = (folded: string) =>
	folded.replace(/^(mrc|municipalite regionale de comte)( de la| de| du| des| d)? /, '').replace(/^(les|le|la|l) /, '');

async function municipalityCandidates(db: Database, typed: string): Promise<{ exact: Candidate[]; near: Candidate[] }> {
	const { exact, items } = await municipalitiesNamed(db, typed, CHOICES_SHOWN);
	const candidates = items.map((item) => ({
		ref: item.code,
		name: item.name,
		detail: `${item.territoryName}, ${item.regionName} · ${inhabitants(item.population)}`,
		folded: [foldName(item.name)]
	}));
	return exact ? { exact: candidates, near: [] } : { exact: [], near: candidates };
}

async function mrcCandidates(db: Database): Promise<Candidate[]> {
	const [territories, regions] = await Promise.all([listTerritoryNames(db), listRegionNames(db)]);
	const regionName = new Map(regions.map((region) => [region.code, region.name]));
	return territories.map((entry) => ({
		ref: entry.code,
		name: entry.name,
		detail: regionName.get(entry.regionCode) ?? '',
		folded: [withoutMrcPrefix(foldName(entry.name))]
	}));
}

async function boroughCandidates(db: Database): Promise<Candidate[]> {
	return (await listBoroughs(db)).map((entry) => ({
		ref: String(entry.id),
		name: `${entry.municipalityName} – ${entry.name}`,
		detail: entry.municipalityName,
		folded: [foldName(entry.name), foldName(`${entry.municipalityName} ${entry.name}`)]
	}));
}

function matchByName(candidates: Candidate[], typed: string): { exact: Candidate[]; near: Candidate[] } {
	const folded = withoutMrcPrefix(foldName(typed));
	if (!folded) return { exact: [], near: [] };
	return {
		exact: candidates.filter((candidate) => candidate.folded.includes(folded)),
		near: candidates.filter((candidate) => candidate.folded.some((name) => name.includes(folded))).slice(0, CHOICES_SHOWN)
	};
}

async function candidatesFor(db: Database, kind: PlaceKind, typed: string) {
	if (kind === 'municipality') return municipalityCandidates(db, typed);
	return matchByName(kind === 'mrc' ? await mrcCandidates(db) : await boroughCandidates(db), typed);
}

/** The place a reference (municipal code, MRC code, arrondissement id) names, or null. */
export async function placeOf(db: Database, kind: PlaceKind, ref: string): Promise<Place | null> {
	if (kind === 'municipality') {
		if (!/^\d{5}$/.test(ref)) return null;
		const [found] = await db.select({ name: municipality.name }).from(municipality).where(eq(municipality.code, ref));
		return found ? { kind, ref, name: found.name, municipalityCode: ref, boroughId: null, territoryCode: null } : null;
	}
	if (kind === 'mrc') {
		if (!/^\d{2,3}$/.test(ref)) return null;
		const [found] = await db.select({ name: territory.name }).from(territory).where(eq(territory.code, ref));
		return found ? { kind, ref, name: found.name, municipalityCode: null, boroughId: null, territoryCode: ref } : null;
	}
	if (!/^\d{1,9}$/.test(ref)) return null;
	const [found] = await db
		.select({ name: borough.name, city: municipality.name })
		.from(borough)
		.innerJoin(municipality, eq(municipality.code, borough.municipalityCode))
		.where(eq(borough.id, Number(ref)));
	return found ? { kind, ref, name: `${found.city} – ${found.name}`, municipalityCode: null, boroughId: Number(ref), territoryCode: null } : null;
}

const shown = (candidates: Candidate[]): PlaceChoice[] => candidates.map(({ ref, name, detail }) => ({ ref, name, detail }));

/**
 * Finds the place a person typed, accents and case aside. One exact name is taken; homonyms
 * (« Saint-Damase ») and near names come back as choices, and a choice made among them is taken.
 */
export async function findPlace(db: Database, kind: PlaceKind, typed: string, chosenRef: string): Promise<PlaceLookup> {
	const { exact, near } = typed.trim() ? await candidatesFor(db, kind, typed) : { exact: [], near: [] };
	const offered = exact.length > 0 ? exact : near;
	if (chosenRef && (offered.some((candidate) => candidate.ref === chosenRef) || !typed.trim())) {
		const place = await placeOf(db, kind, chosenRef);
		if (place) return { place, choices: offered.length > 1 ? shown(offered) : [] };
	}
	if (exact.length === 1) return { place: await placeOf(db, kind, exact[0].ref), choices: [] };
	if (exact.length > 1) return { place: null, choices: shown(exact), error: wording[kind].several };
	if (near.length === 0) return { place: null, choices: [], error: wording[kind].none };
	return { place: null, choices: shown(near), error: wording[kind].pick };
}
