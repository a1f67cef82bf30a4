import { redirect } from '@sveltejs/kit';
import { verifyPassword } from 'better-auth/crypto';
import { and, eq } from 'drizzle-orm';
import { m } from '$lib/paraglide/messages.js';
import { localizeHref } from '$lib/paraglide/runtime';
import { formFailure } from '$lib/server/forms';
import { requireSignedIn } from '$lib/server/modules/accounts/guards';
import { erasePersonalData } from '$lib/server/modules/accounts/personal-data';
import { authAccount } from '$lib/server/modules/accounts/schema';
import { modules } from '$lib/server/platform/modules';
import { platform } from '$lib/server/platform/runtime';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = ({ locals, url }) => {
	requireSignedIn(locals, url);
	return {};
};

export const actions: Actions = {
	supprimer: async ({ request, locals, url, cookies }) => {
		const { actor } = requireSignedIn(locals, url);
		const formData = await request.formData();
		const errors: Record<string, string> = {};
		if (formData.get('confirm') !== 'oui') errors.confirm = m.my_data_delete_must_confirm();
		const password = String(formData.get('password') ?? '');
		const db = platform().database.db;
		const [credential] = await db
			.select({ hash: authAccount.password })
			.from(authAccount)
			.where(and(eq(authAccount.userId, actor.userId!), eq(authAccount.providerId, 'credential')));
		if (!password) errors.password = m.field_required();
		else if (!credential?.hash || !(await verifyPassword({ hash: credential.hash, password }))) errors.password = m.account_password_wrong();
		if (Object.keys(errors).length > 0) return formFailure(400, formData, errors);
		await erasePersonalData(db, modules, actor.userId!);
		for (const name of ['better-auth.session_token', '__Secure-better-auth.session_token']) cookies.delete(name, { path: '/' });
		redirect(303, `${localizeHref('/')}?compte-supprime=1`);
	}
};
