import { orHttpError } from '$lib/server/http';
import { requirePermission } from '$lib/server/modules/accounts/guards';
import { getResolution } from '$lib/server/modules/membership/applications/service';
import { contentDisposition } from '$lib/server/platform/exports/download';
import { platform } from '$lib/server/platform/runtime';
import type { RequestHandler } from './$types';

/** The council resolution sent with an application, downloaded by staff. */
export const GET: RequestHandler = async ({ locals, url, params }) => {
	const { actor } = requirePermission(locals, url, 'membership.manage');
	const file = await orHttpError(getResolution(platform().database.db, actor, params.id));
	return new Response(file.bytes, {
		headers: {
			'content-type': file.contentType,
			'content-disposition': contentDisposition(file.fileName),
			'cache-control': 'private, no-store',
			'x-content-type-options': 'nosniff'
		}
	});
};
