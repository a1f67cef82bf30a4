import { sql } from 'drizzle-orm';
import { selectRows, type Database } from '../../../db/types';
import { emptyCatalogueQuery } from '../../catalogue/query';
import type { CatalogueKind, PublicationStatus } from '../../catalogue/schema';
import { searchCatalogue } from '../../catalogue/search';
import { moved } from '../../../platform/reorder';

/** The kinds of the bank that prove a commitment was carried out somewhere. */
export const EVIDENCE_KINDS = ['mesure', 'initiative'] as const satisfies readonly CatalogueKind[];
export const EVIDENCE_MAX = 12;
export const EVIDENCE_SEARCH_PAGE_SIZE = 10;

export type EvidenceItem = { id: number; kind: CatalogueKind; title: string; placeName: string | null; year: number | null; status: PublicationStatus };
export type EvidenceSearch = { text: string; items: EvidenceItem[]; total: number; page: number; pageCount: number };

/** The bank's items with these ids, in this order; ids that name nothing are left out. */
export async function describeEvidence(db: Database, ids: readonly number[]): Promise<EvidenceItem[]> {
	const wanted = ids.filter((id) => Number.isSafeInteger(id) && id > 0);
	if (wanted.length === 0) return [];
	const rows = await selectRows<{ id: number; kind: CatalogueKind; title: string; place_name: string | null; year: number | null; status: PublicationStatus }>(
		db,
		sql`select i.id, i.kind, i.title, coalesce(m.name, t.name) as place_name, i.year, i.status
			from catalogue_item i
			left join municipality m on m.code = i.municipality_code
			left join territory t on t.code = i.territory_code
			where i.id = any(${sql.raw(`'{${wanted.join(',')}}'::int[]`)})`
	);
	const byId = new Map(rows.map((row) => [row.id, { id: row.id, kind: row.kind, title: row.title, placeName: row.place_name, year: row.year, status: row.status }]));
	return wanted.flatMap((id) => byId.get(id) ?? []);
}

/** Published measures and initiatives of the bank matching the text, with the bank's own search. */
export async function searchEvidence(db: Database, text: string, page = 1): Promise<EvidenceSearch> {
	const query = emptyCatalogueQuery({ text: text.trim().slice(0, 120), kinds: [...EVIDENCE_KINDS], page });
	if (!query.text) return { text: '', items: [], total: 0, page: 1, pageCount: 0 };
	const result = await searchCatalogue(db, query, { facets: false, pageSize: EVIDENCE_SEARCH_PAGE_SIZE });
	return {
		text: query.text,
		items: result.items.map((card) => ({ id: card.id, kind: card.kind, title: card.title, placeName: card.placeName, year: card.year, status: 'published' as const })),
		total: result.total,
		page: result.query.page,
		pageCount: result.pageCount
	};
}

export type EvidenceOperation = { action: 'add' | 'remove' | 'up' | 'down'; itemId: number };

/** « add:123 », « up:123 »...: what a button of the evidence list asks. */
export function parseEvidenceOperation(value: unknown): EvidenceOperation | null {
	const match = typeof value === 'string' ? /^(add|remove|up|down):(\d{1,9})$/.exec(value) : null;
	return match ? { action: match[1] as EvidenceOperation['action'], itemId: Number(match[2]) } : null;
}

/** The list of linked item ids once the operation is applied; adding an item already there changes nothing. */
export function applyEvidenceOperation(ids: readonly number[], operation: EvidenceOperation): number[] {
	const list = [...ids];
	const at = list.indexOf(operation.itemId);
	switch (operation.action) {
		case 'add':
			return at < 0 ? [...list, operation.itemId] : list;
		case 'remove':
			return list.filter((id) => id !== operation.itemId);
		case 'up':
		case 'down':
			return moved(list, at, operation.action) ?? list;
	}
}

/** Why these ids cannot be the evidence of a commitment (too many, or not measures and initiatives of the bank), or null. */
export async function evidenceProblem(db: Database, ids: readonly number[]): Promise<string | null> {
	if (ids.length > EVIDENCE_MAX) return `Liez au plus ${EVIDENCE_MAX} fiches de la Banque des mesures.`;
	const found = await describeEvidence(db, ids);
	const fits = (id: number) => found.some((item) => item.id === id && (EVIDENCE_KINDS as readonly string[]).includes(item.kind));
	return ids.every(fits) ? null : 'Seules des mesures et des initiatives de la Banque des mesures peuvent servir de preuve.';
}
