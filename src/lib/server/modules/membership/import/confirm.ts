import { and, eq, sql } from 'drizzle-orm';
import { fiscalYearOf, quebecToday } from '$lib/fiscal-year';
import type { Database } from '../../../db/types';
import { recordAudit } from '../../../platform/audit/service';
import { assertCan } from '../../../platform/permissions';
import type { Actor } from '../../../platform/roles';
import { organisation } from '../../accounts/schema';
import { ensurePeriod } from '../billing/invoices';
import { membership } from '../schema';
import type { TypedRow } from './read';
import { candidateKey, matchRows, type Candidate, type MatchedRow } from './match';

export type ImportOutcome = { created: number; organisationsCreated: number; alreadyMembers: number; skipped: number };

/** The candidate each line becomes: the only one when matched, the one staff picked when ambiguous, none otherwise. */
export function chosenCandidate(row: MatchedRow, choice: string | undefined): Candidate | null {
	if (row.status === 'matched') return row.candidates[0];
	if (row.status === 'ambiguous') return row.candidates.find((candidate) => candidate.id === choice) ?? null;
	return null;
}

/** The candidate's organisation, created when the place (or the non-profit's name) has none; names come from the territory records. */
async function organisationFor(tx: Database, candidate: Candidate): Promise<{ id: string; created: boolean }> {
	const [kind, reference] = candidate.id.split(':');
	const where =
		kind === 'municipality'
			? and(eq(organisation.kind, 'municipality'), eq(organisation.municipalityCode, reference))
			: kind === 'borough'
				? and(eq(organisation.kind, 'borough'), eq(organisation.boroughId, Number(reference)))
				: kind === 'mrc'
					? and(eq(organisation.kind, 'mrc'), eq(organisation.territoryCode, reference))
					: and(eq(organisation.kind, candidate.kind), sql`${organisation.nameSearch} = search_normalize(${candidate.name})`);
	const [existing] = await tx.select({ id: organisation.id }).from(organisation).where(where).limit(1);
	if (existing) return { id: existing.id, created: false };
	const values =
		kind === 'municipality'
			? { kind: 'municipality' as const, name: candidate.name, municipalityCode: reference }
			: kind === 'borough'
				? { kind: 'borough' as const, name: candidate.name, boroughId: Number(reference) }
				: kind === 'mrc'
					? { kind: 'mrc' as const, name: candidate.name, territoryCode: reference }
					: { kind: candidate.kind, name: candidate.name };
	const [created] = await tx.insert(organisation).values(values).returning({ id: organisation.id });
	return { id: created.id, created: true };
}

/**
 * Creates the memberships of a previewed list in one transaction: lines are matched again (the preview is
 * never trusted), existing organisations are reused, an organisation already a member is left as it is, and
 * each new membership gets its current membership year, ready to be billed. Audited line by line.
 */
export async function confirmImport(
	db: Database,
	actor: Actor,
	typed: readonly TypedRow[],
	choices: Readonly<Record<number, string>>,
	today: string = quebecToday()
): Promise<ImportOutcome> {
	assertCan(actor, 'membership.manage');
	const rows = await matchRows(db, typed);
	return db.transaction(async (tx) => {
		const outcome: ImportOutcome = { created: 0, organisationsCreated: 0, alreadyMembers: 0, skipped: 0 };
		const done = new Set<string>();
		for (const row of rows) {
			if (row.status === 'member') outcome.alreadyMembers++;
			const candidate = chosenCandidate(row, choices[row.line]);
			if (!candidate) {
				if (row.status !== 'member') outcome.skipped++;
				continue;
			}
			const key = candidateKey(candidate);
			if (done.has(key)) {
				outcome.alreadyMembers++;
				continue;
			}
			done.add(key);
			const found = await organisationFor(tx, candidate);
			if (found.created) outcome.organisationsCreated++;
			const joinedOn = row.joinedOn ?? today;
			const [created] = await tx
				.insert(membership)
				.values({ organisationId: found.id, joinedOn, source: 'import' })
				.onConflictDoNothing()
				.returning();
			if (!created) {
				outcome.alreadyMembers++;
				continue;
			}
			outcome.created++;
			await ensurePeriod(tx, found.id, fiscalYearOf(today < joinedOn ? joinedOn : today));
			await recordAudit(tx, {
				actorId: actor.userId,
				action: 'membership.import',
				entityType: 'membership',
				entityId: found.id,
				after: { ...created, line: row.line, typedName: row.name, typedCode: row.code, email: row.email || null }
			});
		}
		return outcome;
	});
}
