import { m } from '$lib/paraglide/messages.js';

// « Aménager », « Offrir », « Mettre », « Promouvoir », « S’assurer », « Se doter »: a commitment that starts with a verb.
const INFINITIVE = /^(?:se|s[’']\S+|\S+(?:er|ir|re|oir))$/i;

/** « Aménager un parc. » becomes « Vous engagez-vous à aménager un parc ? »; a title that is not a verb gets an open question. */
export function questionFor(title: string): string {
	const action = title.trim().replace(/[\s.!;:]+$/, '');
	const [firstWord] = action.split(/\s+/);
	if (!INFINITIVE.test(firstWord)) return m.electoral_public_question_about({ title: action });
	// A verb is lower-cased after « à », and a pronominal one is said to the candidate: « à vous doter ».
	const lowered = action[0].toLocaleLowerCase('fr-CA') + action.slice(1);
	return m.electoral_public_question_commit({ action: lowered.replace(/^(?:se\s+|s[’'])/, 'vous ') });
}
