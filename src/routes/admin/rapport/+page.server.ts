import { fiscalYearLabel, fiscalYearPeriod } from '$lib/fiscal-year';
import { m } from '$lib/paraglide/messages.js';
import { orFormFailure } from '$lib/server/http';
import { requirePermission } from '$lib/server/modules/accounts/guards';
import { buildReport } from '$lib/server/modules/report/builder';
import { collectStats } from '$lib/server/modules/report/figures';
import { retireReplacedIndicators } from '$lib/server/modules/report/indicators';
import { getAnnualReport, publishReport, saveForeword, unpublishReport } from '$lib/server/modules/report/publication';
import { modules } from '$lib/server/platform/modules';
import { platform } from '$lib/server/platform/runtime';
import { workingYear, yearChoices } from './year';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ locals, url }) => {
	requirePermission(locals, url, 'report.manage');
	const db = platform().database.db;
	const fiscalYear = workingYear(url);
	const [{ report, problems }, saved] = await Promise.all([buildReport(db, fiscalYear, modules), getAnnualReport(db, fiscalYear)]);
	const figures = report.sections.flatMap((section) => [...section.figures, ...section.activities.flatMap((entry) => entry.figures)]);
	return {
		year: fiscalYearLabel(fiscalYear),
		years: yearChoices(fiscalYear),
		status: saved?.status ?? 'draft',
		publishedAt: saved?.publishedAt?.toISOString().slice(0, 10) ?? null,
		foreword: saved?.foreword ?? '',
		counts: {
			activities: report.sections.reduce((total, section) => total + section.activities.length, 0),
			figures: figures.length,
			computed: figures.filter((figure) => figure.origin === 'computed').length,
			pending: figures.filter((figure) => figure.value === null).length
		},
		problems,
		done: url.searchParams.get('fait')
	};
};

const yearOf = (formData: FormData) => workingYear(new URL(`http://x/?exercice=${encodeURIComponent(String(formData.get('exercice') ?? ''))}`));

export const actions: Actions = {
	publish: async ({ request, locals, url }) => {
		const { actor } = requirePermission(locals, url, 'report.manage');
		const formData = await request.formData();
		const { failure } = await orFormFailure(formData, publishReport(platform().database.db, actor, yearOf(formData), modules));
		return failure ?? { done: m.report_admin_published() };
	},
	unpublish: async ({ request, locals, url }) => {
		const { actor } = requirePermission(locals, url, 'report.manage');
		const formData = await request.formData();
		const { failure } = await orFormFailure(formData, unpublishReport(platform().database.db, actor, yearOf(formData)));
		return failure ?? { done: m.report_admin_unpublished() };
	},
	retire: async ({ request, locals, url }) => {
		const { actor } = requirePermission(locals, url, 'report.manage');
		const formData = await request.formData();
		const db = platform().database.db;
		const fiscalYear = yearOf(formData);
		const keys = new Set((await collectStats(db, modules, fiscalYearPeriod(fiscalYear))).keys());
		const { value, failure } = await orFormFailure(formData, retireReplacedIndicators(db, actor, fiscalYear, keys));
		return failure ?? { done: m.report_admin_retired({ count: value, shown: String(value) }) };
	},
	foreword: async ({ request, locals, url }) => {
		const { actor } = requirePermission(locals, url, 'report.manage');
		const formData = await request.formData();
		const { failure } = await orFormFailure(formData, saveForeword(platform().database.db, actor, yearOf(formData), Object.fromEntries(formData)));
		return failure ?? { done: m.report_admin_foreword_saved() };
	}
};
