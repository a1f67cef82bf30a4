import { requirePermission } from '$lib/server/modules/accounts/guards';
import { listEditionCommitments, parseCommitmentQuery } from '$lib/server/modules/electoral/admin/commitments';
import { platform } from '$lib/server/platform/runtime';
import { editionHeading, editionOf } from '../../edition-param';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ locals, url, params }) => {
	const { actor } = requirePermission(locals, url, 'electoral.manage');
	const edition = await editionOf(params.edition);
	const { terms, ...result } = await listEditionCommitments(platform().database.db, actor, edition.id, parseCommitmentQuery(url.searchParams));
	const label = (id: number) => terms.byId.get(id)?.label ?? '';
	return {
		edition: editionHeading(edition),
		...result,
		items: result.items.map((item) => ({ ...item, themeLabel: label(item.themeId), clienteleLabels: item.clienteleIds.map(label) })),
		themes: terms.themes,
		clienteles: terms.clienteles
	};
};
