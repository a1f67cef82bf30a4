import { and, asc, eq, sql } from 'drizzle-orm';
import type { z } from 'zod';
import type { Database } from '../../../db/types';
import { AppError } from '../../../platform/errors';
import { electoralCommitment, electoralPlatform, electoralPlatformEntry, electoralTerm } from '../schema';
import { assertFresh, bumpVersion, lockPlatform, type LockedPlatform, type PlatformKey } from './access';
import { withEntryMoved, withNewEntry, withThemeMoved, type Direction, type Placed } from './order';
import { PLATFORM_LIMITS, entryTextSchema, presentationSchema, type EntryTextInput, type PresentationInput } from './validation';

export type OwnEntryInput = EntryTextInput & { themeId: string };

const entryMissing = () => new AppError('conflict', 'Cet engagement n’est plus dans la plateforme (il a peut-être été retiré dans un autre onglet).');

function invalid(error: z.ZodError): AppError {
	const fields: Record<string, string> = {};
	for (const issue of error.issues) fields[String(issue.path[0] ?? 'form')] ??= issue.message;
	return new AppError('invalid_input', 'Vérifiez les champs signalés.', fields);
}

function parsed<Schema extends z.ZodType>(schema: Schema, raw: unknown): z.infer<Schema> {
	const result = schema.safeParse(raw);
	if (!result.success) throw invalid(result.error);
	return result.data;
}

/** The platform's entries in their stored order, locked with the platform. */
async function placedEntries(tx: Database, platformId: number): Promise<(Placed & { title: string; details: string })[]> {
	return tx
		.select({ id: electoralPlatformEntry.id, themeId: electoralPlatformEntry.themeId, title: electoralPlatformEntry.title, details: electoralPlatformEntry.details })
		.from(electoralPlatformEntry)
		.where(eq(electoralPlatformEntry.platformId, platformId))
		.orderBy(asc(electoralPlatformEntry.position), asc(electoralPlatformEntry.id))
		.for('update');
}

/** Writes positions 1..n in the given order, in one statement. */
async function writeOrder(tx: Database, platformId: number, order: readonly Placed[]): Promise<void> {
	if (order.length === 0) return;
	const ids = sql.join(
		order.map((entry) => sql`${entry.id}`),
		sql`, `
	);
	await tx.execute(sql`
		update electoral_platform_entry as entry set position = ordered.position::int
		from unnest(array[${ids}]::int[]) with ordinality as ordered(entry_id, position)
		where entry.platform_id = ${platformId} and entry.id = ordered.entry_id and entry.position <> ordered.position`);
}

async function insertEntry(tx: Database, platform: LockedPlatform, values: { commitmentId: number | null; themeId: number | null; title: string; details: string }) {
	const entries = await placedEntries(tx, platform.id);
	if (entries.length >= PLATFORM_LIMITS.entries) {
		throw new AppError('conflict', `Une plateforme compte au plus ${PLATFORM_LIMITS.entries} engagements : retirez-en un avant d’en ajouter.`);
	}
	const [created] = await tx
		.insert(electoralPlatformEntry)
		.values({ platformId: platform.id, position: entries.length + 1, ...values })
		.returning({ id: electoralPlatformEntry.id, themeId: electoralPlatformEntry.themeId });
	await writeOrder(tx, platform.id, withNewEntry(entries, created));
	return created.id;
}

/** What a form knew when it was shown: the platform's version and the text of its fields then. */
export type Basis<Fields> = { version: number; text?: Partial<Record<keyof Fields, string>> };

/** Whether the stored text is still the text the form started from, field by field (line ends aside). */
function sameText<Fields extends Record<string, string>>(stored: Fields, basis: Basis<Fields>): boolean {
	const text = basis.text;
	if (!text) return false;
	return (Object.keys(stored) as (keyof Fields)[]).every((field) => (text[field] ?? '').replace(/\r\n?/g, '\n').trim() === stored[field]);
}

/** The platform's title, candidate's name and introduction, refused when another page changed them since this one was shown. */
export async function updatePresentation(db: Database, key: PlatformKey, raw: PresentationInput, basis: Basis<PresentationInput>): Promise<number> {
	const values = parsed(presentationSchema, raw);
	return db.transaction(async (tx) => {
		const platform = await lockPlatform(tx, key);
		const [stored] = await tx
			.select({ title: electoralPlatform.title, candidateName: electoralPlatform.candidateName, introduction: electoralPlatform.introduction })
			.from(electoralPlatform)
			.where(eq(electoralPlatform.id, platform.id));
		assertFresh(platform, basis.version, sameText(stored, basis));
		return bumpVersion(tx, platform.id, values);
	});
}

/**
 * Adds one of the edition's published commitments, in its staff wording, after the other entries of
 * its theme. Adding it again changes nothing (`added: false`).
 */
export async function addCommitment(db: Database, key: PlatformKey, commitmentId: number): Promise<{ entryId: number; added: boolean; version: number }> {
	return db.transaction(async (tx) => {
		const platform = await lockPlatform(tx, key);
		const [commitment] = Number.isSafeInteger(commitmentId)
			? await tx
					.select({ id: electoralCommitment.id, themeId: electoralCommitment.themeId, title: electoralCommitment.title, rationale: electoralCommitment.rationale })
					.from(electoralCommitment)
					.where(and(eq(electoralCommitment.id, commitmentId), eq(electoralCommitment.editionId, platform.editionId), eq(electoralCommitment.status, 'published')))
			: [];
		if (!commitment) throw new AppError('invalid_input', 'Cet engagement n’est pas proposé pour cette élection.');
		const [existing] = await tx
			.select({ id: electoralPlatformEntry.id })
			.from(electoralPlatformEntry)
			.where(and(eq(electoralPlatformEntry.platformId, platform.id), eq(electoralPlatformEntry.commitmentId, commitment.id)));
		if (existing) return { entryId: existing.id, added: false, version: platform.version };
		const entryId = await insertEntry(tx, platform, { commitmentId: commitment.id, themeId: commitment.themeId, title: commitment.title, details: commitment.rationale });
		return { entryId, added: true, version: await bumpVersion(tx, platform.id) };
	});
}

/** A commitment in the candidate's own words, under one of the edition's themes or none. */
export async function addOwnEntry(db: Database, key: PlatformKey, raw: OwnEntryInput): Promise<{ entryId: number; version: number }> {
	const values = parsed(entryTextSchema, raw);
	return db.transaction(async (tx) => {
		const platform = await lockPlatform(tx, key);
		let themeId: number | null = null;
		if (raw.themeId) {
			const [theme] = /^\d+$/.test(raw.themeId)
				? await tx
						.select({ id: electoralTerm.id })
						.from(electoralTerm)
						.where(and(eq(electoralTerm.id, Number(raw.themeId)), eq(electoralTerm.editionId, platform.editionId), eq(electoralTerm.vocabulary, 'theme')))
				: [];
			if (!theme) throw new AppError('invalid_input', 'Vérifiez les champs signalés.', { themeId: 'Choisissez l’un des thèmes de la liste.' });
			themeId = theme.id;
		}
		const entryId = await insertEntry(tx, platform, { commitmentId: null, themeId, ...values });
		return { entryId, version: await bumpVersion(tx, platform.id) };
	});
}

/** An entry rewritten in the candidate's words, refused when another page changed it since this one was shown. */
export async function updateEntry(db: Database, key: PlatformKey, entryId: number, raw: EntryTextInput, basis: Basis<EntryTextInput>): Promise<number> {
	const values = parsed(entryTextSchema, raw);
	return db.transaction(async (tx) => {
		const platform = await lockPlatform(tx, key);
		const entries = await placedEntries(tx, platform.id);
		const entry = entries.find((candidate) => candidate.id === entryId);
		if (!entry) throw entryMissing();
		assertFresh(platform, basis.version, sameText({ title: entry.title, details: entry.details }, basis));
		await tx
			.update(electoralPlatformEntry)
			.set({ ...values, updatedAt: new Date() })
			.where(eq(electoralPlatformEntry.id, entryId));
		return bumpVersion(tx, platform.id);
	});
}

export async function removeEntry(db: Database, key: PlatformKey, entryId: number): Promise<{ title: string; version: number }> {
	return db.transaction(async (tx) => {
		const platform = await lockPlatform(tx, key);
		const entries = await placedEntries(tx, platform.id);
		const removed = entries.find((entry) => entry.id === entryId);
		if (!removed) throw entryMissing();
		await tx.delete(electoralPlatformEntry).where(eq(electoralPlatformEntry.id, entryId));
		await writeOrder(
			tx,
			platform.id,
			entries.filter((entry) => entry !== removed)
		);
		return { title: removed.title, version: await bumpVersion(tx, platform.id) };
	});
}

/** One place up or down within its theme; returns its place in the theme. */
export async function moveEntry(
	db: Database,
	key: PlatformKey,
	entryId: number,
	direction: Direction
): Promise<{ position: number; total: number; themeId: number | null; version: number }> {
	return db.transaction(async (tx) => {
		const platform = await lockPlatform(tx, key);
		const entries = await placedEntries(tx, platform.id);
		const moving = entries.find((entry) => entry.id === entryId);
		if (!moving) throw entryMissing();
		const order = withEntryMoved(entries, entryId, direction);
		await writeOrder(tx, platform.id, order);
		const theme = order.filter((entry) => entry.themeId === moving.themeId);
		return { position: theme.indexOf(moving) + 1, total: theme.length, themeId: moving.themeId, version: await bumpVersion(tx, platform.id) };
	});
}

/** A whole theme one place up or down among the platform's themes; returns its place. */
export async function moveTheme(db: Database, key: PlatformKey, themeId: number, direction: Direction): Promise<{ position: number; total: number; version: number }> {
	return db.transaction(async (tx) => {
		const platform = await lockPlatform(tx, key);
		const entries = await placedEntries(tx, platform.id);
		if (!entries.some((entry) => entry.themeId === themeId)) throw new AppError('conflict', 'Ce thème n’a plus d’engagement dans la plateforme.');
		const order = withThemeMoved(entries, themeId, direction);
		await writeOrder(tx, platform.id, order);
		const themes = [...new Set(order.map((entry) => entry.themeId).filter((id) => id !== null))];
		return { position: themes.indexOf(themeId) + 1, total: themes.length, version: await bumpVersion(tx, platform.id) };
	});
}
