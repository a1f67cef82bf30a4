import { fail, redirect, type RequestEvent } from '@sveltejs/kit';
import { fiscalYearBounds } from '$lib/fiscal-year';
import { requirePermission } from '$lib/server/modules/accounts/guards';
import { ACTIVITY_LIST_FIELDS, saveActivity } from '$lib/server/modules/report/activities';
import { formValues, textOf, type FormValues } from '$lib/server/platform/form-values';
import { activityKindLabel } from '$lib/server/modules/report/labels';
import { loadChangeModel } from '$lib/server/modules/report/model';
import { adminActivityPath } from '$lib/server/modules/report/paths';
import { ACTIVITY_KINDS } from '$lib/server/modules/report/schema';
import { platform } from '$lib/server/platform/runtime';

/** What the activity form gets back when nothing was saved: the values as typed, and why. */
export type ActivityFormFailure = { values: FormValues; errors: Record<string, string>; message?: string; current?: { values: FormValues; version: number } };

/** The choices of the activity form: kinds, strategy areas, impact levels. */
export async function activityChoices() {
	const model = await loadChangeModel(platform().database.db);
	return {
		kinds: ACTIVITY_KINDS.map((kind) => ({ value: kind, label: activityKindLabel(kind) })),
		areas: model.areas.map((area) => ({ value: area.code, label: area.name })),
		levels: model.levels.map((level) => ({ value: level.code, label: level.name }))
	};
}

/** A new activity's form, over the fiscal year it is for. */
export const blankActivity = (fiscalYear: number): FormValues => ({
	periodStart: fiscalYearBounds(fiscalYear).first,
	periodEnd: fiscalYearBounds(fiscalYear).last,
	impactLevels: []
});

/** Saves the activity form; an edit names the version it started from, and a conflict keeps what was typed. */
export async function submitActivity(event: RequestEvent, target: { create: true } | { create: false; id: string }) {
	const { actor } = requirePermission(event.locals, event.url, 'report.manage');
	const formData = await event.request.formData();
	const values = formValues(formData, ACTIVITY_LIST_FIELDS);
	const outcome = await saveActivity(platform().database.db, actor, values, target.create ? target : { ...target, expectedVersion: Number(textOf(values.version)) });
	if (outcome.outcome === 'saved') redirect(303, `${adminActivityPath(outcome.activity.id)}?fait=${target.create ? 'cree' : 'enregistre'}`);
	if (outcome.outcome === 'invalid') return fail(400, { values, errors: outcome.errors } satisfies ActivityFormFailure);
	return fail(409, { values, errors: {}, message: outcome.message, current: outcome.current } satisfies ActivityFormFailure);
}
