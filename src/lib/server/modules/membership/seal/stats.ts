import { and, countDistinct, gte, lt } from 'drizzle-orm';
import { fiscalYearLabel, fiscalYearOf, quebecToday } from '$lib/fiscal-year';
import { m } from '$lib/paraglide/messages.js';
import type { Database } from '../../../db/types';
import type { Period, StatFigure } from '../../../platform/manifest';
import { sealCampaignParticipation } from '../schema';

/** Fièrement membre participants: the member organisations that opted in during the period. */
export async function sealStatFigures(db: Database, period: Period): Promise<StatFigure[]> {
	const [row] = await db
		.select({ participants: countDistinct(sealCampaignParticipation.organisationId) })
		.from(sealCampaignParticipation)
		.where(and(gte(sealCampaignParticipation.optedInAt, period.start), lt(sealCampaignParticipation.optedInAt, period.end)));
	const campaignYear = fiscalYearOf(quebecToday(period.start));
	return [
		{
			key: 'membership.seal.participants',
			label: () => m.seal_stat_participants(),
			value: Number(row?.participants ?? 0),
			source: `/admin/fierement-membre?annee=${fiscalYearLabel(campaignYear)}`
		}
	];
}
