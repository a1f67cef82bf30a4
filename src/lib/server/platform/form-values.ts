/** What a form shows again: one text per field, a list for checkbox groups and ordered hidden lists. */
export type FormValues = Record<string, string | string[]>;

/** A submitted form as plain values; the named fields may repeat and become lists (empty when absent). */
export function formValues(formData: FormData, multiValued: readonly string[] = []): FormValues {
	const values: FormValues = Object.fromEntries(multiValued.map((name) => [name, [] as string[]]));
	for (const [name, value] of formData) {
		if (typeof value !== 'string') continue;
		if (multiValued.includes(name)) (values[name] as string[]).push(value);
		else values[name] = value;
	}
	return values;
}

export const textOf = (value: string | string[] | undefined): string => (Array.isArray(value) ? (value[0] ?? '') : (value ?? ''));
export const listOf = (value: string | string[] | undefined): string[] => (value === undefined ? [] : Array.isArray(value) ? value : [value]);
