import type { ChoicesForm } from './service';

/** The names of the choice fields, in forms and in the address of the start page's « Vérifier » step. */
export const CHOICE_FIELDS = { municipality: 'municipalite', municipalityCode: 'code', themes: 'themes', clienteles: 'clienteles' } as const;

/** The municipality, themes and clientèles of a submitted form (or of the address). */
export function readChoicesForm(fields: FormData | URLSearchParams): ChoicesForm {
	const texts = (name: string) => fields.getAll(name).filter((value): value is string => typeof value === 'string');
	const text = (name: string) => texts(name)[0]?.trim().slice(0, 200) ?? '';
	return {
		municipality: text(CHOICE_FIELDS.municipality),
		municipalityCode: text(CHOICE_FIELDS.municipalityCode),
		themeIds: texts(CHOICE_FIELDS.themes),
		clienteleIds: texts(CHOICE_FIELDS.clienteles)
	};
}
