import { eq } from 'drizzle-orm';
import { z } from 'zod';
import { fiscalYearOf } from '$lib/fiscal-year';
import type { Database } from '../../../db/types';
import { recordAudit } from '../../../platform/audit/service';
import { AppError } from '../../../platform/errors';
import { assertCan } from '../../../platform/permissions';
import type { Actor } from '../../../platform/roles';
import { writeSetting } from '../../../platform/settings';
import { billCurrentYear } from '../applications/approval';
import { ensurePeriod } from '../billing/invoices';
import { GRACE_DAYS_SETTING, readGraceDays } from '../members';
import { membership } from '../schema';

function invalid(error: z.ZodError): AppError {
	const fields: Record<string, string> = {};
	for (const issue of error.issues) fields[String(issue.path[0])] ??= issue.message;
	return new AppError('invalid_input', 'Vérifiez les champs signalés.', fields);
}

const resignationSchema = z.object({
	leftOn: z
		.string()
		.trim()
		.regex(/^\d{4}-\d{2}-\d{2}$/, 'Entrez la date de départ, par exemple 2025-03-31.')
		.refine((value) => new Date(`${value}T12:00:00Z`).toISOString().startsWith(value), 'Cette date n’existe pas.'),
	reason: z.string().trim().min(3, 'Donnez la raison du départ en quelques mots.').max(1000, 'La raison ne peut dépasser 1 000 caractères.')
});

async function lockedMembership(tx: Database, organisationId: string) {
	if (!z.uuid().safeParse(organisationId).success) throw new AppError('not_found', 'Ce membre n’existe pas.');
	const [row] = await tx.select().from(membership).where(eq(membership.organisationId, organisationId)).for('update');
	if (!row) throw new AppError('not_found', 'Ce membre n’existe pas.');
	return row;
}

/** Records that a member leaves the network on a day, with the reason; its status is « échu » from that day. */
export async function recordResignation(db: Database, actor: Actor, organisationId: string, input: Record<string, unknown>) {
	assertCan(actor, 'membership.manage');
	const parsed = resignationSchema.safeParse(input);
	if (!parsed.success) throw invalid(parsed.error);
	return db.transaction(async (tx) => {
		const before = await lockedMembership(tx, organisationId);
		if (parsed.data.leftOn < before.joinedOn) {
			throw new AppError('invalid_input', 'Vérifiez les champs signalés.', { leftOn: 'Le départ ne peut précéder l’adhésion.' });
		}
		const after = { leftOn: parsed.data.leftOn, leftReason: parsed.data.reason };
		await tx.update(membership).set(after).where(eq(membership.organisationId, organisationId));
		await recordAudit(tx, {
			actorId: actor.userId,
			action: 'membership.resign',
			entityType: 'membership',
			entityId: organisationId,
			before: { leftOn: before.leftOn, leftReason: before.leftReason },
			after
		});
	});
}

/** Takes a member back (same membership row): clears the resignation, opens this year's period and bills it. */
export async function readmitMember(db: Database, actor: Actor, organisationId: string, today: string) {
	assertCan(actor, 'membership.manage');
	await db.transaction(async (tx) => {
		const before = await lockedMembership(tx, organisationId);
		await tx.update(membership).set({ leftOn: null, leftReason: null }).where(eq(membership.organisationId, organisationId));
		await ensurePeriod(tx, organisationId, fiscalYearOf(today));
		await recordAudit(tx, {
			actorId: actor.userId,
			action: 'membership.readmit',
			entityType: 'membership',
			entityId: organisationId,
			before: { leftOn: before.leftOn, leftReason: before.leftReason },
			after: { leftOn: null, fiscalYear: fiscalYearOf(today) }
		});
	});
	return billCurrentYear(db, organisationId, today, actor.userId);
}

const graceDaysSchema = z.object({
	graceDays: z
		.string()
		.trim()
		.regex(/^\d{1,3}$/, 'Entrez un nombre de jours entre 0 et 365.')
		.transform(Number)
		.refine((days) => days <= 365, 'Entrez un nombre de jours entre 0 et 365.')
});

/** Changes the grace period after a membership year ends; audited with the value it replaces. */
export async function updateGraceDays(db: Database, actor: Actor, input: Record<string, unknown>): Promise<number> {
	assertCan(actor, 'membership.manage');
	const parsed = graceDaysSchema.safeParse(input);
	if (!parsed.success) throw invalid(parsed.error);
	return db.transaction(async (tx) => {
		const before = await readGraceDays(tx);
		await writeSetting(tx, GRACE_DAYS_SETTING, parsed.data.graceDays);
		await recordAudit(tx, {
			actorId: actor.userId,
			action: 'membership.grace_days',
			entityType: 'setting',
			entityId: GRACE_DAYS_SETTING,
			before: { graceDays: before },
			after: { graceDays: parsed.data.graceDays }
		});
		return parsed.data.graceDays;
	});
}
