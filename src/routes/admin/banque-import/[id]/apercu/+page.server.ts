import { error, fail, redirect } from '@sveltejs/kit';
import { z } from 'zod';
import { itemPath } from '$lib/catalogue';
import { localizeHref } from '$lib/paraglide/runtime';
import { requirePermission } from '$lib/server/modules/accounts/guards';
import { isFlaggedDuplicate } from '$lib/server/modules/catalogue/import/rows';
import { previewImport, runImport } from '$lib/server/modules/catalogue/import/service';
import { AppError } from '$lib/server/platform/errors';
import { pageWindow } from '$lib/server/platform/pagination';
import { platform } from '$lib/server/platform/runtime';
import { keepToStep } from '../../import-id';
import type { Actions, PageServerLoad } from './$types';

const PAGE_SIZE = 100;

export const load: PageServerLoad = async ({ locals, url, params }) => {
	const { actor } = requirePermission(locals, url, 'catalogue.manage');
	let preview;
	try {
		preview = await previewImport(platform().database.db, actor, params.id);
	} catch (cause) {
		if (!(cause instanceof AppError)) throw cause;
		if (cause.code === 'not_found') error(404, cause.message);
		// Not mapped yet: the mapping comes first.
		redirect(303, localizeHref(`/admin/banque-import/${params.id}`));
	}
	const { record, rows, counts } = preview;
	keepToStep({ id: record.id, status: record.status, mapped: true }, 'preview');
	const requested = z.coerce.number().int().min(1).max(1000).catch(1).parse(url.searchParams.get('page') ?? 1);
	const { page, pageCount, offset, limit } = pageWindow(rows.length, requested, PAGE_SIZE);
	return {
		record: { id: record.id, fileName: record.fileName },
		counts,
		page,
		pageCount,
		rows: rows.slice(offset, offset + limit).map((row) => ({
			line: row.line,
			title: row.title,
			errors: Object.entries(row.errors).map(([field, message]) => ({ field, message })),
			duplicates: row.input ? row.duplicates.map((entry) => ({ id: entry.id, title: entry.title, href: localizeHref(itemPath(entry.kind, entry.id)) })) : [],
			sameAsLine: row.input ? row.sameAsLine : null,
			flagged: row.input !== null && isFlaggedDuplicate(row)
		}))
	};
};

export const actions: Actions = {
	importer: async ({ request, locals, url, params }) => {
		const { actor } = requirePermission(locals, url, 'catalogue.manage');
		const skipDuplicates = (await request.formData()).get('skipDuplicates') === 'on';
		try {
			await runImport(platform().database.db, actor, params.id, { skipDuplicates });
		} catch (cause) {
			if (!(cause instanceof AppError)) throw cause;
			if (cause.code === 'not_found') error(404, cause.message);
			return fail(cause.code === 'invalid_input' ? 400 : 409, { message: cause.message, skipDuplicates });
		}
		redirect(303, localizeHref(`/admin/banque-import/${params.id}/rapport`));
	}
};
