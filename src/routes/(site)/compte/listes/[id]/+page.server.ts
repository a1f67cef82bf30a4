import { m } from '$lib/paraglide/messages.js';
import { localizeHref } from '$lib/paraglide/runtime';
import { orFormFailure, orHttpError } from '$lib/server/http';
import { requirePermission } from '$lib/server/modules/accounts/guards';
import { kindLabel } from '$lib/server/modules/catalogue/labels';
import { annotateItem, getList, moveItem, removeItem, updateList, type MoveTarget } from '$lib/server/modules/catalogue/lists/service';
import { platform } from '$lib/server/platform/runtime';
import type { Actions, PageServerLoad, RequestEvent } from './$types';

export const load: PageServerLoad = async ({ locals, url, params }) => {
	const { actor } = requirePermission(locals, url, 'catalogue.lists');
	const list = await orHttpError(getList(platform().database.db, actor, params.id));
	return {
		list: {
			id: list.id,
			name: list.name,
			description: list.description,
			entries: list.entries.map((entry) => ({
				itemId: entry.itemId,
				title: entry.title,
				note: entry.note,
				href: entry.path ? localizeHref(entry.path) : null,
				details: [kindLabel(entry.kind), [entry.placeName, entry.regionName].filter(Boolean).join(', '), entry.year].filter(Boolean).join(' · '),
				themes: entry.themes
			}))
		},
		created: url.searchParams.get('ok') === 'creee'
	};
};

/** The signed-in owner, the submitted form and the entry it is about, for the actions on one entry. */
async function entryForm({ request, locals, url }: RequestEvent) {
	const { actor } = requirePermission(locals, url, 'catalogue.lists');
	const formData = await request.formData();
	return { actor, formData, itemId: Number(formData.get('itemId')), db: platform().database.db };
}

export const actions: Actions = {
	renommer: async ({ request, locals, url, params }) => {
		const { actor } = requirePermission(locals, url, 'catalogue.lists');
		const formData = await request.formData();
		const { failure } = await orFormFailure(
			formData,
			updateList(platform().database.db, actor, params.id, { name: String(formData.get('name') ?? ''), description: String(formData.get('description') ?? '') })
		);
		if (failure) return failure;
		return { done: m.lists_done_updated() };
	},
	deplacer: async (event) => {
		const { actor, formData, itemId, db } = await entryForm(event);
		const direction = formData.get('direction');
		const target: MoveTarget = direction === 'up' || direction === 'down' ? direction : { position: String(formData.get('position') ?? '') };
		const { value: moved, failure } = await orFormFailure(formData, moveItem(db, actor, event.params.id, itemId, target));
		if (failure) return failure;
		return { done: m.lists_done_moved(moved) };
	},
	noter: async (event) => {
		const { actor, formData, itemId, db } = await entryForm(event);
		const { value: noted, failure } = await orFormFailure(formData, annotateItem(db, actor, event.params.id, itemId, String(formData.get('note') ?? '')));
		if (failure) return failure;
		return { done: m.lists_done_noted(noted) };
	},
	retirer: async (event) => {
		const { actor, formData, itemId, db } = await entryForm(event);
		const { value: removed, failure } = await orFormFailure(formData, removeItem(db, actor, event.params.id, itemId));
		if (failure) return failure;
		return { done: m.lists_done_removed(removed) };
	}
};
