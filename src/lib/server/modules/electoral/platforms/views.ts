import { inhabitants, populationClassLabel } from '$lib/format';
import type { MunicipalityProfile } from './municipality';

/** A municipality as the builder shows it: where it is and how big it is. */
export type MunicipalityView = { code: string; name: string; place: string; population: string; sizeClass: string | null };

export function municipalityView(profile: MunicipalityProfile): MunicipalityView {
	return {
		code: profile.code,
		name: profile.name,
		place: `${profile.territoryName}, ${profile.regionName}`,
		population: inhabitants(profile.population),
		sizeClass: profile.populationClass ? populationClassLabel(profile.populationClass) : null
	};
}
