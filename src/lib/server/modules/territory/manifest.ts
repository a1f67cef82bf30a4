import { join } from 'node:path';
import { sql } from 'drizzle-orm';
import { designationLabel, inhabitants } from '$lib/format';
import { m } from '$lib/paraglide/messages.js';
import type { ModuleManifest } from '../../platform/manifest';
import { EVERYONE, STAFF_ONLY } from '../../platform/roles';
import { loadDemoBoroughs } from './demo';
import { loadTerritoryReference, seedPopulationClasses } from './reference-loader';
import { countTerritory, listNeighbours, searchPlaces } from './service';

export const manifest: ModuleManifest = {
	name: 'territory',
	navigation: [
		{ href: '/municipalites', label: () => m.nav_municipalities(), description: () => m.nav_municipalities_description(), order: 10 },
		{ href: '/regions', label: () => m.nav_regions(), description: () => m.nav_regions_description(), order: 11 }
	],
	administration: [
		{ href: '/admin/arrondissements', label: () => m.admin_entry_boroughs(), description: () => m.admin_entry_boroughs_description(), permission: 'territory.manageBoroughs', order: 80 }
	],
	permissions: {
		'territory.read': EVERYONE,
		'territory.manageBoroughs': STAFF_ONLY,
		'territory.managePopulationClasses': STAFF_ONLY
	},
	search: searchPlaces,
	async stats(db) {
		const totals = await countTerritory(db);
		return [
			{ key: 'territory.regions', label: () => m.stat_regions(), value: totals.regions, source: '/regions', headline: true },
			{ key: 'territory.territories', label: () => m.stat_territories(), value: totals.territories, source: '/regions', headline: true },
			{ key: 'territory.municipalities', label: () => m.stat_municipalities(), value: totals.municipalities, source: '/municipalites', headline: true },
			{ key: 'territory.population', label: () => m.stat_population(), value: totals.population, source: '/municipalites?tri=population-decroissante', headline: true }
		];
	},
	sections: {
		async municipality(db, code) {
			const neighbours = await listNeighbours(db, code);
			if (neighbours.length === 0) return null;
			return {
				key: 'territory.neighbours',
				title: m.section_neighbours(),
				items: neighbours.map((neighbour) => ({
					label: neighbour.name,
					href: `/municipalites/${neighbour.code}`,
					// Homonyms exist (Disraeli the city and Disraeli the parish): the designation tells them apart.
					detail: `${designationLabel(neighbour.designationCode)} · ${inhabitants(neighbour.population)}`
				}))
			};
		}
	},
	seed: {
		async reference({ db, referenceDir }) {
			await loadTerritoryReference(db, join(referenceDir, 'quebec'));
			await seedPopulationClasses(db);
			// Small tables never change enough for autovacuum to gather their statistics; without them the
			// planner guesses a thousand population classes and picks poor plans for the bank's searches.
			await db.execute(sql`analyze population_class, region, territory, municipality`);
		},
		demo: ({ db }) => loadDemoBoroughs(db)
	}
};
