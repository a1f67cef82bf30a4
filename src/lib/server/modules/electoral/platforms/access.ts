import { and, eq, sql, type SQL } from 'drizzle-orm';
import type { Database } from '../../../db/types';
import { AppError } from '../../../platform/errors';
import { electoralPlatform } from '../schema';
import { hashPlatformToken, isWellFormedToken } from './token';

/** How a platform is opened: by its private link, or by its signed-in owner from their account. */
export type PlatformKey = { token: string } | { platformId: number; ownerUserId: string };

export const platformNotFound = () => new AppError('not_found', 'Cette plateforme n’existe pas, ou son lien n’est plus valide.');

export const STALE_PLATFORM_MESSAGE =
	'Cette plateforme a été modifiée ailleurs (dans un autre onglet ou sur un autre appareil) depuis l’ouverture de cette page. Votre texte est conservé ci-dessous : relisez-le, puis enregistrez-le de nouveau pour remplacer la version enregistrée.';

/** The row condition for a key; a malformed key matches nothing without reaching the database. */
export function keyCondition(key: PlatformKey): SQL | null {
	if ('token' in key) return isWellFormedToken(key.token) ? eq(electoralPlatform.tokenHash, hashPlatformToken(key.token)) : null;
	if (!Number.isSafeInteger(key.platformId) || !key.ownerUserId) return null;
	return and(eq(electoralPlatform.id, key.platformId), eq(electoralPlatform.ownerUserId, key.ownerUserId)) ?? null;
}

export type LockedPlatform = { id: number; editionId: number; version: number; ownerUserId: string | null };

/** Locks the platform for the rest of the transaction, so that two saves of the same platform run one after the other. */
export async function lockPlatform(tx: Database, key: PlatformKey): Promise<LockedPlatform> {
	const condition = keyCondition(key);
	if (!condition) throw platformNotFound();
	const [row] = await tx
		.select({ id: electoralPlatform.id, editionId: electoralPlatform.editionId, version: electoralPlatform.version, ownerUserId: electoralPlatform.ownerUserId })
		.from(electoralPlatform)
		.where(condition)
		.for('update');
	if (!row) throw platformNotFound();
	return row;
}

/**
 * Refuses a text saved from a page older than the platform when the text it started from has changed
 * since (another tab saved the same field): one tab never silently overwrites another. A newer
 * version that left these fields alone (an entry moved, another field saved) is no conflict.
 */
export function assertFresh(platform: LockedPlatform, expectedVersion: number, startedFromStoredText: boolean): void {
	if (expectedVersion !== platform.version && !startedFromStoredText) throw new AppError('conflict', STALE_PLATFORM_MESSAGE);
}

/** Every change makes a new version; returns it. */
export async function bumpVersion(tx: Database, platformId: number, changes: Partial<typeof electoralPlatform.$inferInsert> = {}): Promise<number> {
	const [row] = await tx
		.update(electoralPlatform)
		.set({ ...changes, version: sql`${electoralPlatform.version} + 1`, updatedAt: new Date() })
		.where(eq(electoralPlatform.id, platformId))
		.returning({ version: electoralPlatform.version });
	return row.version;
}
