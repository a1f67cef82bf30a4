import type { ItemDetail } from '$lib/server/modules/catalogue/items';
import type { SearchContext } from '$lib/server/modules/catalogue/search';

/**
 * schema.org description of an item for search engines and aggregators: a grant for a funding
 * programme, a learning resource for a tool, a creative work for a measure or an initiative.
 * Returned as text safe to place inside a <script type="application/ld+json"> element.
 */
export function structuredData(item: ItemDetail, url: URL, context: SearchContext): string {
	const labels = (ids: number[]) => ids.map((id) => context.terms.byId.get(id)?.label).filter(Boolean);
	const place = item.municipalityName
		? { '@type': 'AdministrativeArea', name: item.municipalityName, containedInPlace: item.regionName ? { '@type': 'AdministrativeArea', name: item.regionName } : undefined }
		: undefined;
	const common = {
		'@context': 'https://schema.org',
		name: item.title,
		description: item.description,
		url: `${url.origin}${url.pathname}`,
		inLanguage: 'fr-CA',
		dateModified: item.updatedAt.toISOString(),
		keywords: labels(item.themeIds).join(', '),
		audience: labels(item.clienteleIds).map((audienceType) => ({ '@type': 'Audience', audienceType }))
	};
	const byKind = {
		mesure: { '@type': 'CreativeWork', ...common, spatialCoverage: place, temporalCoverage: item.planStartYear && item.planEndYear ? `${item.planStartYear}/${item.planEndYear}` : undefined, isPartOf: item.policyTitle ? { '@type': 'CreativeWork', name: item.policyTitle } : undefined },
		initiative: { '@type': 'CreativeWork', ...common, spatialCoverage: place, award: item.awardCategory ? `Prix Espace MUNI ${item.awardYear ?? ''} – ${item.awardCategory}`.trim() : undefined, contributor: item.partners ?? undefined },
		programme: { '@type': 'MonetaryGrant', ...common, funder: item.funder ? { '@type': 'Organization', name: item.funder } : undefined, validFrom: item.opensOn ?? undefined, validThrough: item.closesOn ?? undefined },
		outil: { '@type': 'LearningResource', ...common, learningResourceType: context.terms.byId.get(item.toolTypeId ?? -1)?.label, url: item.fileUrl ?? common.url }
	}[item.kind];
	return JSON.stringify(byKind).replace(/</g, '\\u003c');
}
