import { requirePermission } from '$lib/server/modules/accounts/guards';
import { listPendingContributions } from '$lib/server/modules/catalogue/contributions/service';
import { isoDay } from '$lib/server/platform/exports/table';
import { platform } from '$lib/server/platform/runtime';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ locals, url }) => {
	const { actor } = requirePermission(locals, url, 'catalogue.manage');
	const pending = await listPendingContributions(platform().database.db, actor);
	return {
		pending: pending.map((entry) => ({
			id: entry.id,
			title: entry.title,
			organisationName: entry.organisationName,
			contributorName: entry.contributorName,
			receivedOn: isoDay(entry.createdAt)
		})),
		done: url.searchParams.get('fait')
	};
};
