import { fail } from '@sveltejs/kit';
import { fiscalYearLabel, fiscalYearOf, quebecToday } from '$lib/fiscal-year';
import { m } from '$lib/paraglide/messages.js';
import { typedValues } from '$lib/server/forms';
import { orFormFailure } from '$lib/server/http';
import { requirePermission } from '$lib/server/modules/accounts/guards';
import { loadDuesGrid, previousGridValues, ratedYears, saveDuesGrid } from '$lib/server/modules/membership/billing/rates';
import { platform } from '$lib/server/platform/runtime';
import type { Actions, PageServerLoad } from './$types';
import { requestedFiscalYear } from './fiscal-year-param';

export const load: PageServerLoad = async ({ locals, url }) => {
	requirePermission(locals, url, 'membership.manage');
	const db = platform().database.db;
	const fiscalYear = requestedFiscalYear(url.searchParams.get('exercice'));
	const [grid, rated] = await Promise.all([loadDuesGrid(db, fiscalYear), ratedYears(db)]);
	const current = fiscalYearOf(quebecToday());
	const first = Math.min(rated.first ?? current, current - 2, fiscalYear);
	const last = Math.max(rated.last ?? current, current + 1, fiscalYear);
	return {
		...grid,
		label: fiscalYearLabel(fiscalYear),
		previousLabel: fiscalYearLabel(fiscalYear - 1),
		years: Array.from({ length: last - first + 1 }, (_, index) => fiscalYearLabel(last - index))
	};
};

export const actions: Actions = {
	save: async ({ request, locals, url }) => {
		const { actor } = requirePermission(locals, url, 'membership.manage');
		const formData = await request.formData();
		const fiscalYear = requestedFiscalYear(formData.get('exercice'));
		const { failure } = await orFormFailure(formData, saveDuesGrid(platform().database.db, actor, fiscalYear, Object.fromEntries(formData)));
		if (failure) return failure;
		return { done: m.dues_grid_saved({ year: fiscalYearLabel(fiscalYear) }) };
	},
	copy: async ({ request, locals, url }) => {
		requirePermission(locals, url, 'membership.manage');
		const formData = await request.formData();
		const fiscalYear = requestedFiscalYear(formData.get('exercice'));
		const values = await previousGridValues(platform().database.db, fiscalYear);
		const previous = fiscalYearLabel(fiscalYear - 1);
		if (!values) return fail(400, { values: typedValues(formData), errors: {}, message: m.dues_grid_copy_none({ year: previous }) });
		return { values, done: m.dues_grid_copied({ year: previous }) };
	}
};
