import { quebecToday } from '$lib/fiscal-year';
import { m } from '$lib/paraglide/messages.js';
import { orFormFailure, orHttpError } from '$lib/server/http';
import { requireSignedIn } from '$lib/server/modules/accounts/guards';
import { getParticipation, MAX_STICKERS, MIN_STICKERS, saveParticipation } from '$lib/server/modules/membership/seal/campaign';
import { sealGuide } from '$lib/server/modules/membership/seal/guide';
import { sealMemberFor } from '$lib/server/modules/membership/seal/member';
import { SEAL_PNG_PIXELS } from '$lib/server/modules/membership/seal/seal-svg';
import { platform } from '$lib/server/platform/runtime';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ locals, url }) => {
	const { actor } = requireSignedIn(locals, url);
	const db = platform().database.db;
	const requested = url.searchParams.get('organisation');
	const member = await orHttpError(sealMemberFor(db, actor, quebecToday(), requested));
	const participation = await getParticipation(db, actor, member.organisationId, member.fiscalYear);
	return {
		member,
		participation,
		guide: sealGuide(),
		pngPixels: SEAL_PNG_PIXELS,
		stickers: { min: MIN_STICKERS, max: MAX_STICKERS },
		/** Carried on the download links when the person chose one of several organisations. */
		query: requested ? `?organisation=${encodeURIComponent(requested)}` : ''
	};
};

export const actions: Actions = {
	default: async ({ request, locals, url }) => {
		const { actor } = requireSignedIn(locals, url);
		const formData = await request.formData();
		const organisationId = String(formData.get('organisationId') ?? '');
		const { failure } = await orFormFailure(
			formData,
			saveParticipation(platform().database.db, actor, { organisationId, today: quebecToday() }, Object.fromEntries(formData))
		);
		if (failure) return failure;
		return { done: m.seal_campaign_saved() };
	}
};
