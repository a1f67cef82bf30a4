import { requirePermission } from '$lib/server/modules/accounts/guards';
import { listJournal, parseJournalQuery } from '$lib/server/platform/audit/journal';
import { platform } from '$lib/server/platform/runtime';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ locals, url }) => {
	const { actor } = requirePermission(locals, url, 'admin.audit');
	const query = parseJournalQuery(url.searchParams);
	const result = await listJournal(platform().database.db, actor, query);
	return {
		query,
		...result,
		entries: result.entries.map((entry) => ({
			...entry,
			at: entry.at.toISOString(),
			before: entry.before === null ? null : JSON.stringify(entry.before),
			after: entry.after === null ? null : JSON.stringify(entry.after)
		}))
	};
};
