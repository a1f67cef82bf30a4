import { z } from 'zod';
import { blankAsNull } from '../../../platform/validation';
import { BOARD_ROLES, COMMITTEE_KINDS, SEAT_REPRESENTATIONS, STAFF_TEAMS } from '../schema';

const DATE_FORMAT = 'Écrivez la date sous la forme AAAA-MM-JJ.';

const personName = z
	.string('Écrivez le nom de la personne.')
	.trim()
	.min(2, 'Le nom doit compter au moins 2 caractères.')
	.max(120, 'Le nom ne peut dépasser 120 caractères.');

const optionalText = (max: number, tooLong: string) => z.preprocess(blankAsNull, z.string().trim().max(max, tooLong).nullable());

const requiredDate = (missing: string) => z.preprocess(blankAsNull, z.iso.date({ error: (issue) => (issue.input == null ? missing : DATE_FORMAT) }));

const optionalDate = z.preprocess(blankAsNull, z.iso.date(DATE_FORMAT).nullable().default(null));

const optionalId = (wrong: string) => z.preprocess(blankAsNull, z.coerce.number(wrong).int(wrong).positive(wrong).nullable().default(null));

const affiliation = optionalText(200, 'L’affiliation ne peut dépasser 200 caractères.');

/** Whether the fields a cross-field rule reads passed their own checks, so that it runs along with the other fields' checks. */
const fieldsValid =
	(...fields: string[]) =>
	(payload: { issues: readonly { path?: readonly PropertyKey[] }[] }) =>
		!payload.issues.some((issue) => fields.includes(String(issue.path?.[0])));

type Period = { startOn?: string | null; endOn?: string | null };

/** A period's end may not come before its start; the message goes with the end date. */
const endsAfterStart = (message: string): [(value: Period) => boolean, { path: string[]; message: string; when: ReturnType<typeof fieldsValid> }] => [
	(value) => !(value.startOn && value.endOn && value.endOn < value.startOn),
	{ path: ['endOn'], message, when: fieldsValid('startOn', 'endOn') }
];

export const seatInputSchema = z
	.object({
		label: z
			.string('Écrivez le libellé du siège.')
			.trim()
			.min(3, 'Le libellé doit compter au moins 3 caractères.')
			.max(200, 'Le libellé ne peut dépasser 200 caractères.'),
		representation: z.enum(SEAT_REPRESENTATIONS, 'Choisissez ce que le siège représente.'),
		populationClassId: optionalId('Choisissez une classe de population de la liste.'),
		delegation: optionalText(120, 'Le nom de la délégation ne peut dépasser 120 caractères.')
	})
	.refine((value) => value.representation !== 'population_class' || value.populationClassId !== null, {
		path: ['populationClassId'],
		message: 'Choisissez la classe de population que ce siège représente.',
		when: fieldsValid('representation', 'populationClassId')
	})
	.refine((value) => value.representation !== 'delegation' || value.delegation !== null, {
		path: ['delegation'],
		message: 'Écrivez la délégation que ce siège représente (UMQ, FQM, une ville…).',
		when: fieldsValid('representation', 'delegation')
	})
	// A class or a delegation only means something for the seats that represent one.
	.transform((value) => ({
		...value,
		populationClassId: value.representation === 'population_class' ? value.populationClassId : null,
		delegation: value.representation === 'delegation' ? value.delegation : null
	}));

/** What an end date that comes too early is told, per kind of record. */
export const END_BEFORE_START = {
	mandate: 'La fin du mandat ne peut précéder son début.',
	committee: 'La fin du comité ne peut précéder sa création.',
	staff: 'Le départ ne peut précéder l’arrivée.'
} as const;

export const mandateInputSchema = z
	.object({
		personName,
		affiliation,
		role: z.enum(BOARD_ROLES, 'Choisissez le rôle au conseil.'),
		startOn: requiredDate('Écrivez la date du début du mandat.'),
		endOn: optionalDate
	})
	.refine(...endsAfterStart(END_BEFORE_START.mandate));

export const committeeInputSchema = z
	.object({
		name: z
			.string('Écrivez le nom du comité.')
			.trim()
			.min(3, 'Le nom doit compter au moins 3 caractères.')
			.max(160, 'Le nom ne peut dépasser 160 caractères.'),
		kind: z.enum(COMMITTEE_KINDS, 'Choisissez le type de comité.'),
		description: z.preprocess(
			(value) => (typeof value === 'string' ? value.replace(/\r\n?/g, '\n') : value),
			optionalText(1000, 'La description ne peut dépasser 1 000 caractères.')
		),
		startOn: optionalDate,
		endOn: optionalDate
	})
	.refine(...endsAfterStart(END_BEFORE_START.committee));

export const committeeMemberInputSchema = z.object({
	personName,
	affiliation,
	role: optionalText(120, 'Le rôle ne peut dépasser 120 caractères.')
});

export const staffInputSchema = z
	.object({
		name: personName,
		jobTitle: z
			.string('Écrivez le titre du poste.')
			.trim()
			.min(2, 'Le titre doit compter au moins 2 caractères.')
			.max(160, 'Le titre ne peut dépasser 160 caractères.'),
		team: z.enum(STAFF_TEAMS, 'Choisissez l’équipe.'),
		startOn: optionalDate,
		endOn: optionalDate
	})
	.refine(...endsAfterStart(END_BEFORE_START.staff));

export const accompanimentInputSchema = z.object({
	name: personName,
	regionCode: z.string('Choisissez la région.').regex(/^\d{2}$/, 'Choisissez la région.'),
	endOn: optionalDate
});
export type AccompanimentInput = z.infer<typeof accompanimentInputSchema>;

/** The end of someone's time (a departure, the end of a mandate or of a committee). */
export const endInputSchema = z.object({ endOn: requiredDate('Écrivez la date de fin.') });

/** Deleting is for a record typed by mistake: the person ticks a box to say so. */
export const deletionSchema = z.object({
	confirm: z.literal('oui', 'Cochez la case pour confirmer que cette fiche est une erreur de saisie.')
});
