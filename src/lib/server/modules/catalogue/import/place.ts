import { eq, sql } from 'drizzle-orm';
import type { Database } from '../../../db/types';
import { AppError } from '../../../platform/errors';
import { municipality, territory } from '../../territory/schema';

/** Where the imported measures come from: a municipality, or an MRC for its own plan. */
export type ImportPlace = { municipalityCode: string | null; territoryCode: string | null; name: string };

const placeError = (message: string) => new AppError('invalid_input', message, { place: message });

/**
 * Finds the municipality (or MRC) an action plan comes from, by its code or its name typed any way
 * (« levis », « Lévis », « 25213 », « MRC de Rimouski-Neigette »). A name shared by several
 * municipalities asks for the code rather than guessing.
 */
export async function resolvePlace(db: Database, typed: string): Promise<ImportPlace> {
	const text = typed.trim();
	if (!text) throw placeError('Indiquez la municipalité (ou la MRC) dont vient ce plan d’action.');
	// A code alone, or within « Lévis (25213) » as the suggestions read.
	const code = /(?:^|\D)(\d{5})(?:\D|$)/.exec(text)?.[1];
	if (code) {
		const [found] = await db.select({ code: municipality.code, name: municipality.name }).from(municipality).where(eq(municipality.code, code));
		if (found) return { municipalityCode: found.code, territoryCode: null, name: found.name };
	} else if (/^\d{2,3}$/.test(text)) {
		const [found] = await db.select({ code: territory.code, name: territory.name }).from(territory).where(eq(territory.code, text));
		if (found) return { municipalityCode: null, territoryCode: found.code, name: found.name };
	} else {
		const cities = await db
			.select({ code: municipality.code, name: municipality.name })
			.from(municipality)
			.where(sql`${municipality.nameSearch} = search_normalize(${text})`)
			.limit(6);
		if (cities.length === 1) return { municipalityCode: cities[0].code, territoryCode: null, name: cities[0].name };
		if (cities.length > 1) {
			throw placeError(`Plusieurs municipalités s’appellent « ${text} » : écrivez plutôt son code géographique (${cities.map((city) => city.code).join(', ')}).`);
		}
		const withoutPrefix = text.replace(/^mrc\s+(de la|de l['’]|des|du|de|d['’])?\s*/i, '');
		const [mrc] = await db
			.select({ code: territory.code, name: territory.name })
			.from(territory)
			.where(sql`${territory.nameSearch} in (search_normalize(${text}), search_normalize(${withoutPrefix}))`)
			.limit(1);
		if (mrc) return { municipalityCode: null, territoryCode: mrc.code, name: mrc.name };
	}
	throw placeError(`Municipalité ou MRC introuvable : « ${text} ». Écrivez son nom exact ou son code géographique.`);
}
