import { itemPath } from '$lib/catalogue';
import { localizeHref } from '$lib/paraglide/runtime';
import { orHttpError } from '$lib/server/http';
import { requirePermission } from '$lib/server/modules/accounts/guards';
import { getImport } from '$lib/server/modules/catalogue/import/service';
import { isoDay } from '$lib/server/platform/exports/table';
import { platform } from '$lib/server/platform/runtime';
import { keepToStep } from '../../import-id';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ locals, url, params }) => {
	const { actor } = requirePermission(locals, url, 'catalogue.manage');
	const { rows: _rows, ...record } = await orHttpError(getImport(platform().database.db, actor, params.id));
	keepToStep({ id: record.id, status: record.status, mapped: record.mapping !== null }, 'report');
	const report = record.report ?? { imported: [], skipped: [], skippedDuplicates: false };
	return {
		record: { id: record.id, fileName: record.fileName, importedOn: record.importedAt ? isoDay(record.importedAt) : null, actorName: record.actorName ?? '—', place: record.mapping?.place.name ?? null },
		imported: report.imported.map((entry) => ({
			...entry,
			href: localizeHref(itemPath(entry.kind, entry.id)),
			editHref: localizeHref(`/admin/banque/${entry.id}`)
		})),
		skipped: report.skipped.map((entry) => ({
			line: entry.line,
			title: entry.title,
			errors: Object.entries(entry.errors).map(([field, message]) => ({ field, message })),
			duplicateOf: entry.duplicateOf ? { title: entry.duplicateOf.title, href: localizeHref(itemPath(entry.duplicateOf.kind, entry.duplicateOf.id)) } : null,
			sameAsLine: entry.sameAsLine
		}))
	};
};
