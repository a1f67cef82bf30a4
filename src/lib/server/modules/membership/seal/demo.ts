import { and, eq, inArray } from 'drizzle-orm';
import { addDays, fiscalYearBounds, fiscalYearOf, quebecToday } from '$lib/fiscal-year';
import type { Database } from '../../../db/types';
import { DEMO_ACCOUNTS } from '../../accounts/demo';
import { organisation } from '../../accounts/schema';
import { membersOn } from '../members';
import { sealCampaignParticipation } from '../schema';
import { isCurrentMember } from '../status';

const STREETS = ['rue Principale', 'boulevard de l’Hôtel-de-Ville', 'rue de l’Église', 'chemin du Roy', 'avenue des Pionniers', 'rue Notre-Dame'];
// Where the non-profits and the MRC offices of the demonstration have their address.
const OFFICE_CITIES = ['Québec', 'Montréal', 'Sherbrooke', 'Rimouski', 'Trois-Rivières', 'Gatineau', 'Saguenay'];
const RECIPIENTS = ['Service des loisirs', 'Direction générale', 'Cabinet de la mairie', 'Service des communications', 'Greffe'];
// Invented codes with a valid Canada Post pattern, by region (first letter: G east of Québec, J west, H Montréal).
const POSTAL_CODES = ['G0A 1B0', 'G5L 2C3', 'J0K 1A0', 'J8X 3T4', 'H2X 1Y4', 'G1R 4P5', 'J4B 5E6', 'G8T 7V2'];

/**
 * The current Fièrement membre campaign for the demonstration: one demo member in good standing out of
 * twelve opts in, the first third of them already shipped. Lévis and Rimouski (the demo accounts) are left
 * out so their people can try the opt-in form. Runs after the demo members exist; running it again adds nothing.
 */
export async function loadDemoSealCampaign(db: Database): Promise<void> {
	const demoAccountPlaces = DEMO_ACCOUNTS.flatMap((account) => (account.organisation ? [account.organisation.municipalityCode] : []));
	const today = quebecToday();
	const campaignYear = fiscalYearOf(today);
	const excluded = await db
		.select({ id: organisation.id })
		.from(organisation)
		.where(and(eq(organisation.kind, 'municipality'), inArray(organisation.municipalityCode, demoAccountPlaces)));
	const skip = new Set(excluded.map((row) => row.id));
	const chosen = (await membersOn(db, today))
		.filter((member) => member.demo && isCurrentMember(member.status) && !skip.has(member.organisationId))
		.filter((_, index) => index % 12 === 5);
	if (chosen.length === 0) return;
	const campaignStart = fiscalYearBounds(campaignYear).first;
	const daysIn = Math.max(1, Math.round((Date.parse(today) - Date.parse(campaignStart)) / 86_400_000));
	// Mid-afternoon in Québec, never later than now.
	const at = (isoDay: string) => new Date(Math.min(Date.parse(`${isoDay}T19:00:00Z`), Date.now()));
	await db
		.insert(sealCampaignParticipation)
		.values(
			chosen.map((member, index) => {
				const optedIn = addDays(campaignStart, Math.floor((index * daysIn) / chosen.length / 2));
				const shipped = index < chosen.length / 3;
				return {
					organisationId: member.organisationId,
					campaignYear,
					optedInAt: at(optedIn),
					recipientName: RECIPIENTS[index % RECIPIENTS.length],
					addressLine1: `${100 + ((index * 37) % 900)}, ${STREETS[index % STREETS.length]}`,
					city: member.kind === 'municipality' || member.kind === 'borough' ? member.name : OFFICE_CITIES[index % OFFICE_CITIES.length],
					postalCode: POSTAL_CODES[index % POSTAL_CODES.length],
					stickerCount: [10, 25, 5, 50, 15][index % 5],
					shippedAt: shipped ? at(addDays(optedIn, Math.min(14, Math.floor(daysIn / 2)))) : null
				};
			})
		)
		.onConflictDoNothing();
}
