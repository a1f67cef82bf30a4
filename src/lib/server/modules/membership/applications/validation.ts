import { z } from 'zod';
import { ORGANISATION_KINDS, type OrganisationKind } from '../../accounts/schema';

/** Kinds that stand for a place of the territory lists, found by name. */
export const PLACE_KINDS = ['municipality', 'borough', 'mrc'] as const satisfies readonly OrganisationKind[];
export type PlaceKind = (typeof PLACE_KINDS)[number];

export const isPlaceKind = (kind: OrganisationKind): kind is PlaceKind => (PLACE_KINDS as readonly string[]).includes(kind);

const optionalText = (max: number, message: string) =>
	z
		.string()
		.trim()
		.max(max, message)
		.default('')
		.transform((value) => value || null);

export const memberKindSchema = z.enum(ORGANISATION_KINDS, 'Choisissez le type de membre.');

/** The join form as typed; where a place is asked for, it is found afterwards (see places.ts). */
export const applicationFormSchema = z
	.object({
		kind: memberKindSchema,
		place: z.string().trim().max(160, 'Ce nom ne peut dépasser 160 caractères.').default(''),
		placeRef: z.string().trim().max(20).default(''),
		organisationName: z.string().trim().max(160, 'Le nom ne peut dépasser 160 caractères.').default(''),
		contactName: z.string().trim().min(2, 'Entrez le nom de la personne à joindre.').max(120, 'Ce nom ne peut dépasser 120 caractères.'),
		contactTitle: optionalText(120, 'Ce titre ne peut dépasser 120 caractères.'),
		contactEmail: z
			.string()
			.trim()
			.min(1, 'Entrez une adresse courriel.')
			.max(254, 'Cette adresse ne peut dépasser 254 caractères.')
			.pipe(z.email('Entrez une adresse courriel valide, par exemple nom@exemple.ca.'))
			.transform((value) => value.toLowerCase()),
		contactPhone: optionalText(40, 'Ce numéro ne peut dépasser 40 caractères.').refine(
			(value) => value === null || /^[0-9 +().\-poste#x]{7,40}$/i.test(value),
			'Entrez un numéro de téléphone, par exemple 418 555-0123.'
		),
		message: optionalText(4000, 'Le message ne peut dépasser 4 000 caractères.')
	})
	.superRefine((input, context) => {
		if (isPlaceKind(input.kind) && input.place.length < 2 && !input.placeRef) {
			const message = {
				municipality: 'Entrez le nom de votre municipalité.',
				borough: 'Entrez le nom de votre arrondissement.',
				mrc: 'Entrez le nom de votre MRC.'
			}[input.kind];
			context.addIssue({ code: 'custom', path: ['place'], message });
		}
		if (!isPlaceKind(input.kind) && input.organisationName.length < 2) {
			context.addIssue({
				code: 'custom',
				path: ['organisationName'],
				message: input.kind === 'individual' ? 'Entrez votre nom.' : 'Entrez le nom de l’organisme.'
			});
		}
	});
export type ApplicationForm = z.output<typeof applicationFormSchema>;

export const RESOLUTION_MAX_BYTES = 5 * 1024 * 1024;

export type UploadedFile = { name: string; bytes: Uint8Array };
export type CheckedResolution = { fileName: string; contentType: string; bytes: Uint8Array };

/** What the file's first bytes say it is; the name and the browser's type are not trusted. */
const SIGNATURES: { contentType: string; bytes: number[] }[] = [
	{ contentType: 'application/pdf', bytes: [0x25, 0x50, 0x44, 0x46] },
	{ contentType: 'image/png', bytes: [0x89, 0x50, 0x4e, 0x47] },
	{ contentType: 'image/jpeg', bytes: [0xff, 0xd8, 0xff] }
];

/** Checks a council resolution: a PDF, PNG or JPEG of at most 5 MB. An empty file input means none. */
export function checkResolution(file: UploadedFile | null): { resolution: CheckedResolution | null; error?: string } {
	if (!file || file.bytes.length === 0) return { resolution: null };
	if (file.bytes.length > RESOLUTION_MAX_BYTES) return { resolution: null, error: 'Le fichier dépasse 5 Mo : réduisez-le ou envoyez-le en PDF.' };
	const kind = SIGNATURES.find((signature) => signature.bytes.every((byte, index) => file.bytes[index] === byte));
	if (!kind) return { resolution: null, error: 'Le fichier doit être un PDF ou une image (PNG ou JPEG).' };
	const fileName = file.name.replace(/[^\p{L}\p{N} ._()-]/gu, '_').slice(-120) || 'resolution';
	return { resolution: { fileName, contentType: kind.contentType, bytes: file.bytes } };
}

export const decisionReasonSchema = z
	.string()
	.trim()
	.min(3, 'Expliquez la raison en quelques mots : elle est envoyée à la personne.')
	.max(2000, 'La raison ne peut dépasser 2 000 caractères.');
