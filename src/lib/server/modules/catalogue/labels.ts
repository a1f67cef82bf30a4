import { m } from '$lib/paraglide/messages.js';
import type { CatalogueKind } from './schema';

const singular: Record<CatalogueKind, () => string> = {
	mesure: m.catalogue_kind_mesure,
	initiative: m.catalogue_kind_initiative,
	programme: m.catalogue_kind_programme,
	outil: m.catalogue_kind_outil
};

const plural: Record<CatalogueKind, () => string> = {
	mesure: m.catalogue_kinds_mesure,
	initiative: m.catalogue_kinds_initiative,
	programme: m.catalogue_kinds_programme,
	outil: m.catalogue_kinds_outil
};

export const kindLabel = (kind: CatalogueKind, form: 'singular' | 'plural' = 'singular') => (form === 'plural' ? plural : singular)[kind]();
