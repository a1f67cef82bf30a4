import { sql } from 'drizzle-orm';
import type { CatalogueKind } from '../catalogue/schema';
import { selectRows, type Database } from '../../db/types';
import type { CostLevel, ElectoralStatus, TimeFrame } from './schema';

/** An item of the Banque des mesures that shows a commitment was carried out. */
export type Evidence = {
	id: number;
	kind: CatalogueKind;
	title: string;
	placeName: string | null;
	regionName: string | null;
	population: number | null;
	year: number | null;
	isDemo: boolean;
};

export type Commitment = {
	id: number;
	editionId: number;
	themeId: number;
	clienteleIds: number[];
	title: string;
	rationale: string;
	powers: string;
	costLevel: CostLevel;
	timeFrame: TimeFrame;
	status: ElectoralStatus;
	sortOrder: number;
	isDemo: boolean;
	version: number;
	/** Published items of the bank only, in the order staff chose. */
	evidence: Evidence[];
};

export type CommitmentFilter = {
	themeIds?: readonly number[];
	clienteleIds?: readonly number[];
	ids?: readonly number[];
	/** Drafts too (staff pages); the public sees published commitments only. */
	includeDrafts?: boolean;
};

const intArray = (values: readonly number[]) => sql.raw(`'{${values.map((value) => Math.trunc(Number(value))).join(',')}}'::int[]`);

/**
 * The commitments of an edition, by theme order then staff's order, each with its evidence from
 * the bank. A theme or clientèle filter keeps commitments having any of the given values.
 */
export async function listCommitments(db: Database, editionId: number, filter: CommitmentFilter = {}): Promise<Commitment[]> {
	const conditions = [sql`c.edition_id = ${editionId}`];
	if (!filter.includeDrafts) conditions.push(sql`c.status = 'published'`);
	if (filter.themeIds?.length) conditions.push(sql`c.theme_id = any(${intArray(filter.themeIds)})`);
	if (filter.clienteleIds?.length) conditions.push(sql`c.clientele_ids && ${intArray(filter.clienteleIds)}`);
	if (filter.ids) conditions.push(sql`c.id = any(${intArray(filter.ids)})`);
	const rows = await selectRows<Record<string, unknown>>(
		db,
		sql`select c.id, c.edition_id, c.theme_id, c.clientele_ids, c.title, c.rationale, c.powers, c.cost_level, c.time_frame,
				c.status, c.sort_order, c.is_demo, c.version,
				coalesce((
					select json_agg(json_build_object(
						'id', i.id, 'kind', i.kind, 'title', i.title, 'placeName', coalesce(m.name, t.name), 'regionName', r.name,
						'population', i.population, 'year', i.year, 'isDemo', i.is_demo) order by e.position, i.id)
					from electoral_commitment_evidence e
					join catalogue_item i on i.id = e.catalogue_item_id and i.status = 'published'
					left join municipality m on m.code = i.municipality_code
					left join territory t on t.code = i.territory_code
					left join region r on r.code = i.region_code
					where e.commitment_id = c.id
				), '[]'::json) as evidence
			from electoral_commitment c
			join electoral_term theme on theme.id = c.theme_id
			where ${sql.join(conditions, sql` and `)}
			order by theme.sort_order, c.sort_order, c.id`
	);
	return rows.map((row) => ({
		id: row.id as number,
		editionId: row.edition_id as number,
		themeId: row.theme_id as number,
		clienteleIds: row.clientele_ids as number[],
		title: row.title as string,
		rationale: row.rationale as string,
		powers: row.powers as string,
		costLevel: row.cost_level as CostLevel,
		timeFrame: row.time_frame as TimeFrame,
		status: row.status as ElectoralStatus,
		sortOrder: row.sort_order as number,
		isDemo: row.is_demo as boolean,
		version: row.version as number,
		evidence: (typeof row.evidence === 'string' ? JSON.parse(row.evidence) : row.evidence) as Evidence[]
	}));
}
