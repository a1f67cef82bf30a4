import { m } from '$lib/paraglide/messages.js';
import type { CostLevel, TimeFrame } from '$lib/server/modules/electoral/schema';

/** The cost level and time frame of a commitment, as every page of Ma Plateforme électorale names them. */
export const COST_LABELS: Record<CostLevel, () => string> = {
	faible: m.electoral_public_cost_faible,
	moyen: m.electoral_public_cost_moyen,
	eleve: m.electoral_public_cost_eleve
};

export const TIME_FRAME_LABELS: Record<TimeFrame, () => string> = {
	court: m.electoral_public_time_court,
	moyen: m.electoral_public_time_moyen,
	long: m.electoral_public_time_long
};
