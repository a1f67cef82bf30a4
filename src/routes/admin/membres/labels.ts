import { m } from '$lib/paraglide/messages.js';

export const memberStatusLabels = {
	nouveau: m.member_status_nouveau,
	actif: m.member_status_actif,
	grace: m.member_status_grace,
	echu: m.member_status_echu
} as const;

export const applicationStatusLabels = {
	pending: m.member_application_pending,
	approved: m.member_application_approved,
	declined: m.member_application_declined
} as const;
