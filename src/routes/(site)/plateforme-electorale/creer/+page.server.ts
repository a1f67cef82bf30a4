import { error, fail, redirect } from '@sveltejs/kit';
import { m } from '$lib/paraglide/messages.js';
import { localizeHref } from '$lib/paraglide/runtime';
import { typedValues } from '$lib/server/forms';
import { currentEdition, getEditionBySlug, loadEditionTerms } from '$lib/server/modules/electoral/editions';
import { readChoicesForm } from '$lib/server/modules/electoral/platforms/forms';
import { checkChoices, createPlatform } from '$lib/server/modules/electoral/platforms/service';
import { municipalityView } from '$lib/server/modules/electoral/platforms/views';
import { AppError, httpStatusOf } from '$lib/server/platform/errors';
import { hitRateLimit } from '$lib/server/platform/rate-limit/service';
import { platform } from '$lib/server/platform/runtime';
import type { Actions, PageServerLoad } from './$types';

/** Platforms one address may start in an hour: plenty for a campaign team, too few to fill the table. */
const STARTS_PER_HOUR = 30;

export const load: PageServerLoad = async ({ parent, url }) => {
	const { edition, requestedEdition } = await parent();
	if (!edition) {
		if (requestedEdition) error(404, m.electoral_public_edition_not_found());
		return { terms: null, checked: null, values: null };
	}
	const db = platform().database.db;
	const terms = await loadEditionTerms(db, edition.id);
	// « Vérifier » sends the form by GET: the municipality is read, and everything ticked comes back ticked.
	const typed = readChoicesForm(url.searchParams);
	const checking = url.searchParams.has('verifier');
	const checked = checking && (typed.municipality || typed.municipalityCode) ? await checkChoices(db, terms, typed) : null;
	return {
		terms: { themes: terms.themes.map(({ id, label }) => ({ id, label })), clienteles: terms.clienteles.map(({ id, label }) => ({ id, label })) },
		checked: checked && {
			municipalityError: checked.errors.municipality,
			chosen: checked.municipality && municipalityView(checked.municipality),
			choices: checked.choices.map(municipalityView)
		},
		values: {
			municipality: typed.municipality,
			code: typed.municipalityCode,
			themeIds: typed.themeIds.map(Number),
			clienteleIds: typed.clienteleIds.map(Number),
			candidateName: url.searchParams.get('candidateName')?.slice(0, 200) ?? ''
		}
	};
};

export const actions: Actions = {
	default: async ({ request, locals, url, getClientAddress }) => {
		const formData = await request.formData();
		const db = platform().database.db;
		// The edition the page showed (see the layout): the one asked for in the address, else the current one.
		const requested = url.searchParams.get('edition');
		const edition = requested ? await getEditionBySlug(db, requested) : await currentEdition(db);
		if (!edition) error(404, m.electoral_public_edition_not_found());
		const { allowed } = await hitRateLimit(db, `electoral-platform-start:${getClientAddress()}`, { max: STARTS_PER_HOUR, windowSeconds: 3600 });
		if (!allowed) return fail(429, { values: typedValues(formData), errors: {}, message: m.electoral_builder_too_many_starts() });
		const checked = await checkChoices(db, await loadEditionTerms(db, edition.id), readChoicesForm(formData));
		const failure = (status: number, errors: Record<string, string>, message?: string) =>
			fail(status, { values: typedValues(formData), themeIds: formData.getAll('themes').map(Number), clienteleIds: formData.getAll('clienteles').map(Number), errors, message, choices: checked.choices.map(municipalityView) });
		let created: { token: string };
		try {
			created = await createPlatform(db, { editionId: edition.id, ownerUserId: locals.actor.userId ?? null, candidateName: String(formData.get('candidateName') ?? ''), choices: checked });
		} catch (cause) {
			if (!(cause instanceof AppError)) throw cause;
			const hasFields = Object.keys(cause.fields).length > 0;
			return failure(httpStatusOf[cause.code], cause.fields, hasFields ? undefined : cause.message);
		}
		redirect(303, `${localizeHref(`/plateforme-electorale/p/${created.token}`)}?ok=creee`);
	}
};
