import { error, redirect } from '@sveltejs/kit';
import { localizeHref } from '$lib/paraglide/runtime';
import { renewPlatformToken } from '$lib/server/modules/electoral/platforms/service';
import { AppError } from '$lib/server/platform/errors';
import { platform } from '$lib/server/platform/runtime';
import { PRIVATE_HEADERS, editorActions, loadEditor } from '../../../plateforme-electorale/p/editor.server';
import { ownerAccess } from '../owner-access';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
	event.setHeaders(PRIVATE_HEADERS);
	return loadEditor(ownerAccess(event), event.url);
};

export const actions: Actions = {
	...editorActions(ownerAccess),
	/** A new private link, shown once on its page; the old link stops working. */
	nouveauLien: async (event) => {
		const access = ownerAccess(event);
		if (!('platformId' in access.key)) error(404);
		let token: string;
		try {
			token = await renewPlatformToken(platform().database.db, access.key.platformId, access.key.ownerUserId);
		} catch (cause) {
			if (cause instanceof AppError) error(404, cause.message);
			throw cause;
		}
		redirect(303, `${localizeHref(`/plateforme-electorale/p/${token}`)}?ok=nouveau-lien`);
	}
};
