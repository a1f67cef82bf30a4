import { m } from '$lib/paraglide/messages.js';
import type { ReportSection } from './builder';
import { PORTRAIT } from './builder';
import type { ACTIVITY_KINDS, OUTCOME_AUDIENCES, REPRESENTATION_TYPES } from './schema';

const KIND_LABELS: Record<(typeof ACTIVITY_KINDS)[number], () => string> = {
	projet: m.report_kind_projet,
	outil: m.report_kind_outil,
	evenement: m.report_kind_evenement,
	campagne: m.report_kind_campagne,
	communaute: m.report_kind_communaute,
	service: m.report_kind_service,
	publication: m.report_kind_publication,
	autre: m.report_kind_autre
};

const REPRESENTATION_LABELS: Record<(typeof REPRESENTATION_TYPES)[number], () => string> = {
	instance: m.report_representation_instance,
	evenement: m.report_representation_evenement,
	salon: m.report_representation_salon,
	recherche: m.report_representation_recherche,
	prise_de_position: m.report_representation_prise_de_position
};

const AUDIENCE_LABELS: Record<(typeof OUTCOME_AUDIENCES)[number], () => string> = {
	acteurs_municipaux: m.report_audience_acteurs_municipaux,
	citoyens: m.report_audience_citoyens,
	allies: m.report_audience_allies
};

export const activityKindLabel = (kind: (typeof ACTIVITY_KINDS)[number]) => KIND_LABELS[kind]();
export const representationTypeLabel = (type: (typeof REPRESENTATION_TYPES)[number]) => REPRESENTATION_LABELS[type]();
export const audienceLabel = (audience: (typeof OUTCOME_AUDIENCES)[number]) => AUDIENCE_LABELS[audience]();
export const sectionTitle = (section: Pick<ReportSection, 'code' | 'title'>) => (section.code === PORTRAIT ? m.report_portrait_title() : (section.title ?? section.code));
