import type { Database } from '../../../db/types';
import { AppError } from '../../../platform/errors';
import { getMunicipality, listMunicipalityNames, municipalitiesNamed } from '../../territory/service';

/** What a person typed in a municipality field: nothing, a known municipality, or a French message saying why not. */
export type MunicipalityChoice = { code: string | null; error?: undefined } | { code?: undefined; error: string };

/** How a municipality reads in the field, and what the field reads back: « Lévis (25213) ». */
export const municipalityLabel = (name: string, code: string) => `${name} (${code})`;

async function findByCode(db: Database, code: string): Promise<{ code: string; name: string } | null> {
	try {
		const found = await getMunicipality(db, code);
		return { code: found.code, name: found.name };
	} catch (cause) {
		if (cause instanceof AppError && cause.code === 'not_found') return null;
		throw cause;
	}
}

/**
 * Reads a municipality typed by name or by its five-digit code. Only an exact name (accents and
 * case aside) is taken on its own; homonyms and near names come back as choices in the message,
 * each with its code, so that the form works without a script.
 */
export async function resolveMunicipality(db: Database, typed: string): Promise<MunicipalityChoice> {
	const text = typed.trim().slice(0, 120);
	if (!text) return { code: null };
	const code = /(?:^|\D)(\d{5})(?:\D|$)/.exec(text)?.[1];
	if (code) return (await findByCode(db, code)) ?? { error: `Aucune municipalité n’a le code ${code}.` };
	const { exact, items } = await municipalitiesNamed(db, text);
	if (exact && items.length === 1) return { code: items[0].code };
	const choices = items.map((item) => `${municipalityLabel(item.name, item.code)}, ${item.territoryName}`);
	if (choices.length === 0) return { error: `Aucune municipalité ne s’appelle « ${text} ». Vérifiez l’orthographe ou écrivez son code à cinq chiffres.` };
	return { error: `Précisez la municipalité en recopiant l’une de celles-ci : ${choices.join(' ; ')}.` };
}

/** Every municipality as the field reads it, for the field's list of suggestions. */
export async function municipalitySuggestions(db: Database): Promise<string[]> {
	return (await listMunicipalityNames(db)).map((entry) => municipalityLabel(entry.name, entry.code));
}

/** The field's value for an item's municipality. */
export async function municipalityFieldValue(db: Database, code: string | null): Promise<string> {
	if (!code) return '';
	const found = await findByCode(db, code);
	return found ? municipalityLabel(found.name, found.code) : code;
}
