import { fail } from '@sveltejs/kit';
import { m } from '$lib/paraglide/messages.js';
import { requirePermission } from '$lib/server/modules/accounts/guards';
import { listQuizQuestions, moveQuizQuestion } from '$lib/server/modules/electoral/admin/quiz';
import { AppError, httpStatusOf } from '$lib/server/platform/errors';
import { platform } from '$lib/server/platform/runtime';
import { editionHeading, editionOf } from '../../edition-param';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ locals, url, params }) => {
	const { actor } = requirePermission(locals, url, 'electoral.manage');
	const edition = await editionOf(params.edition);
	return { edition: editionHeading(edition), questions: await listQuizQuestions(platform().database.db, actor, edition.id), done: url.searchParams.get('fait') };
};

export const actions: Actions = {
	deplacer: async ({ request, locals, url, params }) => {
		const { actor } = requirePermission(locals, url, 'electoral.manage');
		const edition = await editionOf(params.edition);
		const formData = await request.formData();
		try {
			const question = await moveQuizQuestion(platform().database.db, actor, edition.id, Number(formData.get('id')), formData.get('direction'));
			return { moved: m.electoral_admin_question_moved({ position: String(question.position + 1) }) };
		} catch (cause) {
			if (!(cause instanceof AppError)) throw cause;
			return fail(httpStatusOf[cause.code], { message: cause.message });
		}
	}
};
