import { z } from 'zod';

export const PLATFORM_LIMITS = {
	candidateName: 120,
	title: 200,
	introduction: 5000,
	entryTitle: 300,
	entryDetails: 4000,
	entries: 80,
	/** Platforms a signed-in person keeps in their account. */
	perOwner: 30
} as const;

/** Line ends as one character, so that a text's length is the one the person sees in the field. */
const singleLineEnds = (text: string) => text.replace(/\r\n?/g, '\n');

const text = (max: number, tooLong: string) => z.string().default('').transform(singleLineEnds).pipe(z.string().trim().max(max, tooLong));

const formatted = (max: number) => new Intl.NumberFormat('fr-CA').format(max);

export const presentationSchema = z.object({
	title: text(PLATFORM_LIMITS.title, `Le titre ne peut dépasser ${formatted(PLATFORM_LIMITS.title)} caractères.`),
	candidateName: text(PLATFORM_LIMITS.candidateName, `Le nom ne peut dépasser ${formatted(PLATFORM_LIMITS.candidateName)} caractères.`),
	introduction: text(PLATFORM_LIMITS.introduction, `L’introduction ne peut dépasser ${formatted(PLATFORM_LIMITS.introduction)} caractères.`)
});
export type PresentationInput = z.input<typeof presentationSchema>;

export const entryTextSchema = z.object({
	title: text(PLATFORM_LIMITS.entryTitle, `L’engagement ne peut dépasser ${formatted(PLATFORM_LIMITS.entryTitle)} caractères.`).pipe(
		z.string().min(1, 'Écrivez l’engagement en quelques mots.')
	),
	details: text(PLATFORM_LIMITS.entryDetails, `Les précisions ne peuvent dépasser ${formatted(PLATFORM_LIMITS.entryDetails)} caractères.`)
});
export type EntryTextInput = z.input<typeof entryTextSchema>;

/** A version number sent back by a form: the platform's version when the page was shown. */
export const versionSchema = z.coerce.number().int().min(1);
