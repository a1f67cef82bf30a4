import { sql } from 'drizzle-orm';
import { KIND_LABELS, PROGRESS_LABELS, REVIEW_LABELS, STATUS_LABELS } from '$lib/components/catalogue/labels';
import { selectRows, type Database } from '../../../db/types';
import type { Actor } from '../../../platform/roles';
import { getItemForEditing, listRevisions } from '../editing';
import type { AmountTier, ItemLink } from '../schema';
import { loadTerms, type TermIndex } from '../terms';
import { municipalityLabel } from './place-field';

export type FieldChange = { field: string; before: string; after: string };
export type HistoryVersion = { version: number; createdAt: Date; actorName: string | null; note: string | null; changes: FieldChange[] };

type Names = { municipalities: Map<string, string>; territories: Map<string, string> };

const labelled = (labels: Record<string, () => string>, value: string) => labels[value]?.() ?? value;

/** A recorded value as people read it: term labels, place names, statuses in words, one link per line. */
function display(field: string, value: unknown, terms: TermIndex, names: Names): string {
	if (value === null || value === undefined || value === '') return '';
	const term = (id: number) => terms.byId.get(id)?.label ?? `#${id}`;
	switch (field) {
		case 'themeIds':
		case 'clienteleIds':
			return (value as number[]).map(term).join(', ');
		case 'policyTypeId':
		case 'toolTypeId':
			return term(value as number);
		case 'municipalityCode':
			return municipalityLabel(names.municipalities.get(String(value)) ?? '?', String(value));
		case 'territoryCode':
			return names.territories.get(String(value)) ?? String(value);
		case 'kind':
			return labelled(KIND_LABELS, String(value));
		case 'status':
			return labelled(STATUS_LABELS, String(value));
		case 'reviewStatus':
			return labelled(REVIEW_LABELS, String(value));
		case 'progress':
			return labelled(PROGRESS_LABELS, String(value));
		case 'links':
			return (value as ItemLink[]).map((link) => `${link.label} | ${link.url}`).join('\n');
		case 'amountTiers':
			return (value as AmountTier[]).map((tier) => `${tier.minPopulation}–${tier.maxPopulation ?? '…'} : ${tier.amount} $`).join('\n');
		default:
			return typeof value === 'object' ? JSON.stringify(value) : String(value);
	}
}

async function placeNames(db: Database, codes: { municipalities: Set<string>; territories: Set<string> }): Promise<Names> {
	const list = (values: Set<string>) => sql.raw(`'{${[...values].filter((code) => /^\d+$/.test(code)).join(',')}}'::text[]`);
	const rows = await selectRows<{ kind: 'm' | 't'; code: string; name: string }>(
		db,
		sql`select 'm' as kind, code::text, name from municipality where code = any(${list(codes.municipalities)})
			union all select 't', code, name from territory where code = any(${list(codes.territories)})`
	);
	const pick = (kind: 'm' | 't') => new Map(rows.filter((row) => row.kind === kind).map((row) => [row.code, row.name]));
	return { municipalities: pick('m'), territories: pick('t') };
}

/** Every version of an item, newest first, each with what it changed compared with the version before. */
export async function loadItemHistory(db: Database, actor: Actor, id: number) {
	const item = await getItemForEditing(db, actor, id);
	const [revisions, terms] = await Promise.all([listRevisions(db, id), loadTerms(db)]);
	const codes = { municipalities: new Set<string>(), territories: new Set<string>() };
	for (const revision of revisions) {
		if (revision.snapshot.municipalityCode) codes.municipalities.add(String(revision.snapshot.municipalityCode));
		if (revision.snapshot.territoryCode) codes.territories.add(String(revision.snapshot.territoryCode));
	}
	const names = await placeNames(db, codes);
	const byVersion = new Map(revisions.map((revision) => [revision.version, revision]));
	const versions: HistoryVersion[] = revisions.map((revision) => {
		const previous = byVersion.get(revision.version - 1)?.snapshot ?? {};
		// A municipality's MRC follows from the municipality: it is a change of its own only for an MRC's item.
		const derivedTerritory = Boolean(revision.snapshot.municipalityCode) && (revision.version === 1 || Boolean(previous.municipalityCode));
		return {
			version: revision.version,
			createdAt: revision.createdAt,
			actorName: revision.actorName,
			note: revision.note,
			changes: revision.changedFields
				.filter((field) => !(field === 'territoryCode' && derivedTerritory))
				.map((field) => ({
					field,
					before: display(field, previous[field as keyof typeof previous], terms, names),
					after: display(field, revision.snapshot[field as keyof typeof revision.snapshot], terms, names)
				}))
				// An empty list at creation is no change worth reading.
				.filter((change) => change.before !== change.after)
		};
	});
	return { item, versions };
}
