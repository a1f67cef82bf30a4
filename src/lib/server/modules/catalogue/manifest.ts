import { sql } from 'drizzle-orm';
import { itemPath } from '$lib/catalogue';
import { m } from '$lib/paraglide/messages.js';
import type { ModuleManifest, StatFigure } from '../../platform/manifest';
import { EVERYONE, STAFF_ONLY } from '../../platform/roles';
import { loadDemoCatalogue } from './demo-loader';
import { kindLabel } from './labels';
import { emptyCatalogueQuery } from './query';
import { CATALOGUE_KINDS } from './schema';
import { searchCatalogue } from './search';
import { catalogueFigures } from './stats';
import { seedTerms } from './terms';
import { memberPortalSection } from './contributions/member-portal-section';
import { municipalitySection } from './municipality-section';
import { eraseListData, exportListData } from './lists/personal-data';

export const manifest: ModuleManifest = {
	name: 'catalogue',
	dependsOn: ['territory', 'accounts'],
	navigation: [{ href: '/banque', label: () => m.nav_catalogue(), description: () => m.nav_catalogue_description(), order: 1 }],
	administration: [
		{ href: '/admin/banque', label: () => m.admin_entry_catalogue(), description: () => m.admin_entry_catalogue_description(), permission: 'catalogue.manage', order: 10 },
		{ href: '/admin/banque-contributions', label: () => m.admin_entry_contributions(), description: () => m.admin_entry_contributions_description(), permission: 'catalogue.manage', order: 11 },
		{ href: '/admin/banque-import', label: () => m.admin_entry_import(), description: () => m.admin_entry_import_description(), permission: 'catalogue.manage', order: 12 }
	],
	permissions: {
		'catalogue.read': EVERYONE,
		'catalogue.manage': STAFF_ONLY,
		// Proposing a measure for one's own organisation; the service also checks the membership.
		'catalogue.contribute': ['member', 'consultant', 'staff', 'admin'],
		// A person's own lists of items (« Mes listes »).
		'catalogue.lists': ['member', 'consultant', 'staff', 'admin']
	},
	async search(db, text, limit) {
		const result = await searchCatalogue(db, emptyCatalogueQuery({ text }), { pageSize: limit, facets: false });
		return result.items.map((item, index) => ({
			kind: kindLabel(item.kind),
			title: item.title,
			href: itemPath(item.kind, item.id),
			detail: [item.placeName, item.year].filter(Boolean).join(' · '),
			score: 3.5 - index * 0.05
		}));
	},
	async stats(db, period) {
		const figures = await catalogueFigures(db, period);
		const source = (kind: string) => `/banque?type=${kind}`;
		const published: StatFigure[] = CATALOGUE_KINDS.map((kind) => ({
			key: `catalogue.published.${kind}`,
			label: () => m.stat_catalogue_published({ kind: kindLabel(kind, 'plural') }),
			value: figures.published[kind],
			source: source(kind),
			headline: true
		}));
		const added: StatFigure[] = CATALOGUE_KINDS.map((kind) => ({
			key: `catalogue.added.${kind}`,
			label: () => m.stat_catalogue_added({ kind: kindLabel(kind, 'plural') }),
			value: figures.added[kind],
			source: source(kind)
		}));
		return [
			...published,
			...added,
			{ key: 'catalogue.searches', label: () => m.stat_catalogue_searches(), value: figures.searches, source: '/banque' },
			{ key: 'catalogue.searchesWithoutResult', label: () => m.stat_catalogue_searches_without_result(), value: figures.searchesWithoutResult, source: '/banque' },
			{ key: 'catalogue.visitorDays', label: () => m.stat_catalogue_visitor_days(), value: figures.visitorDays, source: '/banque' }
		];
	},
	sections: { municipality: municipalitySection, memberPortal: memberPortalSection },
	personalData: { export: exportListData, erase: eraseListData },
	seed: {
		async reference({ db }) {
			await seedTerms(db);
			await db.execute(sql`analyze catalogue_term`);
		},
		demo: ({ db }) => loadDemoCatalogue(db)
	}
};
