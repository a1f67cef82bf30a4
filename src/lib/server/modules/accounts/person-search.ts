import { sql, type SQL } from 'drizzle-orm';
import { authUser } from './schema';

/**
 * People whose name (accents and case ignored) or address contains the text; LIKE's wildcards
 * typed by someone are taken literally.
 */
export function personMatches(text: string): SQL {
	const literal = text.replace(/[\\%_]/g, (character) => `\\${character}`);
	// Punctuation alone normalises to nothing, which must not match every name.
	return sql`((search_normalize(${text}) <> '' and search_normalize(${authUser.name}) like '%' || search_normalize(${text}) || '%') or ${authUser.email} ilike '%' || ${literal} || '%')`;
}
