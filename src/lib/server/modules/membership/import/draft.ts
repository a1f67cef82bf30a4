import { z } from 'zod';
import { MEMBER_IMPORT_MAX_ROWS, typedRowSchema, type TypedRow } from './read';

const draftSchema = z.array(typedRowSchema).min(1).max(MEMBER_IMPORT_MAX_ROWS);

/** The preview's lines as typed, carried to the confirmation in a hidden field (matched again there, never trusted). */
export function encodeDraft(rows: readonly TypedRow[]): string {
	return JSON.stringify(rows);
}

export function decodeDraft(text: string): TypedRow[] | null {
	try {
		const parsed = draftSchema.safeParse(JSON.parse(text));
		return parsed.success ? parsed.data : null;
	} catch {
		return null;
	}
}
