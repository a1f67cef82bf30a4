import { m } from '$lib/paraglide/messages.js';
import type { ElectoralStatus } from '$lib/server/modules/electoral/schema';

export { COST_LABELS, TIME_FRAME_LABELS } from '$lib/electoral';

export const COMMITMENT_STATUS_LABELS: Record<ElectoralStatus, () => string> = {
	draft: m.electoral_admin_status_draft,
	published: m.electoral_admin_status_published
};

export const QUESTION_STATUS_LABELS: Record<ElectoralStatus, () => string> = {
	draft: m.electoral_admin_status_draft,
	published: m.electoral_admin_question_status_published
};

/** The commitment form's fields, as its error summary, conflict panel and history name them. */
export const COMMITMENT_FIELD_LABELS: Record<string, () => string> = {
	title: m.electoral_admin_field_title,
	rationale: m.electoral_admin_field_rationale,
	powers: m.electoral_admin_field_powers,
	costLevel: m.electoral_admin_field_cost,
	timeFrame: m.electoral_admin_field_time_frame,
	theme: m.electoral_admin_field_theme,
	clienteles: m.electoral_admin_field_clienteles,
	status: m.electoral_admin_field_status,
	sortOrder: m.electoral_admin_field_sort_order,
	evidence: m.electoral_admin_field_evidence
};

/** The field messages in the order of the form's labels, so that the error summary reads like the form. */
export const inFormOrder = (errors: Record<string, string>, labels: Record<string, string>) =>
	Object.fromEntries(Object.keys(labels).flatMap((field) => (errors[field] ? [[field, errors[field]]] : [])));
