import { fiscalYearLabel } from '$lib/fiscal-year';
import { requirePermission } from '$lib/server/modules/accounts/guards';
import { listParticipations } from '$lib/server/modules/membership/seal/campaign';
import { shippingTable } from '$lib/server/modules/membership/seal/export';
import { toCsv } from '$lib/server/platform/exports/csv';
import { attachment, exportFileName } from '$lib/server/platform/exports/download';
import { toXlsx } from '$lib/server/platform/exports/xlsx';
import { platform } from '$lib/server/platform/runtime';
import { campaignYearOf } from '../year';
import type { RequestHandler } from './$types';

/** The campaign's mailing list: the addresses still to ship (`?etat=a-expedier`) or every participation. */
export const GET: RequestHandler = async ({ params, url, locals }) => {
	const { actor } = requirePermission(locals, url, 'membership.manage');
	const year = campaignYearOf(url);
	const toShipOnly = url.searchParams.get('etat') === 'a-expedier';
	const rows = (await listParticipations(platform().database.db, actor, year)).filter((row) => !toShipOnly || !row.shippedAt);
	const table = shippingTable(rows, year);
	const format = params.format as 'xlsx' | 'csv';
	const filename = exportFileName(`fierement-membre-${fiscalYearLabel(year)}${toShipOnly ? '-a-expedier' : ''}`, new Date(), format);
	return attachment(format === 'xlsx' ? await toXlsx(table, { creator: 'Espace MUNI' }) : toCsv(table), filename, format);
};
