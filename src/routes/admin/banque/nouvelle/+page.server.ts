import { redirect } from '@sveltejs/kit';
import { localizeHref } from '$lib/paraglide/runtime';
import { isItemKind } from '$lib/components/catalogue/item-form';
import { requirePermission } from '$lib/server/modules/accounts/guards';
import { loadItemFormChoices } from '$lib/server/modules/catalogue/admin/form-choices';
import { saveItemForm } from '$lib/server/modules/catalogue/admin/saving';
import { platform } from '$lib/server/platform/runtime';
import { itemFormFailure } from '../item-form-failure';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ locals, url }) => {
	requirePermission(locals, url, 'catalogue.manage');
	const kind = url.searchParams.get('type');
	// Without a script the form cannot change its fields, so the kind is chosen first, from the list page.
	if (!isItemKind(kind)) redirect(303, localizeHref('/admin/banque'));
	const { choices } = await loadItemFormChoices(platform().database.db);
	return { kind, ...choices };
};

export const actions: Actions = {
	default: async ({ request, locals, url }) => {
		const { actor } = requirePermission(locals, url, 'catalogue.manage');
		const db = platform().database.db;
		const formData = await request.formData();
		const status = formData.get('statut') === 'published' ? 'published' : 'draft';
		const outcome = await saveItemForm(db, actor, formData, { create: true, status });
		if (outcome.outcome !== 'saved') return itemFormFailure(db, formData, outcome);
		redirect(303, `${localizeHref(`/admin/banque/${outcome.item.id}`)}?fait=creee`);
	}
};
