import { count, eq } from 'drizzle-orm';
import type { Database } from '../../db/types';
import { borough, municipality } from './schema';

const LEVIS = '25213';
const DEMO_BOROUGHS = ['Desjardins', 'Les Chutes-de-la-Chaudière-Est', 'Les Chutes-de-la-Chaudière-Ouest'];

/** Arrondissements of Lévis, flagged as demonstration records so that staff know to replace them. */
export async function loadDemoBoroughs(db: Database): Promise<void> {
	const [{ existing }] = await db.select({ existing: count() }).from(borough).where(eq(borough.municipalityCode, LEVIS));
	const [city] = await db.select({ code: municipality.code }).from(municipality).where(eq(municipality.code, LEVIS));
	if (existing > 0 || !city) return;
	await db.insert(borough).values(DEMO_BOROUGHS.map((name) => ({ municipalityCode: LEVIS, name, isDemo: true })));
}
