import { fail, redirect, type RequestEvent } from '@sveltejs/kit';
import { requirePermission } from '$lib/server/modules/accounts/guards';
import { COMMITMENT_LIST_FIELDS, saveCommitment } from '$lib/server/modules/electoral/admin/commitments';
import { applyEvidenceOperation, describeEvidence, parseEvidenceOperation, searchEvidence, type EvidenceItem } from '$lib/server/modules/electoral/admin/evidence';
import { formValues, listOf, textOf, type FormValues } from '$lib/server/platform/form-values';
import type { Edition, EditionTerms } from '$lib/server/modules/electoral/editions';
import { platform } from '$lib/server/platform/runtime';
import { editionPaths } from '../../paths';
import { SEARCH_PARAMETER } from './search-parameter';


/** What the commitment form gets back when nothing was saved: always the values as typed, and why. */
export type CommitmentFormFailure = {
	values: FormValues;
	errors: Record<string, string>;
	message?: string;
	/** The linked items as the person left them, including the change they just asked for. */
	evidence: EvidenceItem[];
	/** An evidence button was pressed: its change waits for the fields to be fixed. */
	pendingEvidence: boolean;
	/** What the commitment says now, after someone else saved it. */
	current?: { values: FormValues; version: number; evidence: EvidenceItem[] };
};

const DONE_BY_OPERATION = { add: 'preuve-ajoutee', remove: 'preuve-retiree', up: 'preuve-deplacee', down: 'preuve-deplacee' } as const;

/** What both commitment pages show: the edition's terms, and the bank items found by the evidence search. */
export async function commitmentFormChoices(terms: EditionTerms, url: URL) {
	const search = await searchEvidence(platform().database.db, url.searchParams.get(SEARCH_PARAMETER) ?? '');
	return { themes: terms.themes, clienteles: terms.clienteles, search };
}

/**
 * Saves the commitment form. The evidence buttons (add, remove, move) submit the same form with
 * an `operation`, so that a change to the evidence never loses what was typed in the fields:
 * everything is saved together, or comes back together with the messages.
 */
export async function submitCommitment(event: RequestEvent, edition: Edition, target: { create: true } | { create: false; id: number }) {
	const { actor } = requirePermission(event.locals, event.url, 'electoral.manage');
	const db = platform().database.db;
	const formData = await event.request.formData();
	const values = formValues(formData, COMMITMENT_LIST_FIELDS);
	const operation = parseEvidenceOperation(formData.get('operation'));
	if (operation) values.evidence = applyEvidenceOperation(listOf(values.evidence).map(Number), operation).map(String);
	const outcome = await saveCommitment(db, actor, edition.id, values, target.create ? target : { ...target, expectedVersion: Number(textOf(values.version)) });

	if (outcome.outcome === 'saved') {
		const params = new URLSearchParams({ fait: operation ? DONE_BY_OPERATION[operation.action] : target.create ? 'cree' : 'enregistre' });
		const search = event.url.searchParams.get(SEARCH_PARAMETER);
		if (search) params.set(SEARCH_PARAMETER, search);
		redirect(303, `${editionPaths(edition.slug).commitment(outcome.commitment.id)}?${params}${operation ? '#preuves' : ''}`);
	}
	const evidence = await describeEvidence(db, listOf(values.evidence).map(Number));
	if (outcome.outcome === 'invalid') {
		return fail(400, { values, errors: outcome.errors, message: outcome.message, evidence, pendingEvidence: Boolean(operation) } satisfies CommitmentFormFailure);
	}
	const current = { ...outcome.current, evidence: await describeEvidence(db, listOf(outcome.current.values.evidence).map(Number)) };
	return fail(409, { values, errors: {}, message: outcome.message, evidence, pendingEvidence: Boolean(operation), current } satisfies CommitmentFormFailure);
}
