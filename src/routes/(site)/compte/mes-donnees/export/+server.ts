import { requireSignedIn } from '$lib/server/modules/accounts/guards';
import { exportPersonalData } from '$lib/server/modules/accounts/personal-data';
import { modules } from '$lib/server/platform/modules';
import { platform } from '$lib/server/platform/runtime';
import type { RequestHandler } from './$types';

export const GET: RequestHandler = async ({ locals, url }) => {
	const { actor } = requireSignedIn(locals, url);
	const data = await exportPersonalData(platform().database.db, modules, actor.userId!);
	return new Response(JSON.stringify(data, null, 2), {
		headers: {
			'content-type': 'application/json; charset=utf-8',
			'content-disposition': `attachment; filename="mes-donnees-espace-muni-${new Date().toISOString().slice(0, 10)}.json"`,
			'cache-control': 'no-store'
		}
	});
};
