import { error } from '@sveltejs/kit';
import { m } from '$lib/paraglide/messages.js';
import { getEditionBySlug, type Edition } from '$lib/server/modules/electoral/editions';
import { platform } from '$lib/server/platform/runtime';

/** The edition named by the address; anything else is a missing page. */
export async function editionOf(param: string): Promise<Edition> {
	const edition = /^[a-z0-9-]{1,60}$/.test(param) ? await getEditionBySlug(platform().database.db, param) : null;
	if (!edition) error(404, m.electoral_admin_edition_not_found());
	return edition;
}

/** The id of a commitment or a question in the address; anything but a positive integer is a missing page. */
export function recordId(param: string): number {
	const id = /^\d{1,9}$/.test(param) ? Number(param) : 0;
	if (id < 1) error(404, m.electoral_admin_record_not_found());
	return id;
}

/** What the pages of one edition show about it. */
export const editionHeading = (edition: Edition) => ({ id: edition.id, slug: edition.slug, name: edition.name, electionDate: edition.electionDate, isOpen: edition.isOpen, isDemo: edition.isDemo });
