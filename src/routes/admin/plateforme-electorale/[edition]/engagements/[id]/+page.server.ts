import { orHttpError } from '$lib/server/http';
import { requirePermission } from '$lib/server/modules/accounts/guards';
import { commitmentValues, getCommitmentForEditing } from '$lib/server/modules/electoral/admin/commitments';
import { describeEvidence } from '$lib/server/modules/electoral/admin/evidence';
import { loadEditionTerms } from '$lib/server/modules/electoral/editions';
import { platform } from '$lib/server/platform/runtime';
import { editionHeading, editionOf, recordId } from '../../../edition-param';
import { commitmentFormChoices, submitCommitment } from '../commitment-form';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ locals, url, params }) => {
	const { actor } = requirePermission(locals, url, 'electoral.manage');
	const db = platform().database.db;
	const edition = await editionOf(params.edition);
	const { row, evidence } = await orHttpError(getCommitmentForEditing(db, actor, edition.id, recordId(params.id)));
	const terms = await loadEditionTerms(db, edition.id);
	return {
		edition: editionHeading(edition),
		commitment: { id: row.id, title: row.title, status: row.status, version: row.version, isDemo: row.isDemo },
		values: { ...commitmentValues(row, terms, evidence), version: String(row.version) },
		evidence: await describeEvidence(db, evidence),
		done: url.searchParams.get('fait'),
		...(await commitmentFormChoices(terms, url))
	};
};

export const actions: Actions = {
	default: async (event) => submitCommitment(event, await editionOf(event.params.edition), { create: false, id: recordId(event.params.id) })
};
