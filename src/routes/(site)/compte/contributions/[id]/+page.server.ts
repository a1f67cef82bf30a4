import { error, fail, redirect } from '@sveltejs/kit';
import { itemPath } from '$lib/catalogue';
import type { ItemFormValues } from '$lib/components/catalogue/item-form';
import { m } from '$lib/paraglide/messages.js';
import { localizeHref } from '$lib/paraglide/runtime';
import { orHttpError } from '$lib/server/http';
import { requirePermission } from '$lib/server/modules/accounts/guards';
import { formVocabularies } from '$lib/server/modules/catalogue/admin/form-choices';
import { getMyContribution, updateMyContribution } from '$lib/server/modules/catalogue/contributions/service';
import { formToInput, inputOf } from '$lib/server/modules/catalogue/editing';
import { loadTerms } from '$lib/server/modules/catalogue/terms';
import { AppError } from '$lib/server/platform/errors';
import { isoDay } from '$lib/server/platform/exports/table';
import { platform } from '$lib/server/platform/runtime';
import type { Actions, PageServerLoad } from './$types';

function contributionId(param: string): number {
	const id = /^\d{1,9}$/.test(param) ? Number(param) : 0;
	if (id < 1) error(404, m.catalogue_item_not_found());
	return id;
}

export const load: PageServerLoad = async ({ locals, url, params }) => {
	const { actor } = requirePermission(locals, url, 'catalogue.contribute');
	const db = platform().database.db;
	const [{ item, organisationName }, terms] = await Promise.all([orHttpError(getMyContribution(db, actor, contributionId(params.id))), loadTerms(db)]);
	return {
		contribution: {
			id: item.id,
			title: item.title,
			description: item.description,
			version: item.version,
			organisationName,
			reviewStatus: item.reviewStatus ?? 'pending',
			reviewNote: item.reviewNote,
			reviewedOn: item.reviewedAt ? isoDay(item.reviewedAt) : null,
			publicHref: item.status === 'published' ? localizeHref(itemPath(item.kind, item.id)) : null
		},
		values: inputOf(item, terms) as ItemFormValues,
		vocabularies: formVocabularies(terms),
		sent: url.searchParams.has('envoyee'),
		saved: url.searchParams.has('enregistree')
	};
};

export const actions: Actions = {
	default: async ({ request, locals, url, params }) => {
		const { actor } = requirePermission(locals, url, 'catalogue.contribute');
		const formData = await request.formData();
		const raw = formToInput(formData);
		const id = contributionId(params.id);
		try {
			await updateMyContribution(platform().database.db, actor, id, raw, Number(formData.get('version')));
		} catch (cause) {
			if (!(cause instanceof AppError)) throw cause;
			if (cause.code === 'not_found') error(404, cause.message);
			const status = cause.code === 'invalid_input' ? 400 : 409;
			return fail(status, { values: raw as ItemFormValues, errors: cause.fields, message: Object.keys(cause.fields).length ? undefined : cause.message });
		}
		redirect(303, `${localizeHref(`/compte/contributions/${id}`)}?enregistree=1`);
	}
};
