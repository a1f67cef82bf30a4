import { fail } from '@sveltejs/kit';
import { m } from '$lib/paraglide/messages.js';
import { requirePermission } from '$lib/server/modules/accounts/guards';
import { addEditionTerm, deleteEditionTerm, listEditionVocabularies, moveEditionTerm, renameEditionTerm } from '$lib/server/modules/electoral/admin/terms';
import { AppError, httpStatusOf } from '$lib/server/platform/errors';
import type { Actor } from '$lib/server/platform/roles';
import { platform } from '$lib/server/platform/runtime';
import { editionHeading, editionOf } from '../../edition-param';
import type { Actions, PageServerLoad, RequestEvent } from './$types';

const db = () => platform().database.db;

export const load: PageServerLoad = async ({ locals, url, params }) => {
	const { actor } = requirePermission(locals, url, 'electoral.manage');
	const edition = await editionOf(params.edition);
	return { edition: editionHeading(edition), vocabularies: await listEditionVocabularies(db(), actor, edition.id) };
};

/**
 * Runs one change of a term; a refusal comes back to the form it came from (`target`) with the
 * typed label, so that the message shows next to the right field.
 */
async function termAction(event: RequestEvent, target: (form: FormData) => string, change: (actor: Actor, editionId: number, form: FormData) => Promise<string>) {
	const { actor } = requirePermission(event.locals, event.url, 'electoral.manage');
	const edition = await editionOf(event.params.edition);
	const formData = await event.request.formData();
	try {
		return { done: await change(actor, edition.id, formData) };
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
const rowTarget = (form: FormData) => `term-${form.get('id')}`;

export const actions: Actions = {
	ajouter: (event) =>
		termAction(
			event,
			(form) => `add-${form.get('vocabulary')}`,
			async (actor, editionId, form) => m.electoral_admin_term_added({ label: (await addEditionTerm(db(), actor, editionId, { vocabulary: form.get('vocabulary'), label: form.get('label') })).label })
		),
	renommer: (event) =>
		termAction(event, rowTarget, async (actor, editionId, form) =>
			m.electoral_admin_term_renamed({ label: (await renameEditionTerm(db(), actor, editionId, termId(form), form.get('label'))).label })
		),
	deplacer: (event) =>
		termAction(event, rowTarget, async (actor, editionId, form) =>
			m.electoral_admin_term_moved({ label: (await moveEditionTerm(db(), actor, editionId, termId(form), form.get('direction'))).label })
		),
	supprimer: (event) =>
		termAction(event, rowTarget, async (actor, editionId, form) => m.electoral_admin_term_deleted({ label: (await deleteEditionTerm(db(), actor, editionId, termId(form))).label }))
};
