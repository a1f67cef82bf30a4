import { and, asc, count, desc, eq, getTableColumns, sql } from 'drizzle-orm';
import { z } from 'zod';
import type { Database } from '../../../db/types';
import { recordAudit } from '../../../platform/audit/service';
import { AppError } from '../../../platform/errors';
import { pageWindow } from '../../../platform/pagination';
import { assertCan } from '../../../platform/permissions';
import type { Actor } from '../../../platform/roles';
import { membersOn } from '../members';
import { membershipApplication } from '../schema';
import { isCurrentMember } from '../status';
import { existingOrganisationId } from './organisation-match';
import { findPlace, type Place, type PlaceChoice } from './places';
import { applicationFormSchema, checkResolution, isPlaceKind, memberKindSchema, type ApplicationForm, type CheckedResolution, type UploadedFile } from './validation';

export type CheckedApplication = { form: ApplicationForm; place: Place | null; resolution: CheckedResolution | null };

export type ApplicationCheck =
	| { application: CheckedApplication; errors?: undefined; choices: PlaceChoice[] }
	| { application?: undefined; errors: Record<string, string>; choices: PlaceChoice[] };

/** The field the applicant's identity was typed in: the place for municipalities, arrondissements and MRC, else the name. */
const identityField = (form: ApplicationForm) => (isPlaceKind(form.kind) ? 'place' : 'organisationName');

/**
 * Reads the join form: its fields, the place it names (with the homonyms to choose from), the council
 * resolution, and whether the organisation is already a member or already has an application waiting.
 */
export async function checkApplication(db: Database, raw: Record<string, string>, file: UploadedFile | null, today: string): Promise<ApplicationCheck> {
	const errors: Record<string, string> = {};
	const parsed = applicationFormSchema.safeParse(raw);
	if (!parsed.success) for (const issue of parsed.error.issues) errors[String(issue.path[0])] ??= issue.message;
	const { resolution, error: resolutionError } = checkResolution(file);
	if (resolutionError) errors.resolution = resolutionError;
	// The place is looked up even when another field is wrong, so the homonym chosen comes back chosen.
	const kind = memberKindSchema.safeParse(raw.kind).data;
	const found = kind && isPlaceKind(kind) && !errors.place ? await findPlace(db, kind, raw.place ?? '', (raw.placeRef ?? '').trim()) : null;
	if (found?.error) errors.place = found.error;
	const choices = found?.choices ?? [];
	if (!parsed.success) return { errors, choices };
	const form = parsed.data;
	const place = found?.place ?? null;
	if (!errors[identityField(form)] && (place || !isPlaceKind(form.kind))) {
		const problem = await identityProblem(db, { kind: form.kind, place, organisationName: form.organisationName }, today);
		if (problem) errors[identityField(form)] = problem;
	}
	if (Object.keys(errors).length > 0) return { errors, choices };
	return { application: { form, place, resolution }, choices };
}

/** Why an organisation may not apply now: it is already a member in good standing, or already waits for an answer. */
async function identityProblem(db: Database, applicant: Parameters<typeof existingOrganisationId>[1], today: string): Promise<string | null> {
	const organisationId = await existingOrganisationId(db, applicant);
	if (organisationId) {
		const [member] = await membersOn(db, today, [organisationId]);
		if (member && isCurrentMember(member.status)) {
			return `${member.name} est déjà membre d’Espace MUNI : demandez à sa ou son responsable de vous inviter dans l’espace membre.`;
		}
	}
	const pending = await db
		.select({ id: membershipApplication.id })
		.from(membershipApplication)
		.where(and(eq(membershipApplication.status, 'pending'), sameApplicant(applicant)))
		.limit(1);
	return pending.length > 0 ? 'Une demande d’adhésion pour cette organisation est déjà à l’étude : nous vous répondrons sous peu.' : null;
}

function sameApplicant(applicant: Parameters<typeof existingOrganisationId>[1]) {
	const { place } = applicant;
	if (place?.municipalityCode) return and(eq(membershipApplication.kind, 'municipality'), eq(membershipApplication.municipalityCode, place.municipalityCode));
	if (place?.boroughId) return and(eq(membershipApplication.kind, 'borough'), eq(membershipApplication.boroughId, place.boroughId));
	if (place?.territoryCode) return and(eq(membershipApplication.kind, 'mrc'), eq(membershipApplication.territoryCode, place.territoryCode));
	return and(
		eq(membershipApplication.kind, applicant.kind),
		sql`search_normalize(${membershipApplication.organisationName}) = search_normalize(${applicant.organisationName})`
	);
}

/** Records a checked application (anyone may apply; `userId` is the signed-in person, if any). */
export async function submitApplication(db: Database, checked: CheckedApplication, userId: string | null): Promise<{ id: string }> {
	const { form, place, resolution } = checked;
	return db.transaction(async (tx) => {
		const [created] = await tx
			.insert(membershipApplication)
			.values({
				kind: form.kind,
				organisationName: place?.name ?? form.organisationName,
				municipalityCode: place?.municipalityCode ?? null,
				boroughId: place?.boroughId ?? null,
				territoryCode: place?.territoryCode ?? null,
				contactName: form.contactName,
				contactTitle: form.contactTitle,
				contactEmail: form.contactEmail,
				contactPhone: form.contactPhone,
				message: form.message,
				resolutionFileName: resolution?.fileName ?? null,
				resolutionContentType: resolution?.contentType ?? null,
				resolutionFile: resolution?.bytes ?? null,
				userId
			})
			.returning({ id: membershipApplication.id, organisationName: membershipApplication.organisationName, kind: membershipApplication.kind });
		await recordAudit(tx, { actorId: userId, action: 'membership.application.submit', entityType: 'membership_application', entityId: created.id, after: created });
		return { id: created.id };
	});
}

export const APPLICATION_PAGE_SIZE = 30;

const summaryColumns = {
	id: membershipApplication.id,
	kind: membershipApplication.kind,
	organisationName: membershipApplication.organisationName,
	contactName: membershipApplication.contactName,
	contactEmail: membershipApplication.contactEmail,
	status: membershipApplication.status,
	createdAt: membershipApplication.createdAt,
	decidedAt: membershipApplication.decidedAt,
	hasResolution: sql<boolean>`${membershipApplication.resolutionFile} is not null`
};

/** Applications for staff: those waiting first (oldest first), then the decided ones (latest first). */
export async function listApplications(db: Database, actor: Actor, requestedPage: number) {
	assertCan(actor, 'membership.manage');
	const counts = await db.select({ status: membershipApplication.status, count: count() }).from(membershipApplication).groupBy(membershipApplication.status);
	const total = counts.reduce((sum, row) => sum + row.count, 0);
	const window = pageWindow(total, requestedPage, APPLICATION_PAGE_SIZE);
	const items = await db
		.select(summaryColumns)
		.from(membershipApplication)
		.orderBy(
			sql`case when ${membershipApplication.status} = 'pending' then 0 else 1 end`,
			sql`case when ${membershipApplication.status} = 'pending' then ${membershipApplication.createdAt} end asc`,
			desc(membershipApplication.decidedAt),
			asc(membershipApplication.id)
		)
		.limit(window.limit)
		.offset(window.offset);
	const countOf = (status: string) => counts.find((row) => row.status === status)?.count ?? 0;
	return {
		items: items.map((item) => ({ ...item, hasResolution: Boolean(item.hasResolution) })),
		counts: { pending: countOf('pending'), approved: countOf('approved'), declined: countOf('declined') },
		page: window.page,
		pageCount: window.pageCount
	};
}

const idSchema = z.uuid();

/** One application as staff review it, without the file's bytes. */
export async function getApplication(db: Database, actor: Actor, id: string) {
	assertCan(actor, 'membership.manage');
	if (!idSchema.safeParse(id).success) throw new AppError('not_found', 'Cette demande n’existe pas.');
	const { resolutionFile: _bytes, ...columns } = getTableColumns(membershipApplication);
	const [found] = await db
		.select({ ...columns, hasResolution: sql<boolean>`${membershipApplication.resolutionFile} is not null` })
		.from(membershipApplication)
		.where(eq(membershipApplication.id, id));
	if (!found) throw new AppError('not_found', 'Cette demande n’existe pas.');
	return { ...found, hasResolution: Boolean(found.hasResolution) };
}

/** The council resolution sent with an application, for staff. */
export async function getResolution(db: Database, actor: Actor, id: string) {
	assertCan(actor, 'membership.manage');
	if (!idSchema.safeParse(id).success) throw new AppError('not_found', 'Cette demande n’existe pas.');
	const [found] = await db
		.select({ fileName: membershipApplication.resolutionFileName, contentType: membershipApplication.resolutionContentType, bytes: membershipApplication.resolutionFile })
		.from(membershipApplication)
		.where(eq(membershipApplication.id, id));
	if (!found?.bytes || !found.contentType) throw new AppError('not_found', 'Cette demande n’a pas de résolution jointe.');
	// PostgreSQL's driver gives a Buffer, PGlite a Uint8Array: callers get the same either way.
	return { fileName: found.fileName ?? 'resolution', contentType: found.contentType, bytes: new Uint8Array(found.bytes) };
}
