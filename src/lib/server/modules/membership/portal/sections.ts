import type { Database } from '../../../db/types';
import type { PageSection } from '../../../platform/manifest';
import { modules } from '../../../platform/modules';

/** What a member takes part in, as each module tells it (events, processes, grants...); modules with nothing to say add nothing. */
export async function memberPortalSections(db: Database, organisationId: string): Promise<PageSection[]> {
	const sections = await Promise.all(modules.map((manifest) => manifest.sections?.memberPortal?.(db, organisationId) ?? Promise.resolve(null)));
	return sections.filter((section): section is PageSection => section !== null);
}
