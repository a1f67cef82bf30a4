import { parseFiscalYearLabel } from '$lib/fiscal-year';
import type { Database } from '../../db/types';
import { can } from '../../platform/permissions';
import type { Actor } from '../../platform/roles';
import { buildReport, type Report } from './builder';
import type { ConsistencyProblem } from './consistency';
import type { StatSource } from './figures';
import { frozenReport, getAnnualReport } from './publication';

export type ShownReport = {
	report: Report;
	/** Staff only: the live consistency check. */
	problems: ConsistencyProblem[];
	status: 'draft' | 'published';
	publishedAt: Date | null;
	/** Staff look at the live draft of a published report. */
	showingDraft: boolean;
	isStaff: boolean;
};

/**
 * The report a person may see for « 2024-2025 »: the published version (frozen at publication) for
 * everyone, and for staff the live draft too. Null when there is nothing for this person: a label
 * that is no fiscal year, or a report not published for someone who is not staff.
 */
export async function reportFor(db: Database, actor: Actor, label: string, manifests: readonly StatSource[], wantsDraft: boolean): Promise<ShownReport | null> {
	const fiscalYear = parseFiscalYearLabel(label);
	if (fiscalYear === null) return null;
	const saved = await getAnnualReport(db, fiscalYear);
	const published = frozenReport(saved);
	const isStaff = can(actor, 'report.manage');
	if (!published && !isStaff) return null;
	const base = { status: saved?.status ?? 'draft', publishedAt: saved?.publishedAt ?? null, isStaff } as const;
	if (!isStaff) return { ...base, report: published!, problems: [], showingDraft: false };
	const built = await buildReport(db, fiscalYear, manifests);
	if (published && !wantsDraft) return { ...base, report: published, problems: built.problems, showingDraft: false };
	return { ...base, report: built.report, problems: built.problems, showingDraft: Boolean(published) };
}
