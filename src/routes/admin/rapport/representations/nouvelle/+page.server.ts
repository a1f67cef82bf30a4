import { fiscalYearBounds } from '$lib/fiscal-year';
import { requirePermission } from '$lib/server/modules/accounts/guards';
import { workingYear } from '../../year';
import { submitRepresentation, typeChoices } from '../representation-form';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ locals, url }) => {
	requirePermission(locals, url, 'report.manage');
	const { first } = fiscalYearBounds(workingYear(url));
	return { values: { startOn: first }, types: typeChoices() };
};

export const actions: Actions = {
	default: (event) => submitRepresentation(event, null)
};
