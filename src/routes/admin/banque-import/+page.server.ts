import { fail, redirect } from '@sveltejs/kit';
import { localizeHref } from '$lib/paraglide/runtime';
import { requirePermission } from '$lib/server/modules/accounts/guards';
import { createImport, listImports } from '$lib/server/modules/catalogue/import/service';
import { AppError } from '$lib/server/platform/errors';
import { isoDay } from '$lib/server/platform/exports/table';
import { platform } from '$lib/server/platform/runtime';
import { stepHref } from './import-id';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ locals, url }) => {
	const { actor } = requirePermission(locals, url, 'catalogue.manage');
	const imports = await listImports(platform().database.db, actor);
	return {
		imports: imports.map((entry) => ({
			id: entry.id,
			fileName: entry.fileName,
			status: entry.status,
			uploadedOn: isoDay(entry.createdAt),
			actorName: entry.actorName,
			rowCount: entry.rowCount,
			importedCount: entry.importedCount === null ? null : Number(entry.importedCount),
			href: stepHref(entry)
		}))
	};
};

export const actions: Actions = {
	default: async ({ request, locals, url }) => {
		const { actor } = requirePermission(locals, url, 'catalogue.manage');
		const file = (await request.formData()).get('file');
		try {
			const { id } = await createImport(platform().database.db, actor, file instanceof File ? file : null);
			redirect(303, localizeHref(`/admin/banque-import/${id}`));
		} catch (cause) {
			if (!(cause instanceof AppError) || cause.code !== 'invalid_input') throw cause;
			return fail(400, { errors: cause.fields });
		}
	}
};
