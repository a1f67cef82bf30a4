import { fiscalYearLabel, parseFiscalYearLabel } from '$lib/fiscal-year';
import { m } from '$lib/paraglide/messages.js';
import { orFormFailure } from '$lib/server/http';
import { requirePermission } from '$lib/server/modules/accounts/guards';
import { campaignYears, listParticipations, markShipped } from '$lib/server/modules/membership/seal/campaign';
import { platform } from '$lib/server/platform/runtime';
import type { Actions, PageServerLoad } from './$types';
import { campaignYearOf } from './year';

export const load: PageServerLoad = async ({ locals, url }) => {
	const { actor } = requirePermission(locals, url, 'membership.manage');
	const db = platform().database.db;
	const year = campaignYearOf(url);
	const [rows, years] = await Promise.all([listParticipations(db, actor, year), campaignYears(db)]);
	const toShip = rows.filter((row) => !row.shippedAt);
	return {
		year,
		yearLabel: fiscalYearLabel(year),
		years: [...new Set([year, ...years])].sort((a, b) => b - a).map((value) => ({ value, label: fiscalYearLabel(value) })),
		toShip,
		shipped: rows.filter((row) => row.shippedAt),
		stickersToShip: toShip.reduce((sum, row) => sum + row.stickerCount, 0)
	};
};

export const actions: Actions = {
	default: async ({ request, locals, url }) => {
		const { actor } = requirePermission(locals, url, 'membership.manage');
		const formData = await request.formData();
		const year = parseFiscalYearLabel(String(formData.get('annee') ?? '')) ?? campaignYearOf(url);
		const ids = formData.getAll('organisationId').map(String);
		const { value, failure } = await orFormFailure(formData, markShipped(platform().database.db, actor, year, ids));
		if (failure) return failure;
		return { done: m.seal_admin_marked({ count: value, shown: String(value) }) };
	}
};
