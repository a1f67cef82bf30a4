import { itemPath } from '$lib/catalogue';
import { m } from '$lib/paraglide/messages.js';
import type { Database } from '../../db/types';
import type { ExportTable } from '../../platform/exports/table';
import { kindLabel } from './labels';
import type { CatalogueQuery } from './query';
import { loadSearchContext, searchCatalogue } from './search';

/** More rows than any action plan; a larger bank is read through the paginated API. */
export const EXPORT_MAX_ROWS = 10_000;

/** The items of a search as one table, in the search's order, for the .xlsx and .csv exports. */
export async function exportSearch(db: Database, query: CatalogueQuery, origin: string): Promise<{ table: ExportTable; truncated: boolean }> {
	const context = await loadSearchContext(db);
	const result = await searchCatalogue(db, { ...query, page: 1 }, { context, facets: false, plain: true, pageSize: EXPORT_MAX_ROWS + 1 });
	const labels = (ids: number[]) => ids.map((id) => context.terms.byId.get(id)?.label ?? '').filter(Boolean);
	const items = result.items.slice(0, EXPORT_MAX_ROWS);
	return {
		truncated: result.items.length > EXPORT_MAX_ROWS,
		table: {
			title: m.catalogue_title(),
			columns: [
				{ key: 'kind', header: m.export_column_kind(), width: 16 },
				{ key: 'title', header: m.export_column_title(), width: 50 },
				{ key: 'description', header: m.catalogue_description(), width: 70 },
				{ key: 'place', header: m.export_column_place(), width: 24 },
				{ key: 'region', header: m.catalogue_facet_regions(), width: 22 },
				{ key: 'year', header: m.catalogue_facet_years(), kind: 'number', width: 8 },
				{ key: 'themes', header: m.catalogue_facet_themes(), width: 30 },
				{ key: 'clienteles', header: m.catalogue_facet_clienteles(), width: 30 },
				{ key: 'policyType', header: m.catalogue_facet_policy_types(), width: 30 },
				{ key: 'opensOn', header: m.catalogue_opens_on(), kind: 'date', width: 12 },
				{ key: 'closesOn', header: m.catalogue_closes_on(), kind: 'date', width: 12 },
				{ key: 'demo', header: m.export_column_demo(), width: 10 },
				{ key: 'url', header: m.export_column_url(), kind: 'url', width: 40 }
			],
			rows: items.map((item) => ({
				kind: kindLabel(item.kind),
				title: item.title,
				description: item.excerpt,
				place: item.placeName,
				region: item.regionName,
				year: item.year,
				themes: labels(item.themeIds),
				clienteles: labels(item.clienteleIds),
				policyType: item.policyTypeId === null ? null : (context.terms.byId.get(item.policyTypeId)?.label ?? null),
				opensOn: item.opensOn ? new Date(`${item.opensOn}T00:00:00Z`) : null,
				closesOn: item.closesOn ? new Date(`${item.closesOn}T00:00:00Z`) : null,
				demo: item.isDemo ? m.export_yes() : m.export_no(),
				url: `${origin}${itemPath(item.kind, item.id)}`
			}))
		}
	};
}
