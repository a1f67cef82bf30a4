import { z } from 'zod';
import { AppError } from './errors';

/** The first French message of each wrong field, keyed by field name. */
export function fieldErrors(error: z.ZodError): Record<string, string> {
	const errors: Record<string, string> = {};
	for (const issue of error.issues) errors[String(issue.path[0] ?? 'form')] ??= issue.message;
	return errors;
}

export const INVALID_FORM = 'Vérifiez les champs indiqués.';

/** The input as the schema reads it, or the French message of each wrong field (all at once). */
export function parse<Schema extends z.ZodType>(schema: Schema, raw: unknown): z.infer<Schema> {
	const parsed = schema.safeParse(raw);
	if (!parsed.success) throw new AppError('invalid_input', INVALID_FORM, fieldErrors(parsed.error));
	return parsed.data;
}

/** A text area's text with one kind of line end, so that its length is the one the person sees. */
export const longText = (max: number, tooLong: string) =>
	z
		.string()
		.default('')
		.transform((text) => text.replace(/\r\n?/g, '\n'))
		.pipe(z.string().trim().max(max, tooLong));

export const blankAsNull = (value: unknown) => (value === undefined || (typeof value === 'string' && value.trim() === '') ? null : value);
