import { fiscalYearLabel } from '$lib/fiscal-year';
import { requirePermission } from '$lib/server/modules/accounts/guards';
import { representationTypeLabel } from '$lib/server/modules/report/labels';
import { listRepresentations, type RepresentationType } from '$lib/server/modules/report/representations';
import { REPRESENTATION_TYPES } from '$lib/server/modules/report/schema';
import { platform } from '$lib/server/platform/runtime';
import { workingYear, yearChoices } from '../year';
import { typeChoices } from './representation-form';
import type { PageServerLoad } from './$types';

/** The representation log by type and fiscal year (« tous » for every year), with partners. */
export const load: PageServerLoad = async ({ locals, url }) => {
	const { actor } = requirePermission(locals, url, 'report.manage');
	const allYears = url.searchParams.get('exercice') === 'tous';
	const fiscalYear = workingYear(url);
	const typed = url.searchParams.get('type') ?? '';
	const type = (REPRESENTATION_TYPES as readonly string[]).includes(typed) ? (typed as RepresentationType) : null;
	const rows = await listRepresentations(platform().database.db, actor, { type, fiscalYear: allYears ? null : fiscalYear });
	return {
		year: fiscalYearLabel(fiscalYear),
		selectedYear: allYears ? 'tous' : fiscalYearLabel(fiscalYear),
		years: yearChoices(fiscalYear),
		type: type ?? '',
		types: typeChoices(),
		groups: REPRESENTATION_TYPES.map((code) => ({ type: code, label: representationTypeLabel(code), entries: rows.filter((row) => row.type === code) })).filter((group) => group.entries.length > 0)
	};
};
