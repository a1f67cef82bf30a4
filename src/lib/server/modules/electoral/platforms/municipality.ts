import type { Database } from '../../../db/types';
import { AppError } from '../../../platform/errors';
import { getMunicipality, listPopulationClasses, municipalitiesNamed, type MunicipalityListItem, type PopulationClass } from '../../territory/service';

/** What the builder says about a municipality: its size and region follow the choice. */
export type MunicipalityProfile = {
	code: string;
	name: string;
	population: number;
	regionCode: string;
	regionName: string;
	territoryName: string;
	populationClass: PopulationClass | null;
};

/** One municipality when the name is clear, otherwise the ones to choose from (none when nothing matches). */
export type MunicipalityLookup = { found: MunicipalityProfile | null; choices: MunicipalityProfile[] };

function profileOf(item: MunicipalityListItem, classes: readonly PopulationClass[]): MunicipalityProfile {
	return {
		code: item.code,
		name: item.name,
		population: item.population,
		regionCode: item.regionCode,
		regionName: item.regionName,
		territoryName: item.territoryName,
		populationClass: classes.find((candidate) => candidate.id === item.populationClassId) ?? null
	};
}

/**
 * Reads a municipality's name typed any way (« levis », « LÉVIS »). Only an exact name shared by no
 * other municipality is taken on its own; homonyms (« Saint-Damase ») and partial names
 * (« Saint-Joseph ») come back as choices.
 */
export async function lookupMunicipality(db: Database, typed: string, limit = 12): Promise<MunicipalityLookup> {
	const [{ exact, items }, classes] = await Promise.all([municipalitiesNamed(db, typed, limit), listPopulationClasses(db)]);
	const profiles = items.map((item) => profileOf(item, classes));
	if (exact && profiles.length === 1) return { found: profiles[0], choices: [] };
	return { found: null, choices: profiles };
}

/** The municipality of a five-digit code, or null. */
export async function municipalityProfile(db: Database, code: string): Promise<MunicipalityProfile | null> {
	try {
		const sheet = await getMunicipality(db, code);
		return { code: sheet.code, name: sheet.name, population: sheet.population, regionCode: sheet.regionCode, regionName: sheet.regionName, territoryName: sheet.territoryName, populationClass: sheet.populationClass };
	} catch (cause) {
		if (cause instanceof AppError && cause.code === 'not_found') return null;
		throw cause;
	}
}
