import type { Database } from '../../../db/types';
import { AppError } from '../../../platform/errors';
import { assertCan } from '../../../platform/permissions';
import type { Actor } from '../../../platform/roles';
import { fieldErrors } from '../../../platform/validation';
import { STALE_EDIT_MESSAGE, createItem, findLikelyDuplicates, formToInput, getItemForEditing, itemInputSchema, updateItem, type ItemInput, type LikelyDuplicate } from '../editing';
import type { PublicationStatus, catalogueItem } from '../schema';
import { resolveMunicipality } from './place-field';

type ItemRow = typeof catalogueItem.$inferSelect;

/** The hidden field that says which title and place the person was warned about and chose to save anyway. */
export const DUPLICATES_SEEN_FIELD = 'doublonsVus';
export const NOTE_FIELD = 'note';

export type SaveTarget = { create: true; status: PublicationStatus } | { create: false; id: number; expectedVersion: number };

export type SaveOutcome =
	| { outcome: 'saved'; item: ItemRow }
	| { outcome: 'invalid'; errors: Record<string, string>; message?: string }
	/** Nothing is saved: the person looks at these first; `seen` goes back in DUPLICATES_SEEN_FIELD to save anyway. */
	| { outcome: 'duplicates'; duplicates: LikelyDuplicate[]; seen: string }
	/** Someone saved in between: nothing is saved, and `current` is what the item says now. */
	| { outcome: 'conflict'; message: string; current: ItemRow };

const placeKey = (municipalityCode: string | null, territoryCode: string | null) => (municipalityCode ? `m${municipalityCode}` : territoryCode ? `t${territoryCode}` : '');
// No line break: a browser sends one back as CR LF, and the key would no longer match.
const seenKey = (input: ItemInput) => `${placeKey(input.municipalityCode, input.territoryCode)}|${input.title}`;

/** A new item, or an edit that changes the title or the place, may repeat an item already in the bank. */
function mayDuplicate(input: ItemInput, before: ItemRow | null): boolean {
	if (!before) return true;
	const beforePlace = placeKey(before.municipalityCode, before.municipalityCode ? null : before.territoryCode);
	return before.title !== input.title || beforePlace !== placeKey(input.municipalityCode, input.territoryCode);
}

function noteOf(formData: FormData): string | null {
	const note = String(formData.get(NOTE_FIELD) ?? '').trim().slice(0, 300);
	return note || null;
}

/**
 * Saves the item form of the back office: the municipality typed by name or code, every field
 * checked at once, a warning on likely duplicates before anything is written, and the version
 * the editor started from checked against the current one.
 */
export async function saveItemForm(db: Database, actor: Actor, formData: FormData, target: SaveTarget): Promise<SaveOutcome> {
	assertCan(actor, 'catalogue.manage');
	const raw = formToInput(formData);
	const place = await resolveMunicipality(db, typeof raw.municipalityCode === 'string' ? raw.municipalityCode : '');
	raw.municipalityCode = place.code ?? '';
	const parsed = itemInputSchema.safeParse(raw);
	if (!parsed.success || place.error) {
		return { outcome: 'invalid', errors: { ...(parsed.success ? {} : fieldErrors(parsed.error)), ...(place.error ? { municipalityCode: place.error } : {}) } };
	}
	const input = parsed.data;
	const before = target.create ? null : await getItemForEditing(db, actor, target.id);
	// A stale edit is said at once, before any duplicate warning: the person must first see the current version.
	if (before && !target.create && before.version !== target.expectedVersion) return { outcome: 'conflict', message: STALE_EDIT_MESSAGE, current: before };
	const seen = seenKey(input);
	if (mayDuplicate(input, before) && formData.get(DUPLICATES_SEEN_FIELD) !== seen) {
		const duplicates = await findLikelyDuplicates(db, { title: input.title, municipalityCode: input.municipalityCode, territoryCode: input.territoryCode, excludeId: before?.id });
		if (duplicates.length > 0) return { outcome: 'duplicates', duplicates, seen };
	}
	try {
		const note = noteOf(formData);
		const item = target.create
			? await createItem(db, actor, raw, { status: target.status, note })
			: await updateItem(db, actor, target.id, raw, target.expectedVersion, note);
		return { outcome: 'saved', item };
	} catch (cause) {
		if (!(cause instanceof AppError)) throw cause;
		if (cause.code === 'invalid_input') return { outcome: 'invalid', errors: cause.fields, message: Object.keys(cause.fields).length ? undefined : cause.message };
		if (cause.code === 'conflict' && !target.create) return { outcome: 'conflict', message: cause.message, current: await getItemForEditing(db, actor, target.id) };
		throw cause;
	}
}
