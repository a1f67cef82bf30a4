import { fail } from '@sveltejs/kit';
import { itemPath } from '$lib/catalogue';
import { m } from '$lib/paraglide/messages.js';
import { localizeHref } from '$lib/paraglide/runtime';
import { formatNumber } from '$lib/format';
import { requirePermission } from '$lib/server/modules/accounts/guards';
import { listAdminItems, parseAdminItemQuery } from '$lib/server/modules/catalogue/admin/listing';
import { formVocabularies } from '$lib/server/modules/catalogue/admin/form-choices';
import { bulkTag } from '$lib/server/modules/catalogue/editing';
import { loadTerms } from '$lib/server/modules/catalogue/terms';
import { AppError, httpStatusOf } from '$lib/server/platform/errors';
import { platform } from '$lib/server/platform/runtime';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ locals, url }) => {
	const { actor } = requirePermission(locals, url, 'catalogue.manage');
	const db = platform().database.db;
	const [result, terms] = await Promise.all([listAdminItems(db, actor, parseAdminItemQuery(url.searchParams)), loadTerms(db)]);
	return {
		...result,
		items: result.items.map((item) => ({
			...item,
			updatedAt: item.updatedAt.toISOString(),
			editHref: localizeHref(`/admin/banque/${item.id}`),
			publicHref: localizeHref(itemPath(item.kind, item.id))
		})),
		vocabularies: formVocabularies(terms)
	};
};

const BULK_FIELDS = ['action', 'theme', 'clientele'] as const;

export const actions: Actions = {
	etiqueter: async ({ request, locals, url }) => {
		const { actor } = requirePermission(locals, url, 'catalogue.manage');
		const formData = await request.formData();
		const ids = formData.getAll('ids').map(Number).filter((id) => Number.isSafeInteger(id) && id > 0);
		const [action, theme, clientele] = BULK_FIELDS.map((field) => String(formData.get(field) ?? ''));
		const slugs = (slug: string) => (slug ? [slug] : []);
		const change = action === 'retirer' ? { removeThemes: slugs(theme), removeClienteles: slugs(clientele) } : { addThemes: slugs(theme), addClienteles: slugs(clientele) };
		try {
			const changed = await bulkTag(platform().database.db, actor, ids, change);
			return { done: m.admin_catalogue_bulk_done({ count: changed, shown: formatNumber(changed) }) };
		} catch (cause) {
			if (!(cause instanceof AppError)) throw cause;
			// The checked items stay checked and the choices stay chosen, so that the person only fixes what is wrong.
			return fail(httpStatusOf[cause.code], { message: cause.message, checked: ids, values: { action, theme, clientele } });
		}
	}
};
