import { error } from '@sveltejs/kit';
import { itemPath, kindOfPath } from '$lib/catalogue';
import { populationClassLabel } from '$lib/format';
import { m } from '$lib/paraglide/messages.js';
import { localizeHref } from '$lib/paraglide/runtime';
import { orFormFailure } from '$lib/server/http';
import { requirePermission } from '$lib/server/modules/accounts/guards';
import { getItem, relatedItems } from '$lib/server/modules/catalogue/items';
import { addItemToChosenList, listMyLists } from '$lib/server/modules/catalogue/lists/service';
import { kindLabel } from '$lib/server/modules/catalogue/labels';
import { loadSearchContext } from '$lib/server/modules/catalogue/search';
import { assertCan, can } from '$lib/server/platform/permissions';
import { platform } from '$lib/server/platform/runtime';
import { countCatalogueVisit } from '../../audience';
import { capitalised, windowLabel } from '../../search-model';
import { structuredData } from './structured-data';
import type { Actions, PageServerLoad } from './$types';

const progressLabels = {
	prevue: m.progress_prevue,
	'en-cours': m.progress_en_cours,
	realisee: m.progress_realisee,
	continue: m.progress_continue
};

export const load: PageServerLoad = async (event) => {
	const { params, locals, url } = event;
	assertCan(locals.actor, 'catalogue.read');
	const kind = kindOfPath(params.type)!;
	const db = platform().database.db;
	const item = await getItem(db, kind, Number(params.id), { includeUnpublished: can(locals.actor, 'catalogue.manage') });
	if (!item) error(404, m.catalogue_item_not_found());

	const [context, related, lists] = await Promise.all([
		loadSearchContext(db),
		relatedItems(db, item),
		can(locals.actor, 'catalogue.lists') ? listMyLists(db, locals.actor, { containing: item.id }) : null
	]);
	await countCatalogueVisit(event, null);
	const labelOf = (id: number | null) => (id === null ? null : (context.terms.byId.get(id)?.label ?? null));
	const searchHref = (parameter: string, value: string) => `${localizeHref('/banque')}?${new URLSearchParams({ [parameter]: value })}`;
	const populationClass = context.classes.find((entry) => entry.id === item.populationClassId);

	return {
		item: {
			id: item.id,
			kind: item.kind,
			kindLabel: kindLabel(item.kind),
			kindListHref: localizeHref(itemPath(item.kind, 0).replace(/\/0$/, '')),
			kindListLabel: capitalised(kindLabel(item.kind, 'plural')),
			status: item.status,
			title: item.title,
			description: item.description,
			isDemo: item.isDemo,
			year: item.year,
			municipality: item.municipalityCode ? { code: item.municipalityCode, name: item.municipalityName, href: localizeHref(`/municipalites/${item.municipalityCode}`) } : null,
			territoryName: item.territoryName,
			region: item.regionCode ? { name: item.regionName, href: localizeHref(`/regions/${item.regionCode}`) } : null,
			populationClass: populationClass ? { label: populationClassLabel(populationClass), href: searchHref('population', String(populationClass.id)) } : null,
			population: item.population,
			themes: item.themeIds.map((id) => context.terms.byId.get(id)).filter((term) => term !== undefined).map((term) => ({ label: term.label, href: searchHref('theme', term.slug) })),
			clienteles: item.clienteleIds.map((id) => context.terms.byId.get(id)).filter((term) => term !== undefined).map((term) => ({ label: term.label, href: searchHref('clientele', term.slug) })),
			policyType: labelOf(item.policyTypeId),
			policyTitle: item.policyTitle,
			adoptionYear: item.adoptionYear,
			plan: item.planStartYear && item.planEndYear ? `${item.planStartYear}–${item.planEndYear}` : null,
			progress: item.progress ? progressLabels[item.progress]() : null,
			partners: item.partners,
			results: item.results,
			award: item.awardCategory ? m.catalogue_award({ category: item.awardCategory, year: String(item.awardYear ?? '') }) : null,
			funder: item.funder,
			objectives: item.objectives,
			eligibleApplicants: item.eligibleApplicants,
			amounts: item.amounts,
			amountTiers: item.amountTiers ?? [],
			opensOn: item.opensOn,
			closesOn: item.closesOn,
			window: item.kind === 'programme' ? windowLabel(item.opensOn, item.closesOn) : null,
			guideUrl: item.guideUrl,
			formUrl: item.formUrl,
			toolType: labelOf(item.toolTypeId),
			processStep: item.processStep,
			fileUrl: item.fileUrl,
			links: item.links,
			updatedAt: item.updatedAt.toISOString()
		},
		related: related.map((entry) => ({ ...entry, href: localizeHref(itemPath(entry.kind, entry.id)), kindLabel: kindLabel(entry.kind) })),
		structuredData: structuredData(item, url, context),
		canManage: can(locals.actor, 'catalogue.manage'),
		lists: lists?.map((list) => ({ id: list.id, name: list.name, containsItem: list.containsItem })) ?? null,
		loginHref: `${localizeHref('/compte/connexion')}?suite=${encodeURIComponent(url.pathname)}`
	};
};

export const actions: Actions = {
	ajouterAListe: async ({ request, locals, url, params }) => {
		const { actor } = requirePermission(locals, url, 'catalogue.lists');
		const formData = await request.formData();
		const choice = { listId: String(formData.get('listId') ?? ''), newListName: String(formData.get('newListName') ?? '') };
		const { value: added, failure } = await orFormFailure(formData, addItemToChosenList(platform().database.db, actor, Number(params.id), choice));
		if (failure) return failure;
		return {
			done: added.added ? m.lists_add_done({ name: added.name, position: added.position }) : m.lists_add_already_done({ name: added.name }),
			listHref: localizeHref(`/compte/listes/${added.listId}`),
			listName: added.name
		};
	}
};
