import { requirePermission } from '$lib/server/modules/accounts/guards';
import { portraitTables, portraitWorkbook } from '$lib/server/modules/membership/portrait/tables';
import { attachment, exportFileName } from '$lib/server/platform/exports/download';
import { platform } from '$lib/server/platform/runtime';
import { portraitsAsked } from '../portrait-load';
import type { RequestHandler } from './$types';

export const GET: RequestHandler = async ({ locals, url }) => {
	requirePermission(locals, url, 'membership.manage');
	const { on, previousOn, current, previous } = await portraitsAsked(platform().database.db, url);
	const workbook = await portraitWorkbook(portraitTables(current, previous), on, previousOn);
	return attachment(workbook, exportFileName(`portrait-membres-${on}`, new Date(), 'xlsx'), 'xlsx');
};
