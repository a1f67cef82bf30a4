import { localizeHref } from '$lib/paraglide/runtime';

export const GOVERNANCE_ROOT = '/admin/gouvernance';

/** Addresses of the governance back office, in the current language. */
export const governancePaths = {
	board: () => localizeHref(`${GOVERNANCE_ROOT}/conseil`),
	seat: (id: number) => localizeHref(`${GOVERNANCE_ROOT}/conseil/sieges/${id}`),
	mandate: (id: string) => localizeHref(`${GOVERNANCE_ROOT}/conseil/mandats/${id}`),
	committees: () => localizeHref(`${GOVERNANCE_ROOT}/comites`),
	committee: (id: string) => localizeHref(`${GOVERNANCE_ROOT}/comites/${id}`),
	committeeMember: (committeeId: string, id: string) => localizeHref(`${GOVERNANCE_ROOT}/comites/${committeeId}/membres/${id}`),
	staff: () => localizeHref(`${GOVERNANCE_ROOT}/permanence`),
	staffMember: (id: string) => localizeHref(`${GOVERNANCE_ROOT}/permanence/${id}`),
	accompaniment: () => localizeHref(`${GOVERNANCE_ROOT}/accompagnement`),
	accompanimentMember: (id: string) => localizeHref(`${GOVERNANCE_ROOT}/accompagnement/${id}`),
	publicPage: () => localizeHref('/qui-sommes-nous')
};
