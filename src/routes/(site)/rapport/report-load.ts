import { error } from '@sveltejs/kit';
import { m } from '$lib/paraglide/messages.js';
import { reportFor } from '$lib/server/modules/report/access';
import { modules } from '$lib/server/platform/modules';
import { platform } from '$lib/server/platform/runtime';

export const DRAFT_PARAMETER = 'version';
export const DRAFT_VALUE = 'brouillon';

/** The report this request may see, or the 404 page (a report not published is not there for the public). */
export async function shownReportOr404(locals: App.Locals, url: URL, label: string) {
	const shown = await reportFor(platform().database.db, locals.actor, label, modules, url.searchParams.get(DRAFT_PARAMETER) === DRAFT_VALUE);
	if (!shown) error(404, m.report_not_published());
	return shown;
}
