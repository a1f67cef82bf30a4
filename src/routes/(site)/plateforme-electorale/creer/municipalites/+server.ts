import { json } from '@sveltejs/kit';
import { lookupMunicipality } from '$lib/server/modules/electoral/platforms/municipality';
import { municipalityView } from '$lib/server/modules/electoral/platforms/views';
import { platform } from '$lib/server/platform/runtime';
import type { RequestHandler } from './$types';

/** The municipality field's suggestions as the person types: the one found, or the ones to choose from. */
export const GET: RequestHandler = async ({ url }) => {
	const { found, choices } = await lookupMunicipality(platform().database.db, url.searchParams.get('nom') ?? '');
	return json({ found: found && municipalityView(found), choices: choices.map(municipalityView) }, { headers: { 'cache-control': 'public, max-age=300' } });
};
