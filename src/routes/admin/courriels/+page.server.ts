import { z } from 'zod';
import { requirePermission } from '$lib/server/modules/accounts/guards';
import { listOutbox } from '$lib/server/platform/mail/outbox';
import { pageWindow } from '$lib/server/platform/pagination';
import { platform } from '$lib/server/platform/runtime';
import type { PageServerLoad } from './$types';

const PAGE_SIZE = 50;

export const load: PageServerLoad = async ({ locals, url }) => {
	requirePermission(locals, url, 'admin.mail');
	const requested = z.coerce.number().int().min(1).max(100_000).catch(1).parse(url.searchParams.get('page') ?? 1);
	const first = await listOutbox(platform().outboxDir, { limit: PAGE_SIZE, offset: (requested - 1) * PAGE_SIZE });
	const { page, pageCount, offset, limit } = pageWindow(first.total, requested, PAGE_SIZE);
	const outbox = page === requested ? first : await listOutbox(platform().outboxDir, { limit, offset });
	return {
		smtp: Boolean(platform().config.smtpUrl),
		page,
		pageCount,
		total: outbox.total,
		entries: outbox.entries.map((entry) => ({ ...entry, date: entry.date?.toISOString() ?? null }))
	};
};
