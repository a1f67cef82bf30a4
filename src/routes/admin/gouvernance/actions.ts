import { fail, redirect, type RequestEvent } from '@sveltejs/kit';
import { orFormFailure } from '$lib/server/http';
import { requirePermission } from '$lib/server/modules/accounts/guards';
import { parse } from '$lib/server/platform/validation';
import { GOVERNANCE_PERMISSION } from '$lib/server/modules/membership/governance/records';
import { deletionSchema } from '$lib/server/modules/membership/governance/validation';
import type { Database } from '$lib/server/db/types';
import type { Actor } from '$lib/server/platform/roles';
import { platform } from '$lib/server/platform/runtime';

export type GovernanceWork = (context: { db: Database; actor: Actor; fields: Record<string, FormDataEntryValue> }) => Promise<string>;

/**
 * Runs one form of a governance page: the permission is checked, the service does the change and
 * says what it did; a refusal comes back with what was typed and the name of the form (`target`),
 * so that the page shows the messages next to that form's fields and leaves the others alone.
 */
type FormEvent = Pick<RequestEvent, 'locals' | 'url' | 'request'>;

export async function governanceAction(event: FormEvent, target: string, work: GovernanceWork) {
	const { actor } = requirePermission(event.locals, event.url, GOVERNANCE_PERMISSION);
	const form = await event.request.formData();
	const { value, failure } = await orFormFailure(form, work({ db: platform().database.db, actor, fields: Object.fromEntries(form) }));
	if (failure) return fail(failure.status, { ...failure.data, target });
	return { done: value, target };
}

/** Deletes a record typed by mistake once the box is ticked, then goes back to the list, which says it is done. */
export function deletion<Row>(event: FormEvent, remove: (db: Database, actor: Actor) => Promise<Row>, listPath: (removed: Row) => string) {
	return governanceAction(event, 'delete', async ({ db, actor, fields }) => {
		parse(deletionSchema, fields);
		const removed = await remove(db, actor);
		redirect(303, `${listPath(removed)}?supprime=1`);
	});
}

type RecordService<Row> = {
	update: (db: Database, actor: Actor, id: string, fields: Record<string, FormDataEntryValue>) => Promise<Row>;
	end: (db: Database, actor: Actor, id: string, fields: Record<string, FormDataEntryValue>) => Promise<Row>;
	remove: (db: Database, actor: Actor, id: string) => Promise<Row>;
};

/** The three forms of a record's page (`[id]`): save the edit, record the end, delete a mistake. */
export function recordActions<Row>(
	service: RecordService<Row>,
	said: { saved: (row: Row) => string; ended: (row: Row) => string },
	listPath: (removed: Row) => string
) {
	type Event = FormEvent & { params: { id: string } };
	return {
		enregistrer: (event: Event) =>
			governanceAction(event, 'edit', async ({ db, actor, fields }) => said.saved(await service.update(db, actor, event.params.id, fields))),
		terminer: (event: Event) => governanceAction(event, 'end', async ({ db, actor, fields }) => said.ended(await service.end(db, actor, event.params.id, fields))),
		supprimer: (event: Event) => deletion(event, (db, actor) => service.remove(db, actor, event.params.id), listPath)
	};
}
