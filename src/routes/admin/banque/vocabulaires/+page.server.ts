import { fail } from '@sveltejs/kit';
import { m } from '$lib/paraglide/messages.js';
import { formatNumber } from '$lib/format';
import type { Actor } from '$lib/server/platform/roles';
import { requirePermission } from '$lib/server/modules/accounts/guards';
import { addTerm, listVocabularies, moveTerm, renameTerm, setTermRetired } from '$lib/server/modules/catalogue/admin/vocabularies';
import { AppError, httpStatusOf } from '$lib/server/platform/errors';
import { platform } from '$lib/server/platform/runtime';
import type { Actions, PageServerLoad, RequestEvent } from './$types';

export const load: PageServerLoad = async ({ locals, url }) => {
	const { actor } = requirePermission(locals, url, 'catalogue.manage');
	return { vocabularies: await listVocabularies(platform().database.db, actor) };
};

/**
 * Runs one change of a term; a refusal comes back to the form it came from (`target`), with the
 * typed label, so that the page shows the message next to the right field.
 */
async function termAction(event: RequestEvent, target: (form: FormData) => string, change: (actor: Actor, form: FormData) => Promise<string>) {
	const { actor } = requirePermission(event.locals, event.url, 'catalogue.manage');
	const formData = await event.request.formData();
	try {
		return { done: await change(actor, formData) };
	} catch (cause) {
		if (!(cause instanceof AppError)) throw cause;
		return fail(httpStatusOf[cause.code], {
			target: target(formData),
			errors: Object.keys(cause.fields).length ? cause.fields : { label: cause.message },
			values: { label: String(formData.get('label') ?? '') }
		});
	}
}

const termId = (form: FormData) => Number(form.get('id'));
const db = () => platform().database.db;

export const actions: Actions = {
	ajouter: (event) =>
		termAction(
			event,
			(form) => `add-${form.get('vocabulary')}`,
			async (actor, form) => {
				const term = await addTerm(db(), actor, { vocabulary: form.get('vocabulary'), label: form.get('label') });
				return m.admin_catalogue_term_added({ label: term.label, slug: term.slug });
			}
		),
	renommer: (event) =>
		termAction(
			event,
			(form) => `rename-${form.get('id')}`,
			async (actor, form) => {
				const { term, itemCount } = await renameTerm(db(), actor, termId(form), form.get('label'));
				return m.admin_catalogue_term_renamed({ label: term.label, count: itemCount, shown: formatNumber(itemCount) });
			}
		),
	retirer: (event) =>
		termAction(
			event,
			(form) => `rename-${form.get('id')}`,
			async (actor, form) => m.admin_catalogue_term_retired({ label: (await setTermRetired(db(), actor, termId(form), true)).label })
		),
	retablir: (event) =>
		termAction(
			event,
			(form) => `rename-${form.get('id')}`,
			async (actor, form) => m.admin_catalogue_term_restored({ label: (await setTermRetired(db(), actor, termId(form), false)).label })
		),
	deplacer: (event) =>
		termAction(
			event,
			(form) => `rename-${form.get('id')}`,
			async (actor, form) => m.admin_catalogue_term_moved({ label: (await moveTerm(db(), actor, termId(form), form.get('direction'))).label })
		)
};
