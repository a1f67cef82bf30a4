import { fail } from '@sveltejs/kit';
import { m } from '$lib/paraglide/messages.js';
import { requirePermission } from '$lib/server/modules/accounts/guards';
import { confirmImport } from '$lib/server/modules/membership/import/confirm';
import { decodeDraft, encodeDraft } from '$lib/server/modules/membership/import/draft';
import { matchRows } from '$lib/server/modules/membership/import/match';
import { readMemberList } from '$lib/server/modules/membership/import/read';
import { AppError } from '$lib/server/platform/errors';
import { platform } from '$lib/server/platform/runtime';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ locals, url }) => {
	requirePermission(locals, url, 'membership.manage');
	return {};
};

export const actions: Actions = {
	preview: async ({ request, locals, url }) => {
		requirePermission(locals, url, 'membership.manage');
		const file = (await request.formData()).get('file');
		try {
			const typed = await readMemberList(file instanceof File ? file : null);
			const rows = await matchRows(platform().database.db, typed);
			return { preview: { fileName: (file as File).name, draft: encodeDraft(typed), rows } };
		} catch (cause) {
			if (!(cause instanceof AppError) || cause.code !== 'invalid_input') throw cause;
			return fail(400, { errors: cause.fields });
		}
	},
	confirm: async ({ request, locals, url }) => {
		const { actor } = requirePermission(locals, url, 'membership.manage');
		const formData = await request.formData();
		const typed = decodeDraft(String(formData.get('draft') ?? ''));
		if (!typed) return fail(400, { errors: { file: m.import_members_expired() } });
		const choices = Object.fromEntries(
			[...formData.entries()].flatMap(([key, value]) => {
				const line = /^choice-(\d+)$/.exec(key)?.[1];
				return line ? [[Number(line), String(value)]] : [];
			})
		);
		const outcome = await confirmImport(platform().database.db, actor, typed, choices);
		return { done: outcome };
	}
};
