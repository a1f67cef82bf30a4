import { desc, eq } from 'drizzle-orm';
import { m } from '$lib/paraglide/messages.js';
import type { Database } from '../../../db/types';
import type { PageSection } from '../../../platform/manifest';
import { kindLabel } from '../labels';
import { catalogueItem, REVIEW_STATUSES } from '../schema';

const SHOWN = 8;

const reviewLabels: Record<(typeof REVIEW_STATUSES)[number], () => string> = {
	pending: m.contrib_status_pending,
	approved: m.contrib_status_approved,
	rejected: m.contrib_status_rejected
};

/** The member portal shows what the organisation proposed to the bank and where each proposal stands. */
export async function memberPortalSection(db: Database, organisationId: string): Promise<PageSection | null> {
	const rows = await db
		.select({ id: catalogueItem.id, kind: catalogueItem.kind, title: catalogueItem.title, reviewStatus: catalogueItem.reviewStatus })
		.from(catalogueItem)
		.where(eq(catalogueItem.contributorOrganisationId, organisationId))
		.orderBy(desc(catalogueItem.createdAt), desc(catalogueItem.id))
		.limit(SHOWN);
	if (rows.length === 0) return null;
	return {
		key: 'catalogue.contributions',
		title: m.section_member_contributions(),
		items: rows.map((row) => ({
			label: row.title,
			href: `/compte/contributions/${row.id}`,
			detail: [kindLabel(row.kind), row.reviewStatus ? reviewLabels[row.reviewStatus]() : null].filter(Boolean).join(' · ')
		}))
	};
}
