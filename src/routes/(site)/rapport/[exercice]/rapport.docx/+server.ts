import { toDocx } from '$lib/server/platform/exports/docx';
import { attachment, exportFileName } from '$lib/server/platform/exports/download';
import { reportDocument } from '$lib/server/modules/report/exports';
import { shownReportOr404 } from '../../report-load';
import type { RequestHandler } from './$types';

export const GET: RequestHandler = async ({ locals, url, params }) => {
	const { report } = await shownReportOr404(locals, url, params.exercice);
	return attachment(await toDocx(reportDocument(report)), exportFileName(`rapport-activites-${report.label}`, new Date(), 'docx'), 'docx');
};
