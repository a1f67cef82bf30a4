import { m } from '$lib/paraglide/messages.js';
import { orFormFailure } from '$lib/server/http';
import { requireSignedIn } from '$lib/server/modules/accounts/guards';
import { createOrganisation, listMyOrganisations, switchOrganisation } from '$lib/server/modules/accounts/organisations';
import { authUser } from '$lib/server/modules/accounts/schema';
import { listBoroughs, listMunicipalityNames, listRegionNames, listTerritoryNames } from '$lib/server/modules/territory/service';
import { platform } from '$lib/server/platform/runtime';
import { eq } from 'drizzle-orm';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ locals, url }) => {
	const { actor } = requireSignedIn(locals, url);
	const db = platform().database.db;
	const [organisations, [me], regions, municipalities, territories, boroughs] = await Promise.all([
		listMyOrganisations(db, actor.userId!),
		db.select({ active: authUser.activeOrganisationId }).from(authUser).where(eq(authUser.id, actor.userId!)),
		listRegionNames(db),
		listMunicipalityNames(db),
		listTerritoryNames(db),
		listBoroughs(db)
	]);
	return { organisations, activeId: me?.active ?? null, regions, municipalities, territories, boroughs };
};

export const actions: Actions = {
	creer: async ({ request, locals, url }) => {
		const { actor } = requireSignedIn(locals, url);
		const formData = await request.formData();
		const { value: created, failure } = await orFormFailure(formData, createOrganisation(platform().database.db, actor, Object.fromEntries(formData)));
		if (failure) return failure;
		return { done: m.org_created({ name: created.name }) };
	},
	activer: async ({ request, locals, url }) => {
		const { actor } = requireSignedIn(locals, url);
		const formData = await request.formData();
		const organisationId = String(formData.get('organisationId') ?? '');
		const { failure } = await orFormFailure(formData, switchOrganisation(platform().database.db, actor, organisationId));
		if (failure) return failure;
		const organisations = await listMyOrganisations(platform().database.db, actor.userId!);
		return { done: m.org_switched({ name: organisations.find((entry) => entry.id === organisationId)?.name ?? '' }) };
	}
};
