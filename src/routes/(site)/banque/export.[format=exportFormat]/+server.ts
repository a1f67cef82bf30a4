import { error } from '@sveltejs/kit';
import { m } from '$lib/paraglide/messages.js';
import { exportSearch } from '$lib/server/modules/catalogue/export';
import { parseCatalogueQuery } from '$lib/server/modules/catalogue/query';
import { CATALOGUE_AUDIENCE_SCOPE } from '$lib/server/modules/catalogue/stats';
import { countEvent } from '$lib/server/platform/analytics/service';
import { toCsv } from '$lib/server/platform/exports/csv';
import { attachment, exportFileName } from '$lib/server/platform/exports/download';
import { toXlsx } from '$lib/server/platform/exports/xlsx';
import { assertCan } from '$lib/server/platform/permissions';
import { hitRateLimit } from '$lib/server/platform/rate-limit/service';
import { platform } from '$lib/server/platform/runtime';
import type { RequestHandler } from './$types';

export const GET: RequestHandler = async ({ params, url, locals, getClientAddress }) => {
	assertCan(locals.actor, 'catalogue.read');
	const db = platform().database.db;
	const { allowed } = await hitRateLimit(db, `catalogue-export:${getClientAddress()}`, { max: 30, windowSeconds: 600 });
	if (!allowed) error(429, m.catalogue_export_limited());
	const format = params.format as 'xlsx' | 'csv';
	const { table } = await exportSearch(db, parseCatalogueQuery(url.searchParams).query, url.origin);
	await countEvent(db, CATALOGUE_AUDIENCE_SCOPE, `export-${format}`);
	const filename = exportFileName('banque-des-mesures', new Date(), format);
	return attachment(format === 'xlsx' ? await toXlsx(table, { creator: 'Espace MUNI' }) : toCsv(table), filename, format);
};
