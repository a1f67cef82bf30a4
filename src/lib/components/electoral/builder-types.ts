import { m } from '$lib/paraglide/messages.js';

/** The forms of the platform editor; a returned result names the one it is about. */
export type BuilderFormName = 'presentation' | 'entry' | 'own' | 'choices' | 'add' | 'move' | 'moveTheme' | 'remove' | 'claim' | 'renew';

/** A municipality as the builder shows it. */
export type BuilderMunicipality = { code: string; name: string; place: string; population: string; sizeClass: string | null };

/** What an action of the editor sends back: a saved text's new version, or the form again with its messages and what was typed. */
export type BuilderResult = {
	form: BuilderFormName;
	entryId?: number;
	values?: Record<string, string>;
	errors?: Record<string, string>;
	message?: string;
	/** After a save, the platform's new version; after a conflict, the version of the text saved elsewhere. */
	version?: number;
	saved?: boolean;
	/** After a conflict, the text saved elsewhere, field by field. */
	current?: Record<string, string>;
	/** Municipalities to choose from when the name typed fits several. */
	choices?: BuilderMunicipality[];
	/** The themes and clientèles ticked, when the choices come back. */
	themeIds?: number[];
	clienteleIds?: number[];
};

export const builderResult = (form: unknown): BuilderResult | null =>
	form && typeof form === 'object' && 'form' in form ? (form as BuilderResult) : null;

export type Term = { id: number; label: string };

/** Where a municipality is and how big: « Les Chenaux, Mauricie · 1 008 habitants · catégorie : Moins de 1 750 habitants ». */
export const municipalityFacts = (municipality: BuilderMunicipality) =>
	[municipality.place, municipality.population, municipality.sizeClass && m.electoral_builder_size_class({ size: municipality.sizeClass })].filter(Boolean).join(' · ');
