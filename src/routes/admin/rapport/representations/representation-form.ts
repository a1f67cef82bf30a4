import { redirect, type RequestEvent } from '@sveltejs/kit';
import { orFormFailure } from '$lib/server/http';
import { requirePermission } from '$lib/server/modules/accounts/guards';
import { representationTypeLabel } from '$lib/server/modules/report/labels';
import { adminRepresentationPath } from '$lib/server/modules/report/paths';
import { saveRepresentation } from '$lib/server/modules/report/representations';
import { REPRESENTATION_TYPES } from '$lib/server/modules/report/schema';
import { platform } from '$lib/server/platform/runtime';

export const typeChoices = () => REPRESENTATION_TYPES.map((type) => ({ value: type, label: representationTypeLabel(type) }));

/** Saves the representation form; a bad input comes back with what was typed and the messages. */
export async function submitRepresentation(event: RequestEvent, id: string | null) {
	const { actor } = requirePermission(event.locals, event.url, 'report.manage');
	const formData = await event.request.formData();
	const { value, failure } = await orFormFailure(formData, saveRepresentation(platform().database.db, actor, id, Object.fromEntries(formData)));
	if (failure) return failure;
	redirect(303, `${adminRepresentationPath(value.id)}?fait=enregistre`);
}
