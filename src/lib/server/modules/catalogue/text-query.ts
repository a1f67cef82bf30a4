import { sql } from 'drizzle-orm';
import { selectRows, type Database } from '../../db/types';

export type Correction = { from: string; to: string };

/** Free text turned into full-text query terms; `all` requires every word, `any` at least one. */
export type TextInterpretation = {
	words: string[];
	corrections: Correction[];
	all: string | null;
	any: string | null;
};

type WordRow = { word: string; known: boolean; prefix: boolean; near: string[] | null };

const MAX_WORDS = 12;

/**
 * Reads the words of a query against the bank's lexicon. A known word stays as it is; the last
 * word also matches as a prefix, since people are still typing it; a word the bank does not
 * contain is replaced by its nearest word by trigram similarity (« trasnport » → transport); only
 * the nearest, since a second guess (« lgoement » → lancement) mostly brings noise.
 * Stemming and accents are handled by the `fr_unaccent` configuration that reads the result.
 */
export async function interpretText(db: Database, text: string): Promise<TextInterpretation> {
	const empty = { words: [], corrections: [], all: null, any: null };
	if (!text.trim()) return empty;
	const rows = await selectRows<WordRow>(
		db,
		sql`with words as (
				select word, min(position) as position from regexp_split_to_table(search_normalize(${text}), ' ') with ordinality as split(word, position)
				where length(word) >= 2 group by word
			)
			select w.word,
				exists (select 1 from catalogue_word where catalogue_word.word = w.word) as known,
				exists (select 1 from catalogue_word where catalogue_word.word like w.word || '%' and length(w.word) >= 3) as prefix,
				case when exists (select 1 from catalogue_word where catalogue_word.word = w.word) then null else
					(select array_agg(near.word) from (
						select catalogue_word.word from catalogue_word
						where catalogue_word.word % w.word and length(w.word) >= 4
						order by similarity(catalogue_word.word, w.word) desc, abs(length(catalogue_word.word) - length(w.word)), catalogue_word.word limit 1
					) near)
				end as near
			from words w order by w.position limit ${MAX_WORDS}`
	);
	if (rows.length === 0) return empty;

	const corrections: Correction[] = [];
	const terms = rows.map((row, index) => {
		const isLast = index === rows.length - 1;
		if (row.known) return isLast ? `${row.word}:*` : row.word;
		if (isLast && row.prefix) return `${row.word}:*`;
		if (row.near && row.near.length > 0) {
			corrections.push({ from: row.word, to: row.near[0] });
			return `(${row.near.join(' | ')})`;
		}
		return row.word;
	});
	return { words: rows.map((row) => row.word), corrections, all: terms.join(' & '), any: terms.join(' | ') };
}
