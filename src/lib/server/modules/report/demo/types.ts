import type { ACTIVITY_KINDS, REPRESENTATION_TYPES } from '../schema';

/** A figure of the seed report: typed (`value`) or computed by a module (`statKey`). `key` names it for the rules of other figures. */
export type DemoFigure = {
	key?: string;
	label: string;
	value?: number;
	statKey?: string;
	unit?: string;
	/** Where in the seed report; the loader writes « Rapport d’activités 2024-2025, … ». */
	where?: string;
	/** Local keys (or 'stat:<key>') that must add up to this figure. */
	sumOf?: string[];
};

export type DemoActivity = {
	title: string;
	kind: (typeof ACTIVITY_KINDS)[number];
	levels: string[];
	objectives?: string;
	achievements?: string;
	results?: string;
	periodStart?: string;
	periodEnd?: string;
	links?: { label: string; url: string }[];
	figures: DemoFigure[];
};

export type DemoRepresentation = { type: (typeof REPRESENTATION_TYPES)[number]; title: string; host?: string; partners?: string; description?: string; startOn?: string; endOn?: string };
