import { fail } from '@sveltejs/kit';
import { fiscalYearLabel } from '$lib/fiscal-year';
import { m } from '$lib/paraglide/messages.js';
import { typedValues } from '$lib/server/forms';
import { requirePermission } from '$lib/server/modules/accounts/guards';
import { audienceLabel } from '$lib/server/modules/report/labels';
import { deleteModelElement, loadChangeModel, saveModelElement, updateImpactLevel, updateStrategyArea } from '$lib/server/modules/report/model';
import { OUTCOME_AUDIENCES } from '$lib/server/modules/report/schema';
import { AppError } from '$lib/server/platform/errors';
import { platform } from '$lib/server/platform/runtime';
import { workingYear } from '../year';
import type { Actions, PageServerLoad, RequestEvent } from './$types';

export const load: PageServerLoad = async ({ locals, url }) => {
	requirePermission(locals, url, 'report.manage');
	const model = await loadChangeModel(platform().database.db);
	return {
		year: fiscalYearLabel(workingYear(url)),
		...model,
		levels: model.levels.map((level) => ({ ...level, outcomes: level.outcomes as Record<string, string | undefined> })),
		audiences: OUTCOME_AUDIENCES.map((audience) => ({ code: audience, label: audienceLabel(audience) }))
	};
};

/**
 * Runs one of the page's forms; each names itself (`form`), so that its messages and what was typed
 * come back next to it and not to the others.
 */
async function run(event: RequestEvent, work: (formData: FormData, actor: App.Locals['actor']) => Promise<unknown>) {
	const { actor } = requirePermission(event.locals, event.url, 'report.manage');
	const formData = await event.request.formData();
	const formKey = String(formData.get('form') ?? '');
	try {
		await work(formData, actor);
		return { formKey, done: m.report_admin_model_saved() };
	} catch (cause) {
		if (!(cause instanceof AppError) || cause.code === 'forbidden') throw cause;
		return fail(cause.code === 'not_found' ? 404 : 400, { formKey, values: typedValues(formData), errors: cause.fields, message: Object.keys(cause.fields).length ? undefined : cause.message });
	}
}

const db = () => platform().database.db;
const fields = (formData: FormData) => Object.fromEntries(formData);

export const actions: Actions = {
	area: (event) => run(event, (formData, actor) => updateStrategyArea(db(), actor, String(formData.get('code')), fields(formData))),
	level: (event) => run(event, (formData, actor) => updateImpactLevel(db(), actor, String(formData.get('code')), fields(formData))),
	element: (event) => run(event, (formData, actor) => saveModelElement(db(), actor, String(formData.get('id') ?? '') || null, fields(formData))),
	deleteElement: (event) => run(event, (formData, actor) => deleteModelElement(db(), actor, String(formData.get('id'))))
};
