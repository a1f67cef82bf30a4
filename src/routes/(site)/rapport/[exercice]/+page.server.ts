import { reportView } from '$lib/server/modules/report/format';
import { DRAFT_PARAMETER, DRAFT_VALUE, shownReportOr404 } from '../report-load';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ locals, url, params }) => {
	const shown = await shownReportOr404(locals, url, params.exercice);
	return {
		report: reportView(shown.report),
		problems: shown.problems,
		status: shown.status,
		publishedAt: shown.publishedAt?.toISOString().slice(0, 10) ?? null,
		showingDraft: shown.showingDraft,
		isStaff: shown.isStaff,
		draftQuery: `?${DRAFT_PARAMETER}=${DRAFT_VALUE}`
	};
};
