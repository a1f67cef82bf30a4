import { asc, count, desc, eq, sql } from 'drizzle-orm';
import type { Database } from '../../../db/types';
import { recordAudit } from '../../../platform/audit/service';
import { AppError } from '../../../platform/errors';
import { getEdition, type EditionTerms } from '../editions';
import { electoralPlatform, electoralPlatformEntry } from '../schema';
import { bumpVersion, keyCondition, lockPlatform, platformNotFound, type PlatformKey } from './access';
import { foldName } from '../../territory/service';
import { lookupMunicipality, municipalityProfile, type MunicipalityProfile } from './municipality';
import { readingOrder } from './order';
import { newPlatformToken } from './token';
import { PLATFORM_LIMITS } from './validation';

/** The start form (and the « Vos choix » form) as typed: the name, or the code of a municipality picked among homonyms. */
export type ChoicesForm = { municipality: string; municipalityCode: string; themeIds: readonly string[]; clienteleIds: readonly string[] };

export type CheckedChoices = {
	/** French messages by field (municipality, themes, clienteles); empty when the choices are usable. */
	errors: Record<string, string>;
	municipality: MunicipalityProfile | null;
	/** Municipalities to pick from when the name fits several. */
	choices: MunicipalityProfile[];
	themeIds: number[];
	clienteleIds: number[];
};

export type PlatformEntry = { id: number; commitmentId: number | null; themeId: number | null; title: string; details: string };

export type PlatformDetail = {
	id: number;
	editionId: number;
	ownerUserId: string | null;
	municipality: MunicipalityProfile;
	candidateName: string;
	title: string;
	introduction: string;
	themeIds: number[];
	clienteleIds: number[];
	version: number;
	createdAt: Date;
	updatedAt: Date;
	exportCount: number;
	/** In reading order: each theme together, themes in the candidate's order. */
	entries: PlatformEntry[];
};

export type PlatformSummary = {
	id: number;
	editionName: string;
	municipalityName: string;
	title: string;
	candidateName: string;
	entryCount: number;
	updatedAt: Date;
};

/** Ids among the vocabulary's terms, in the vocabulary's order; anything else is dropped. */
function knownIds(typed: readonly string[], terms: { id: number }[]): number[] {
	const wanted = new Set(typed.map(Number));
	return terms.filter((term) => wanted.has(term.id)).map((term) => term.id);
}

/** Reads the municipality, themes and clientèles chosen; a municipality picked among homonyms comes as its code. */
export async function checkChoices(db: Database, terms: EditionTerms, form: ChoicesForm): Promise<CheckedChoices> {
	const errors: Record<string, string> = {};
	const themeIds = knownIds(form.themeIds, terms.themes);
	const clienteleIds = knownIds(form.clienteleIds, terms.clienteles);
	if (themeIds.length === 0) errors.themes = 'Cochez au moins un thème qui vous tient à cœur.';
	if (clienteleIds.length === 0) errors.clienteles = 'Cochez au moins une clientèle.';

	const typed = form.municipality.trim();
	let municipality: MunicipalityProfile | null = null;
	let choices: MunicipalityProfile[] = [];
	// A code picked among the choices counts while the name typed is still part of its name; a new name is read afresh.
	if (/^\d{5}$/.test(form.municipalityCode)) {
		const picked = await municipalityProfile(db, form.municipalityCode);
		if (picked && foldName(picked.name).includes(foldName(typed))) municipality = picked;
	}
	if (!municipality && typed) {
		const lookup = await lookupMunicipality(db, typed);
		municipality = lookup.found;
		choices = lookup.choices;
		if (!municipality) {
			errors.municipality =
				choices.length > 0
					? `Plusieurs municipalités correspondent à « ${typed} » : choisissez la vôtre dans la liste.`
					: `Aucune municipalité du Québec ne s’appelle « ${typed} ». Vérifiez l’orthographe.`;
		}
	} else if (!municipality) {
		errors.municipality = 'Indiquez votre municipalité.';
	}
	return { errors, municipality, choices, themeIds, clienteleIds };
}

function checkedOrThrow(checked: CheckedChoices): { municipality: MunicipalityProfile; themeIds: number[]; clienteleIds: number[] } {
	if (Object.keys(checked.errors).length > 0 || !checked.municipality) throw new AppError('invalid_input', 'Vérifiez les champs signalés.', checked.errors);
	return { municipality: checked.municipality, themeIds: checked.themeIds, clienteleIds: checked.clienteleIds };
}

export type NewPlatform = { editionId: number; ownerUserId: string | null; candidateName: string; choices: CheckedChoices };

/**
 * Starts a platform and returns its private key, the only time it exists outside the link: the
 * database keeps its SHA-256. A signed-in person becomes its owner and finds it in their account.
 */
export async function createPlatform(db: Database, input: NewPlatform): Promise<{ id: number; token: string }> {
	const { municipality, themeIds, clienteleIds } = checkedOrThrow(input.choices);
	const candidateName = input.candidateName.trim();
	if (candidateName.length > PLATFORM_LIMITS.candidateName) {
		throw new AppError('invalid_input', 'Vérifiez les champs signalés.', { candidateName: `Le nom ne peut dépasser ${PLATFORM_LIMITS.candidateName} caractères.` });
	}
	const edition = await getEdition(db, input.editionId);
	if (!edition) throw new AppError('not_found', 'Cette élection n’existe pas.');
	if (!edition.isOpen) throw new AppError('conflict', 'Cette élection est terminée : on ne peut plus y commencer de plateforme.');
	const { token, hash } = newPlatformToken();
	return db.transaction(async (tx) => {
		if (input.ownerUserId) {
			const [{ total }] = await tx.select({ total: count() }).from(electoralPlatform).where(eq(electoralPlatform.ownerUserId, input.ownerUserId));
			if (total >= PLATFORM_LIMITS.perOwner) {
				throw new AppError('conflict', `Votre compte contient déjà ${PLATFORM_LIMITS.perOwner} plateformes, le maximum. Ouvrez l’une d’elles depuis votre compte.`);
			}
		}
		const [created] = await tx
			.insert(electoralPlatform)
			.values({ editionId: edition.id, tokenHash: hash, ownerUserId: input.ownerUserId, municipalityCode: municipality.code, candidateName, themeIds, clienteleIds })
			.returning({ id: electoralPlatform.id });
		await recordAudit(tx, { actorId: input.ownerUserId, action: 'electoral.platform.create', entityType: 'electoral_platform', entityId: String(created.id) });
		return { id: created.id, token };
	});
}

/** A platform with its entries; a wrong key, or someone else's platform, is « not found ». */
export async function getPlatform(db: Database, key: PlatformKey): Promise<PlatformDetail> {
	const condition = keyCondition(key);
	if (!condition) throw platformNotFound();
	const [row] = await db.select().from(electoralPlatform).where(condition);
	if (!row) throw platformNotFound();
	const [entries, municipality] = await Promise.all([
		db
			.select({
				id: electoralPlatformEntry.id,
				commitmentId: electoralPlatformEntry.commitmentId,
				themeId: electoralPlatformEntry.themeId,
				title: electoralPlatformEntry.title,
				details: electoralPlatformEntry.details
			})
			.from(electoralPlatformEntry)
			.where(eq(electoralPlatformEntry.platformId, row.id))
			.orderBy(asc(electoralPlatformEntry.position), asc(electoralPlatformEntry.id)),
		municipalityProfile(db, row.municipalityCode)
	]);
	if (!municipality) throw platformNotFound();
	return {
		id: row.id,
		editionId: row.editionId,
		ownerUserId: row.ownerUserId,
		municipality,
		candidateName: row.candidateName,
		title: row.title,
		introduction: row.introduction,
		themeIds: row.themeIds,
		clienteleIds: row.clienteleIds,
		version: row.version,
		createdAt: row.createdAt,
		updatedAt: row.updatedAt,
		exportCount: row.exportCount,
		entries: readingOrder(entries)
	};
}

/** The person's platforms, most recently changed first. */
export async function listOwnedPlatforms(db: Database, ownerUserId: string): Promise<PlatformSummary[]> {
	return db
		.select({
			id: electoralPlatform.id,
			editionName: sql<string>`(select name from electoral_edition where id = ${electoralPlatform.editionId})`,
			municipalityName: sql<string>`(select name from municipality where code = ${electoralPlatform.municipalityCode})`,
			title: electoralPlatform.title,
			candidateName: electoralPlatform.candidateName,
			entryCount: sql<number>`(select count(*)::int from electoral_platform_entry where platform_id = ${electoralPlatform.id})`,
			updatedAt: electoralPlatform.updatedAt
		})
		.from(electoralPlatform)
		.where(eq(electoralPlatform.ownerUserId, ownerUserId))
		.orderBy(desc(electoralPlatform.updatedAt), desc(electoralPlatform.id));
}

/** Changes the municipality, themes and clientèles; the entries stay as they are. */
export async function updateChoices(db: Database, key: PlatformKey, choices: CheckedChoices): Promise<number> {
	const { municipality, themeIds, clienteleIds } = checkedOrThrow(choices);
	return db.transaction(async (tx) => {
		const platform = await lockPlatform(tx, key);
		return bumpVersion(tx, platform.id, { municipalityCode: municipality.code, themeIds, clienteleIds });
	});
}

/** Puts a platform opened through its link in the signed-in person's account, when it has no owner yet. */
export async function claimPlatform(db: Database, key: PlatformKey, userId: string): Promise<void> {
	await db.transaction(async (tx) => {
		const platform = await lockPlatform(tx, key);
		if (platform.ownerUserId === userId) return;
		if (platform.ownerUserId) throw new AppError('conflict', 'Cette plateforme est déjà rattachée à un autre compte.');
		const [{ total }] = await tx.select({ total: count() }).from(electoralPlatform).where(eq(electoralPlatform.ownerUserId, userId));
		if (total >= PLATFORM_LIMITS.perOwner) throw new AppError('conflict', `Votre compte contient déjà ${PLATFORM_LIMITS.perOwner} plateformes, le maximum.`);
		await tx.update(electoralPlatform).set({ ownerUserId: userId }).where(eq(electoralPlatform.id, platform.id));
		await recordAudit(tx, { actorId: userId, action: 'electoral.platform.claim', entityType: 'electoral_platform', entityId: String(platform.id) });
	});
}

/**
 * A new private link for the owner, who can open the platform from their account but never see its
 * key (only its hash is kept). The old link stops working, which also closes a link shared too widely.
 */
export async function renewPlatformToken(db: Database, platformId: number, ownerUserId: string): Promise<string> {
	const { token, hash } = newPlatformToken();
	await db.transaction(async (tx) => {
		const platform = await lockPlatform(tx, { platformId, ownerUserId });
		await tx.update(electoralPlatform).set({ tokenHash: hash }).where(eq(electoralPlatform.id, platform.id));
		await recordAudit(tx, { actorId: ownerUserId, action: 'electoral.platform.renew-link', entityType: 'electoral_platform', entityId: String(platform.id) });
	});
	return token;
}

/** Counts a download for the activity report: how many, and when the platform was first exported. */
export async function recordPlatformExport(db: Database, platformId: number): Promise<void> {
	await db
		.update(electoralPlatform)
		.set({ exportCount: sql`${electoralPlatform.exportCount} + 1`, firstExportedAt: sql`coalesce(${electoralPlatform.firstExportedAt}, now())` })
		.where(eq(electoralPlatform.id, platformId));
}
