import { m } from '$lib/paraglide/messages.js';

/** Publication statuses, and « pending » for a member's contribution waiting for review. */
export const STATUS_LABELS: Record<'draft' | 'published' | 'unpublished' | 'pending', () => string> = {
	draft: m.admin_catalogue_status_draft,
	published: m.admin_catalogue_status_published,
	unpublished: m.admin_catalogue_status_unpublished,
	pending: m.admin_catalogue_status_pending
};

export const REVIEW_LABELS: Record<'pending' | 'approved' | 'rejected', () => string> = {
	pending: m.admin_catalogue_review_pending,
	approved: m.admin_catalogue_review_approved,
	rejected: m.admin_catalogue_review_rejected
};

export const PROGRESS_LABELS: Record<'prevue' | 'en-cours' | 'realisee' | 'continue', () => string> = {
	prevue: m.progress_prevue,
	'en-cours': m.progress_en_cours,
	realisee: m.progress_realisee,
	continue: m.progress_continue
};

/**
 * The label of each field of an item, by form field name and by the column name revisions
 * record (themes and themeIds are the same field seen from the form and from the table).
 */
export const FIELD_LABELS: Record<string, () => string> = {
	kind: m.admin_catalogue_field_kind,
	status: m.admin_catalogue_field_status,
	title: m.admin_catalogue_field_title,
	description: m.admin_catalogue_field_description,
	municipalityCode: m.admin_catalogue_field_municipality,
	territoryCode: m.admin_catalogue_field_territory,
	themes: m.admin_catalogue_field_themes,
	themeIds: m.admin_catalogue_field_themes,
	clienteles: m.admin_catalogue_field_clienteles,
	clienteleIds: m.admin_catalogue_field_clienteles,
	policyType: m.admin_catalogue_field_policy_type,
	policyTypeId: m.admin_catalogue_field_policy_type,
	year: m.admin_catalogue_field_year,
	links: m.admin_catalogue_field_links,
	policyTitle: m.admin_catalogue_field_policy_title,
	adoptionYear: m.admin_catalogue_field_adoption_year,
	planStartYear: m.admin_catalogue_field_plan_start_year,
	planEndYear: m.admin_catalogue_field_plan_end_year,
	progress: m.admin_catalogue_field_progress,
	partners: m.admin_catalogue_field_partners,
	results: m.admin_catalogue_field_results,
	awardCategory: m.admin_catalogue_field_award_category,
	awardYear: m.admin_catalogue_field_award_year,
	funder: m.admin_catalogue_field_funder,
	objectives: m.admin_catalogue_field_objectives,
	eligibleApplicants: m.admin_catalogue_field_eligible,
	amounts: m.admin_catalogue_field_amounts,
	amountTiers: m.admin_catalogue_field_amount_tiers,
	opensOn: m.admin_catalogue_field_opens_on,
	closesOn: m.admin_catalogue_field_closes_on,
	guideUrl: m.admin_catalogue_field_guide_url,
	formUrl: m.admin_catalogue_field_form_url,
	toolType: m.admin_catalogue_field_tool_type,
	toolTypeId: m.admin_catalogue_field_tool_type,
	processStep: m.admin_catalogue_field_process_step,
	fileUrl: m.admin_catalogue_field_file_url,
	reviewStatus: m.admin_catalogue_field_review_status,
	reviewNote: m.admin_catalogue_field_review_note,
	note: m.admin_catalogue_field_note
};

export const fieldLabel = (field: string) => FIELD_LABELS[field]?.() ?? field;

export const KIND_LABELS: Record<'mesure' | 'initiative' | 'programme' | 'outil', () => string> = {
	mesure: m.catalogue_kind_mesure,
	initiative: m.catalogue_kind_initiative,
	programme: m.catalogue_kind_programme,
	outil: m.catalogue_kind_outil
};
