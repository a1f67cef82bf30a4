import { m } from '$lib/paraglide/messages.js';

/** Labels of the platform's fixed lists, in the request's language. */
export const platformRoleLabels = {
	visitor: m.role_visitor,
	member: m.role_member,
	consultant: m.role_consultant,
	staff: m.role_staff,
	admin: m.role_admin
} as const;

export const memberRoleLabels = { responsable: m.org_role_responsable, membre: m.org_role_membre } as const;

export const organisationKindLabels = {
	municipality: m.org_kind_municipality,
	borough: m.org_kind_borough,
	mrc: m.org_kind_mrc,
	nonprofit: m.org_kind_nonprofit,
	individual: m.org_kind_individual
} as const;
