import { and, desc, eq, sql, type SQL } from 'drizzle-orm';
import { z } from 'zod';
import { selectRows, type Database } from '../../../db/types';
import { pageWindow } from '../../../platform/pagination';
import { assertCan } from '../../../platform/permissions';
import type { Actor } from '../../../platform/roles';
import { CATALOGUE_KINDS, catalogueItem, type CatalogueKind, type PublicationStatus, type ReviewStatus } from '../schema';

/** What staff filter on: the three publication statuses, and contributions waiting for review whatever their status. */
export const ADMIN_ITEM_STATUSES = ['draft', 'published', 'unpublished', 'pending'] as const;
export type AdminItemStatus = (typeof ADMIN_ITEM_STATUSES)[number];

export const ADMIN_ITEMS_PAGE_SIZE = 50;

const adminItemQuerySchema = z.object({
	kind: z.enum(CATALOGUE_KINDS).nullable().catch(null),
	status: z.enum(ADMIN_ITEM_STATUSES).nullable().catch(null),
	text: z.string().trim().max(120).catch(''),
	place: z.string().trim().max(100).catch(''),
	page: z.coerce.number().int().min(1).max(100_000).catch(1)
});
export type AdminItemQuery = z.infer<typeof adminItemQuerySchema>;

/** The URL parameters of the staff list, in French as the URL shows them. */
export const ADMIN_ITEM_PARAMETERS = { kind: 'type', status: 'statut', text: 'q', place: 'lieu' } as const;

export function parseAdminItemQuery(params: URLSearchParams): AdminItemQuery {
	return adminItemQuerySchema.parse({
		kind: params.get(ADMIN_ITEM_PARAMETERS.kind) || null,
		status: params.get(ADMIN_ITEM_PARAMETERS.status) || null,
		text: params.get(ADMIN_ITEM_PARAMETERS.text) ?? '',
		place: params.get(ADMIN_ITEM_PARAMETERS.place) ?? '',
		page: params.get('page') ?? 1
	});
}

export type AdminItemRow = {
	id: number;
	kind: CatalogueKind;
	title: string;
	status: PublicationStatus;
	reviewStatus: ReviewStatus | null;
	placeName: string | null;
	version: number;
	updatedAt: Date;
	isDemo: boolean;
};

const contains = (column: SQL, text: string) => sql`${column} like '%' || search_normalize(${text}) || '%'`;

/** A municipality by name or code; an MRC's own items by the MRC's name or code. */
function placeCondition(place: string): SQL {
	return sql`(${catalogueItem.municipalityCode} in (select code from municipality where code = ${place} or ${contains(sql`name_search`, place)})
		or (${catalogueItem.municipalityCode} is null and ${catalogueItem.territoryCode} in (select code from territory where code = ${place} or ${contains(sql`name_search`, place)})))`;
}

/** Every word must appear in the title, in any order: « jardin toit » finds « Jardin collectif sur le toit ». */
const titleWords = (text: string) => text.split(/\s+/).filter(Boolean).slice(0, 8);

const statusCondition = (status: AdminItemStatus) => (status === 'pending' ? eq(catalogueItem.reviewStatus, 'pending') : eq(catalogueItem.status, status));

/**
 * Every item whatever its status, newest change first, with the count of each status under the
 * other filters, so that the status links say how many items each would show.
 */
export async function listAdminItems(db: Database, actor: Actor, query: AdminItemQuery) {
	assertCan(actor, 'catalogue.manage');
	const others = and(
		query.kind ? eq(catalogueItem.kind, query.kind) : undefined,
		...titleWords(query.text).map((word) => contains(sql`${catalogueItem.titleSearch}`, word)),
		query.place ? placeCondition(query.place) : undefined
	);
	const [counted] = await selectRows<Record<AdminItemStatus | 'all', number>>(
		db,
		sql`select count(*)::int as "all",
			count(*) filter (where status = 'draft')::int as draft,
			count(*) filter (where status = 'published')::int as published,
			count(*) filter (where status = 'unpublished')::int as unpublished,
			count(*) filter (where review_status = 'pending')::int as pending
		from catalogue_item where ${others ?? sql`true`}`
	);
	const total = query.status ? counted[query.status] : counted.all;
	const { page, pageCount, offset, limit } = pageWindow(total, query.page, ADMIN_ITEMS_PAGE_SIZE);
	const items: AdminItemRow[] = await db
		.select({
			id: catalogueItem.id,
			kind: catalogueItem.kind,
			title: catalogueItem.title,
			status: catalogueItem.status,
			reviewStatus: catalogueItem.reviewStatus,
			placeName: sql<string | null>`coalesce((select name from municipality where code = ${catalogueItem.municipalityCode}), (select name from territory where code = ${catalogueItem.territoryCode}))`,
			version: catalogueItem.version,
			updatedAt: catalogueItem.updatedAt,
			isDemo: catalogueItem.isDemo
		})
		.from(catalogueItem)
		.where(and(others, query.status ? statusCondition(query.status) : undefined))
		.orderBy(desc(catalogueItem.updatedAt), desc(catalogueItem.id))
		.limit(limit)
		.offset(offset);
	return { query: { ...query, page }, items, total, page, pageCount, counts: counted };
}
