import { orHttpError } from '$lib/server/http';
import { requirePermission } from '$lib/server/modules/accounts/guards';
import { getCommitmentForEditing } from '$lib/server/modules/electoral/admin/commitments';
import { describeEvidence } from '$lib/server/modules/electoral/admin/evidence';
import { listCommitmentHistory } from '$lib/server/modules/electoral/admin/history';
import { loadEditionTerms } from '$lib/server/modules/electoral/editions';
import { platform } from '$lib/server/platform/runtime';
import { editionHeading, editionOf, recordId } from '../../../../edition-param';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ locals, url, params }) => {
	const { actor } = requirePermission(locals, url, 'electoral.manage');
	const db = platform().database.db;
	const edition = await editionOf(params.edition);
	const { row } = await orHttpError(getCommitmentForEditing(db, actor, edition.id, recordId(params.id)));
	const [entries, terms] = await Promise.all([listCommitmentHistory(db, actor, row.id), loadEditionTerms(db, edition.id)]);
	const evidenceIds = entries.flatMap((entry) => entry.changes.filter((change) => change.field === 'evidence').flatMap((change) => [change.before ?? [], change.after ?? []].flat()));
	const evidence = await describeEvidence(db, [...new Set(evidenceIds.map(Number))]);
	return {
		edition: editionHeading(edition),
		commitment: { id: row.id, title: row.title },
		entries: entries.map((entry) => ({ ...entry, at: entry.at.toISOString() })),
		themes: terms.themes,
		clienteles: terms.clienteles,
		evidenceTitles: Object.fromEntries(evidence.map((item) => [String(item.id), item.title]))
	};
};
