import { and, eq } from 'drizzle-orm';
import type { Database } from '../../db/types';
import { municipality } from '../territory/schema';
import { createVerifiedAccount, type NewAccount } from './credentials';
import { consultantRegion, organisation, organisationMember, type MemberRole } from './schema';

/** Shown on the login page of a demonstration installation only. */
export const DEMO_PASSWORD = 'demonstration-muni';

type DemoAccount = Omit<NewAccount, 'password'> & {
	regions?: string[];
	organisation?: { municipalityCode: string; role: MemberRole };
};

export const DEMO_ACCOUNTS: readonly DemoAccount[] = [
	{ email: 'admin@demo.espacemuni.org', name: 'Alex Administration (démo)', role: 'admin' },
	{ email: 'permanence@demo.espacemuni.org', name: 'Sam Permanence (démo)', role: 'staff' },
	{ email: 'accompagnement@demo.espacemuni.org', name: 'Claude Accompagnement (démo)', role: 'consultant', regions: ['03', '12'] },
	{ email: 'levis@demo.espacemuni.org', name: 'Dominique Lévis (démo)', role: 'member', organisation: { municipalityCode: '25213', role: 'responsable' } },
	{ email: 'rimouski@demo.espacemuni.org', name: 'Camille Rimouski (démo)', role: 'member', organisation: { municipalityCode: '10043', role: 'responsable' } }
];

async function organisationFor(db: Database, municipalityCode: string): Promise<string | null> {
	const [existing] = await db
		.select({ id: organisation.id })
		.from(organisation)
		.where(and(eq(organisation.kind, 'municipality'), eq(organisation.municipalityCode, municipalityCode)));
	if (existing) return existing.id;
	const [place] = await db.select({ name: municipality.name }).from(municipality).where(eq(municipality.code, municipalityCode));
	if (!place) return null;
	const [created] = await db.insert(organisation).values({ kind: 'municipality', name: place.name, municipalityCode }).returning({ id: organisation.id });
	return created.id;
}

/** One account per role, and two member organisations, so that every part of the platform can be tried. */
export async function loadDemoAccounts(db: Database): Promise<void> {
	for (const account of DEMO_ACCOUNTS) {
		const { id, created } = await createVerifiedAccount(db, { ...account, password: DEMO_PASSWORD });
		if (!created) continue;
		if (account.regions) await db.insert(consultantRegion).values(account.regions.map((regionCode) => ({ userId: id, regionCode })));
		if (account.organisation) {
			const organisationId = await organisationFor(db, account.organisation.municipalityCode);
			if (organisationId) await db.insert(organisationMember).values({ organisationId, userId: id, role: account.organisation.role });
		}
	}
}
