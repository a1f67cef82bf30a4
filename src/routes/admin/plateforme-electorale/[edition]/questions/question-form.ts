import { fail, redirect, type RequestEvent } from '@sveltejs/kit';
import { requirePermission } from '$lib/server/modules/accounts/guards';
import { formValues } from '$lib/server/platform/form-values';
import { createQuizQuestion, updateQuizQuestion } from '$lib/server/modules/electoral/admin/quiz';
import type { Edition } from '$lib/server/modules/electoral/editions';
import { AppError, httpStatusOf } from '$lib/server/platform/errors';
import { platform } from '$lib/server/platform/runtime';
import { editionPaths } from '../../paths';

/**
 * Saves the question form and goes back to the quiz's list; a refusal brings the form back as typed,
 * with a message next to each wrong field (or, after someone else's save, for the whole form).
 */
export async function submitQuestion(event: RequestEvent, edition: Edition, target: { create: true } | { create: false; id: number }) {
	const { actor } = requirePermission(event.locals, event.url, 'electoral.manage');
	const db = platform().database.db;
	const values = formValues(await event.request.formData());
	try {
		if (target.create) await createQuizQuestion(db, actor, edition.id, values);
		else await updateQuizQuestion(db, actor, edition.id, target.id, values);
	} catch (cause) {
		if (!(cause instanceof AppError) || cause.code === 'not_found' || cause.code === 'forbidden') throw cause;
		const stale = cause.code === 'conflict';
		return fail(httpStatusOf[cause.code], { values, errors: cause.fields, message: stale ? cause.message : undefined, stale });
	}
	redirect(303, `${editionPaths(edition.slug).questions}?fait=${target.create ? 'ajoutee' : 'enregistree'}`);
}
