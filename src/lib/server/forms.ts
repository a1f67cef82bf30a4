import { fail, type ActionFailure } from '@sveltejs/kit';
import type { z } from 'zod';

export type FormState = {
	/** What the person typed, minus secrets, so the form comes back filled in. */
	values: Record<string, string>;
	/** One French (or English) message per field, shown next to it. */
	errors: Record<string, string>;
	/** A message for the whole form. */
	message?: string;
};

const SECRET_FIELDS = ['password', 'passwordConfirm', 'currentPassword', 'newPassword'];

export function typedValues(formData: FormData): Record<string, string> {
	const values: Record<string, string> = {};
	for (const [name, value] of formData) {
		if (typeof value === 'string' && !SECRET_FIELDS.includes(name)) values[name] = value;
	}
	return values;
}

/** Parses a form with a zod schema; on bad input, the 400 failure to return from the action. */
export function parseForm<Schema extends z.ZodType>(
	schema: Schema,
	formData: FormData
): { data: z.infer<Schema>; failure?: undefined } | { data?: undefined; failure: ActionFailure<FormState> } {
	const raw = Object.fromEntries([...formData].filter((entry): entry is [string, string] => typeof entry[1] === 'string'));
	const parsed = schema.safeParse(raw);
	if (parsed.success) return { data: parsed.data };
	const errors: Record<string, string> = {};
	for (const issue of parsed.error.issues) {
		const field = String(issue.path[0] ?? 'form');
		errors[field] ??= issue.message;
	}
	return { failure: fail(400, { values: typedValues(formData), errors }) };
}

/** A failure that names fields (or the whole form) after the input passed validation, e.g. a wrong password. */
export function formFailure(status: number, formData: FormData, errors: Record<string, string>, message?: string): ActionFailure<FormState> {
	return fail(status, { values: typedValues(formData), errors, message });
}
