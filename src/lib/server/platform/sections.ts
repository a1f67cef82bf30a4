import type { Database } from '../db/types';
import type { PageSection } from './manifest';
import { modules } from './modules';

/** The blocks every module adds to a municipality's sheet, in module order; modules with nothing to say add nothing. */
export async function municipalitySections(db: Database, municipalityCode: string): Promise<PageSection[]> {
	const sections = await Promise.all(
		modules.map((manifest) => manifest.sections?.municipality?.(db, municipalityCode) ?? Promise.resolve(null))
	);
	return sections.filter((section): section is PageSection => section !== null);
}
