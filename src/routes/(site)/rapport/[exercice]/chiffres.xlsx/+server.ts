import { toXlsx } from '$lib/server/platform/exports/xlsx';
import { attachment, exportFileName } from '$lib/server/platform/exports/download';
import { figureTable } from '$lib/server/modules/report/exports';
import { shownReportOr404 } from '../../report-load';
import type { RequestHandler } from './$types';

export const GET: RequestHandler = async ({ locals, url, params }) => {
	const { report } = await shownReportOr404(locals, url, params.exercice);
	return attachment(await toXlsx(figureTable(report, url.origin), { creator: 'Espace MUNI' }), exportFileName(`chiffres-rapport-${report.label}`, new Date(), 'xlsx'), 'xlsx');
};
