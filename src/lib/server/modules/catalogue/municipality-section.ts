import { itemPath } from '$lib/catalogue';
import { m } from '$lib/paraglide/messages.js';
import type { Database } from '../../db/types';
import type { PageSection } from '../../platform/manifest';
import { listItemsOfMunicipality } from './items';
import { kindLabel } from './labels';

const SHOWN = 8;

/** The municipality sheet lists what the bank holds from that municipality. */
export async function municipalitySection(db: Database, municipalityCode: string): Promise<PageSection | null> {
	const items = await listItemsOfMunicipality(db, municipalityCode, SHOWN);
	if (items.length === 0) return null;
	return {
		key: 'catalogue.items',
		title: m.section_catalogue_items(),
		items: items.map((item) => ({
			label: item.title,
			href: itemPath(item.kind, item.id),
			detail: [kindLabel(item.kind), item.year].filter(Boolean).join(' · ')
		}))
	};
}
