import { fail, redirect, type RequestEvent } from '@sveltejs/kit';
import { fiscalYearPeriod, parseFiscalYearLabel } from '$lib/fiscal-year';
import { requirePermission } from '$lib/server/modules/accounts/guards';
import { collectStats } from '$lib/server/modules/report/figures';
import { saveIndicator } from '$lib/server/modules/report/indicators';
import { loadChangeModel } from '$lib/server/modules/report/model';
import { adminIndicatorPath } from '$lib/server/modules/report/paths';
import { AppError } from '$lib/server/platform/errors';
import { typedValues } from '$lib/server/forms';
import { modules } from '$lib/server/platform/modules';
import { platform } from '$lib/server/platform/runtime';

/** The figures modules compute over a fiscal year, to choose a computed indicator's key from. */
export async function statChoices(fiscalYear: number) {
	const stats = await collectStats(platform().database.db, modules, fiscalYearPeriod(fiscalYear));
	return [...stats.values()].sort((a, b) => a.key.localeCompare(b.key)).map((stat) => ({ value: stat.key, label: `${stat.key} — ${stat.label} (${stat.value})` }));
}

export async function areaChoices() {
	const model = await loadChangeModel(platform().database.db);
	return model.areas.map((area) => ({ value: area.code, label: area.name }));
}

/** Saves the indicator form; a bad input comes back with what was typed. */
export async function submitIndicator(event: RequestEvent, id: string | null) {
	const { actor } = requirePermission(event.locals, event.url, 'report.manage');
	const formData = await event.request.formData();
	const raw = Object.fromEntries([...formData].filter((entry): entry is [string, string] => typeof entry[1] === 'string'));
	const fiscalYear = parseFiscalYearLabel(raw.fiscalYear ?? '');
	const keys = fiscalYear === null ? new Set<string>() : new Set((await statChoices(fiscalYear)).map((choice) => choice.value));
	try {
		const saved = await saveIndicator(platform().database.db, actor, id, raw, keys);
		redirect(303, `${adminIndicatorPath(saved.id)}?fait=enregistre`);
	} catch (cause) {
		if (!(cause instanceof AppError) || cause.code !== 'invalid_input') throw cause;
		return fail(400, { values: typedValues(formData), errors: cause.fields });
	}
}
