import { z } from 'zod';
import { parseFiscalYearLabel } from '$lib/fiscal-year';
import { blankAsNull } from '../../platform/validation';
import { isUuid } from './ids';

export const optionalDate = (message: string) => z.preprocess(blankAsNull, z.iso.date(message).nullable());

export const sortOrderField = z.preprocess(
	(value) => blankAsNull(value) ?? '0',
	z.coerce.number('L’ordre doit être un nombre.').int('L’ordre doit être un nombre entier.').min(0, 'L’ordre ne peut être négatif.').max(9999, 'L’ordre ne peut dépasser 9 999.')
);

/** « 152 000 », « 50,5 », « 1 150 » as typed in French (spaces, no-break spaces, decimal comma); null when blank. */
export function parseFrenchNumber(text: string): number | null | typeof Number.NaN {
	const compact = text.replace(/[\s\u00a0\u202f]/g, '').replace(',', '.');
	if (compact === '') return null;
	return /^-?\d+(\.\d+)?$/.test(compact) ? Number(compact) : Number.NaN;
}

export const fiscalYearField = z
	.string('Choisissez l’exercice.')
	.trim()
	.transform((label, context) => {
		const year = parseFiscalYearLabel(label);
		if (year === null) {
			context.addIssue({ code: 'custom', message: 'Écrivez l’exercice sous la forme 2024-2025.' });
			return z.NEVER;
		}
		return year;
	});

export const optionalUrl = (message: string) =>
	z.preprocess(
		blankAsNull,
		z
			.string()
			.trim()
			.max(500, 'L’adresse ne peut dépasser 500 caractères.')
			.refine((text) => /^https?:\/\/[^\s]+\.[^\s]+$/.test(text), message)
			.nullable()
	);

/** A consistency rule's reference: 'stat:<key of a module figure>' or 'indicator:<id>'. */
export const isReference = (text: string) => /^stat:[a-z0-9][a-z0-9._-]*$/i.test(text) || (text.startsWith('indicator:') && isUuid(text.slice('indicator:'.length)));

const ISO_DAY = /^\d{4}-\d{2}-\d{2}$/;

/**
 * « La fin ne peut précéder le début » when both dates are well written. Checked apart from the
 * schema, whose whole-object rules only run once every field is valid: all messages come at once.
 */
export function endBeforeStartError(start: unknown, end: unknown): string | null {
	const [first, last] = [String(start ?? '').trim(), String(end ?? '').trim()];
	return ISO_DAY.test(first) && ISO_DAY.test(last) && last < first ? 'La fin ne peut précéder le début.' : null;
}
