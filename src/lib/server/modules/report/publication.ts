import { desc, eq } from 'drizzle-orm';
import { z } from 'zod';
import type { Database } from '../../db/types';
import { recordAudit } from '../../platform/audit/service';
import { AppError } from '../../platform/errors';
import { assertCan } from '../../platform/permissions';
import type { Actor } from '../../platform/roles';
import { longText, parse } from '../../platform/validation';
import { buildReport, type Report } from './builder';
import type { StatSource } from './figures';
import { annualReport } from './schema';

export type AnnualReportRow = typeof annualReport.$inferSelect;

/** What publication freezes: the whole report as it was, so that the public version never moves. */
type FrozenReport = { format: 1; report: Report };

export async function getAnnualReport(db: Database, fiscalYear: number): Promise<AnnualReportRow | null> {
	const [row] = await db.select().from(annualReport).where(eq(annualReport.fiscalYear, fiscalYear));
	return row ?? null;
}

/** The fiscal years that have a report, published or draft, the latest first. */
export async function reportYears(db: Database): Promise<{ fiscalYear: number; status: 'draft' | 'published' }[]> {
	return db.select({ fiscalYear: annualReport.fiscalYear, status: annualReport.status }).from(annualReport).orderBy(desc(annualReport.fiscalYear));
}

/** The report as it was published, or null when it is not. */
export function frozenReport(row: AnnualReportRow | null): Report | null {
	if (row?.status !== 'published') return null;
	const frozen = row.publishedFigures as FrozenReport | null;
	return frozen?.format === 1 ? frozen.report : null;
}

const forewordSchema = z.object({ foreword: longText(10_000, 'Le mot de la présidence et de la direction ne peut dépasser 10 000 caractères.') });

/** Writes the word from the president and the director; a published report keeps the text it was published with. */
export async function saveForeword(db: Database, actor: Actor, fiscalYear: number, raw: Record<string, unknown>): Promise<void> {
	assertCan(actor, 'report.manage');
	const { foreword } = parse(forewordSchema, raw);
	await db.transaction(async (tx) => {
		const before = await tx.select().from(annualReport).where(eq(annualReport.fiscalYear, fiscalYear)).for('update');
		await tx
			.insert(annualReport)
			.values({ fiscalYear, foreword: foreword || null })
			.onConflictDoUpdate({ target: annualReport.fiscalYear, set: { foreword: foreword || null, updatedAt: new Date() } });
		await recordAudit(tx, { actorId: actor.userId, action: 'report.foreword.update', entityType: 'annual_report', entityId: String(fiscalYear), before: before[0]?.foreword ?? null, after: foreword || null });
	});
}

/**
 * Publishes a fiscal year's report: its figures (and texts) are computed now and frozen, so the public
 * version stays what was published while the records keep moving. Publishing again refreshes them.
 */
export async function publishReport(db: Database, actor: Actor, fiscalYear: number, manifests: readonly StatSource[]): Promise<Report> {
	assertCan(actor, 'report.manage');
	const { report } = await buildReport(db, fiscalYear, manifests);
	const frozen: FrozenReport = { format: 1, report };
	const now = new Date();
	await db.transaction(async (tx) => {
		const [before] = await tx.select().from(annualReport).where(eq(annualReport.fiscalYear, fiscalYear)).for('update');
		await tx
			.insert(annualReport)
			.values({ fiscalYear, status: 'published', publishedAt: now, publishedBy: actor.userId, publishedFigures: frozen })
			.onConflictDoUpdate({ target: annualReport.fiscalYear, set: { status: 'published', publishedAt: now, publishedBy: actor.userId, publishedFigures: frozen, updatedAt: now } });
		await recordAudit(tx, {
			actorId: actor.userId,
			action: 'report.publish',
			entityType: 'annual_report',
			entityId: String(fiscalYear),
			before: before ? { status: before.status, publishedAt: before.publishedAt } : null,
			after: { status: 'published', publishedAt: now.toISOString() }
		});
	});
	return report;
}

/** Takes a report back to draft: the public sees it no more until it is published again. */
export async function unpublishReport(db: Database, actor: Actor, fiscalYear: number): Promise<void> {
	assertCan(actor, 'report.manage');
	await db.transaction(async (tx) => {
		const [before] = await tx.select().from(annualReport).where(eq(annualReport.fiscalYear, fiscalYear)).for('update');
		if (before?.status !== 'published') throw new AppError('conflict', 'Ce rapport n’est pas publié.');
		await tx.update(annualReport).set({ status: 'draft', publishedFigures: null, publishedAt: null, updatedAt: new Date() }).where(eq(annualReport.fiscalYear, fiscalYear));
		await recordAudit(tx, { actorId: actor.userId, action: 'report.unpublish', entityType: 'annual_report', entityId: String(fiscalYear), before: { status: 'published', publishedAt: before.publishedAt }, after: { status: 'draft' } });
	});
}
