import { m } from '$lib/paraglide/messages.js';
import type { BOARD_ROLES, COMMITTEE_KINDS, SEAT_REPRESENTATIONS, STAFF_TEAMS } from '$lib/server/modules/membership/schema';

/** Functions, not persons: the records carry no gender, so a role reads « Présidence », « Trésorerie »… */
export const BOARD_ROLE_LABELS: Record<(typeof BOARD_ROLES)[number], () => string> = {
	presidence: m.gov_role_presidence,
	vice_presidence: m.gov_role_vice_presidence,
	tresorerie: m.gov_role_tresorerie,
	secretariat: m.gov_role_secretariat,
	administration: m.gov_role_administration,
	direction_generale: m.gov_role_direction_generale
};

export const TEAM_LABELS: Record<(typeof STAFF_TEAMS)[number], () => string> = {
	direction: m.gov_team_direction,
	programmes: m.gov_team_programmes,
	communications: m.gov_team_communications
};

export const COMMITTEE_KIND_LABELS: Record<(typeof COMMITTEE_KINDS)[number], () => string> = {
	gouvernance: m.gov_kind_gouvernance,
	coordination: m.gov_kind_coordination,
	contenu: m.gov_kind_contenu,
	autre: m.gov_kind_autre
};

export const REPRESENTATION_LABELS: Record<(typeof SEAT_REPRESENTATIONS)[number], () => string> = {
	population_class: m.gov_rep_population_class,
	delegation: m.gov_rep_delegation,
	mrc: m.gov_rep_mrc,
	nonprofit: m.gov_rep_nonprofit,
	ex_officio: m.gov_rep_ex_officio
};

/** A list of choices for a select, in the schema's order. */
export const choicesOf = <Key extends string>(labels: Record<Key, () => string>) =>
	(Object.entries(labels) as [Key, () => string][]).map(([value, label]) => ({ value, label: label() }));
