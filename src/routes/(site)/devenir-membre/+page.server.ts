import { fail, redirect } from '@sveltejs/kit';
import { quebecToday } from '$lib/fiscal-year';
import { m } from '$lib/paraglide/messages.js';
import { localizeHref } from '$lib/paraglide/runtime';
import { typedValues } from '$lib/server/forms';
import { findPlace } from '$lib/server/modules/membership/applications/places';
import { checkApplication, submitApplication } from '$lib/server/modules/membership/applications/service';
import { isPlaceKind, memberKindSchema } from '$lib/server/modules/membership/applications/validation';
import { ORGANISATION_KINDS } from '$lib/server/modules/accounts/schema';
import { hitRateLimit } from '$lib/server/platform/rate-limit/service';
import { platform } from '$lib/server/platform/runtime';
import type { Actions, PageServerLoad } from './$types';

/** Applications one address may send in an hour: enough for a shared town-hall connection, too few to flood staff. */
const APPLICATIONS_PER_HOUR = 10;

export const load: PageServerLoad = async ({ locals }) => ({
	kinds: ORGANISATION_KINDS,
	prefill: locals.user ? { contactName: locals.user.name, contactEmail: locals.user.email } : null
});

async function uploadedFile(formData: FormData) {
	const file = formData.get('resolution');
	if (!(file instanceof File) || file.size === 0) return null;
	return { name: file.name, bytes: new Uint8Array(await file.arrayBuffer()) };
}

export const actions: Actions = {
	/** « Chercher »: finds the place typed and offers the homonyms, keeping everything else as typed. */
	chercher: async ({ request }) => {
		const formData = await request.formData();
		const values = typedValues(formData);
		const kind = memberKindSchema.safeParse(values.kind).data;
		if (!kind || !isPlaceKind(kind)) return { values, choices: [], errors: { kind: m.member_join_kind_first() } };
		const found = await findPlace(platform().database.db, kind, values.place ?? '', values.placeRef ?? '');
		return {
			values: { ...values, placeRef: found.place?.ref ?? values.placeRef ?? '' },
			choices: found.choices,
			chosen: found.place ? found.place.name : null,
			errors: found.error ? { place: found.error } : {}
		};
	},
	envoyer: async ({ request, locals, getClientAddress }) => {
		const formData = await request.formData();
		const db = platform().database.db;
		const values = typedValues(formData);
		const { allowed } = await hitRateLimit(db, `membership-application:${getClientAddress()}`, { max: APPLICATIONS_PER_HOUR, windowSeconds: 3600 });
		if (!allowed) return fail(429, { values, choices: [], errors: {}, message: m.member_join_too_many() });
		const checked = await checkApplication(db, values, await uploadedFile(formData), quebecToday());
		if (!checked.application) return fail(400, { values, choices: checked.choices, errors: checked.errors, message: undefined });
		await submitApplication(db, checked.application, locals.actor.userId);
		redirect(303, localizeHref('/devenir-membre/merci'));
	}
};
