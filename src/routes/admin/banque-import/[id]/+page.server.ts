import { error, fail, redirect } from '@sveltejs/kit';
import { localizeHref } from '$lib/paraglide/runtime';
import { typedValues } from '$lib/server/forms';
import { orHttpError } from '$lib/server/http';
import { requirePermission } from '$lib/server/modules/accounts/guards';
import { municipalitySuggestions } from '$lib/server/modules/catalogue/admin/place-field';
import { IMPORT_FIELDS } from '$lib/server/modules/catalogue/import/fields';
import { abandonImport, getImport, mappingFormValues, saveMapping } from '$lib/server/modules/catalogue/import/service';
import { loadTerms } from '$lib/server/modules/catalogue/terms';
import { AppError } from '$lib/server/platform/errors';
import { platform } from '$lib/server/platform/runtime';
import { keepToStep } from '../import-id';
import type { Actions, PageServerLoad } from './$types';

const SAMPLE_ROWS = 3;

/** A spreadsheet's column letter: A, B, ..., Z, AA. */
function columnLetter(index: number): string {
	let letter = '';
	for (let rest = index + 1; rest > 0; rest = Math.floor((rest - 1) / 26)) letter = String.fromCharCode(65 + ((rest - 1) % 26)) + letter;
	return letter;
}

export const load: PageServerLoad = async ({ locals, url, params }) => {
	const { actor } = requirePermission(locals, url, 'catalogue.manage');
	const db = platform().database.db;
	const record = await orHttpError(getImport(db, actor, params.id));
	keepToStep({ id: record.id, status: record.status, mapped: record.mapping !== null }, 'map');
	const [terms, suggestions] = await Promise.all([loadTerms(db), municipalitySuggestions(db)]);
	return {
		record: { id: record.id, fileName: record.fileName, status: record.status, rowCount: record.rows.length },
		columns: record.headers.map((header, index) => ({ index, letter: columnLetter(index), header })),
		sample: record.rows.slice(0, SAMPLE_ROWS),
		fields: [...IMPORT_FIELDS],
		values: mappingFormValues(record),
		policyTypes: terms.of('policy_type').filter((term) => !term.retired).map((term) => ({ slug: term.slug, label: term.label })),
		municipalitySuggestions: suggestions
	};
};

export const actions: Actions = {
	associer: async ({ request, locals, url, params }) => {
		const { actor } = requirePermission(locals, url, 'catalogue.manage');
		const formData = await request.formData();
		const values = typedValues(formData);
		try {
			await saveMapping(platform().database.db, actor, params.id, values);
		} catch (cause) {
			if (!(cause instanceof AppError)) throw cause;
			if (cause.code === 'not_found') error(404, cause.message);
			return fail(cause.code === 'invalid_input' ? 400 : 409, { values, errors: cause.fields, message: Object.keys(cause.fields).length ? undefined : cause.message });
		}
		redirect(303, localizeHref(`/admin/banque-import/${params.id}/apercu`));
	},
	abandonner: async ({ locals, url, params }) => {
		const { actor } = requirePermission(locals, url, 'catalogue.manage');
		await orHttpError(abandonImport(platform().database.db, actor, params.id));
		redirect(303, localizeHref('/admin/banque-import'));
	}
};
