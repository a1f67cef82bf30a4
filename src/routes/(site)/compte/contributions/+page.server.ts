import { fail, redirect } from '@sveltejs/kit';
import type { ItemFormValues } from '$lib/components/catalogue/item-form';
import { localizeHref } from '$lib/paraglide/runtime';
import { requirePermission } from '$lib/server/modules/accounts/guards';
import { formVocabularies } from '$lib/server/modules/catalogue/admin/form-choices';
import { contributingOrganisations } from '$lib/server/modules/catalogue/contributions/organisations';
import { listMyContributions, submitContribution } from '$lib/server/modules/catalogue/contributions/service';
import { formToInput } from '$lib/server/modules/catalogue/editing';
import { loadTerms } from '$lib/server/modules/catalogue/terms';
import { AppError } from '$lib/server/platform/errors';
import { isoDay } from '$lib/server/platform/exports/table';
import { platform } from '$lib/server/platform/runtime';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ locals, url }) => {
	const { actor } = requirePermission(locals, url, 'catalogue.contribute');
	const db = platform().database.db;
	const [organisations, contributions, terms] = await Promise.all([contributingOrganisations(db, actor), listMyContributions(db, actor), loadTerms(db)]);
	return {
		organisations: organisations.map(({ id, name, placeName }) => ({ id, name, placeName })),
		contributions: contributions.map((entry) => ({
			id: entry.id,
			title: entry.title,
			organisationName: entry.organisationName,
			contributorName: entry.contributorName,
			reviewStatus: entry.reviewStatus,
			reviewNote: entry.reviewNote,
			sentOn: isoDay(entry.createdAt)
		})),
		vocabularies: formVocabularies(terms)
	};
};

export const actions: Actions = {
	default: async ({ request, locals, url }) => {
		const { actor } = requirePermission(locals, url, 'catalogue.contribute');
		const formData = await request.formData();
		const raw = formToInput(formData);
		try {
			const item = await submitContribution(platform().database.db, actor, String(formData.get('organisationId') ?? ''), raw);
			redirect(303, `${localizeHref(`/compte/contributions/${item.id}`)}?envoyee=1`);
		} catch (cause) {
			if (!(cause instanceof AppError) || cause.code !== 'invalid_input') throw cause;
			return fail(400, { values: raw as ItemFormValues, errors: cause.fields, message: Object.keys(cause.fields).length ? undefined : cause.message });
		}
	}
};
