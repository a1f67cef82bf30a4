import { error, redirect } from '@sveltejs/kit';
import { itemPath } from '$lib/catalogue';
import { localizeHref } from '$lib/paraglide/runtime';
import { orHttpError } from '$lib/server/http';
import { requirePermission } from '$lib/server/modules/accounts/guards';
import { itemFormValues, loadItemFormChoices } from '$lib/server/modules/catalogue/admin/form-choices';
import { saveItemForm } from '$lib/server/modules/catalogue/admin/saving';
import { getItemForEditing, setItemStatus } from '$lib/server/modules/catalogue/editing';
import { PUBLICATION_STATUSES, type PublicationStatus } from '$lib/server/modules/catalogue/schema';
import { platform } from '$lib/server/platform/runtime';
import { itemFormFailure } from '../item-form-failure';
import { itemId } from '../item-id';
import type { Actions, PageServerLoad } from './$types';

const editHref = (id: number, done: string) => `${localizeHref(`/admin/banque/${id}`)}?fait=${done}`;

export const load: PageServerLoad = async ({ locals, url, params }) => {
	const { actor } = requirePermission(locals, url, 'catalogue.manage');
	const db = platform().database.db;
	const item = await orHttpError(getItemForEditing(db, actor, itemId(params.id)));
	const { terms, choices } = await loadItemFormChoices(db);
	return {
		item: {
			id: item.id,
			kind: item.kind,
			title: item.title,
			status: item.status,
			reviewStatus: item.reviewStatus,
			version: item.version,
			publicHref: localizeHref(itemPath(item.kind, item.id)),
			historyHref: localizeHref(`/admin/banque/${item.id}/historique`)
		},
		values: await itemFormValues(db, item, terms),
		done: url.searchParams.get('fait'),
		...choices
	};
};

export const actions: Actions = {
	enregistrer: async ({ request, locals, url, params }) => {
		const { actor } = requirePermission(locals, url, 'catalogue.manage');
		const db = platform().database.db;
		const formData = await request.formData();
		const id = itemId(params.id);
		const outcome = await orHttpError(saveItemForm(db, actor, formData, { create: false, id, expectedVersion: Number(formData.get('version')) }));
		if (outcome.outcome !== 'saved') return itemFormFailure(db, formData, outcome);
		redirect(303, editHref(id, 'enregistree'));
	},
	statut: async ({ request, locals, url, params }) => {
		const { actor } = requirePermission(locals, url, 'catalogue.manage');
		const status = String((await request.formData()).get('status') ?? '');
		if (!PUBLICATION_STATUSES.includes(status as PublicationStatus)) error(400, 'Statut inconnu.');
		const id = itemId(params.id);
		await orHttpError(setItemStatus(platform().database.db, actor, id, status as PublicationStatus));
		redirect(303, editHref(id, 'statut'));
	}
};
