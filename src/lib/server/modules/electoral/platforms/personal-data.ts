import { asc, eq, inArray } from 'drizzle-orm';
import type { Database } from '../../../db/types';
import { electoralPlatform, electoralPlatformEntry } from '../schema';

/** The platforms a person started while signed in, with their text (Québec's Law 25: the candidate's own writing). */
export async function exportPlatformData(db: Database, userId: string): Promise<Record<string, unknown>> {
	const platforms = await db
		.select({
			id: electoralPlatform.id,
			municipalityCode: electoralPlatform.municipalityCode,
			candidateName: electoralPlatform.candidateName,
			title: electoralPlatform.title,
			introduction: electoralPlatform.introduction,
			createdAt: electoralPlatform.createdAt,
			updatedAt: electoralPlatform.updatedAt,
			exportCount: electoralPlatform.exportCount
		})
		.from(electoralPlatform)
		.where(eq(electoralPlatform.ownerUserId, userId))
		.orderBy(asc(electoralPlatform.createdAt));
	if (platforms.length === 0) return { electoralPlatforms: [] };
	const entries = await db
		.select({ platformId: electoralPlatformEntry.platformId, position: electoralPlatformEntry.position, title: electoralPlatformEntry.title, details: electoralPlatformEntry.details })
		.from(electoralPlatformEntry)
		.where(
			inArray(
				electoralPlatformEntry.platformId,
				platforms.map((platform) => platform.id)
			)
		)
		.orderBy(asc(electoralPlatformEntry.position));
	return {
		electoralPlatforms: platforms.map(({ id, ...platform }) => ({
			...platform,
			entries: entries.filter((entry) => entry.platformId === id).map(({ position, title, details }) => ({ position, title, details }))
		}))
	};
}

/** Runs inside the erasure transaction; the entries go with their platforms. */
export async function erasePlatformData(tx: Database, userId: string): Promise<void> {
	await tx.delete(electoralPlatform).where(eq(electoralPlatform.ownerUserId, userId));
}
