import { z } from 'zod';
import { quebecToday } from '$lib/fiscal-year';
import type { Database } from '../../../db/types';
import { pageWindow } from '../../../platform/pagination';
import { assertCan } from '../../../platform/permissions';
import type { Actor } from '../../../platform/roles';
import { ORGANISATION_KINDS } from '../../accounts/schema';
import { foldName, listRegionNames } from '../../territory/service';
import { membersOn, type MemberOnDate } from '../members';
import { MEMBERSHIP_STATUSES, type MembershipStatus } from '../status';

export const MEMBER_PAGE_SIZE = 50;

const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/).refine((value) => !Number.isNaN(Date.parse(`${value}T12:00:00Z`)) && new Date(`${value}T12:00:00Z`).toISOString().startsWith(value));

/** The list's filters as read from the address; anything unreadable falls back to its default and is reported. */
export function parseMemberQuery(params: URLSearchParams, today = quebecToday()) {
	const problems: string[] = [];
	const read = <T>(name: string, schema: z.ZodType<T>, fallback: T, problem: string): T => {
		const raw = params.get(name);
		if (raw === null || raw === '') return fallback;
		const parsed = schema.safeParse(raw);
		if (!parsed.success) problems.push(problem);
		return parsed.success ? parsed.data : fallback;
	};
	return {
		query: {
			date: read('date', isoDate, today, 'date'),
			status: read<MembershipStatus | null>('statut', z.enum(MEMBERSHIP_STATUSES), null, 'statut'),
			kind: read<(typeof ORGANISATION_KINDS)[number] | null>('type', z.enum(ORGANISATION_KINDS), null, 'type'),
			region: read<string | null>('region', z.string().regex(/^\d{2}$/), null, 'region'),
			text: (params.get('q') ?? '').trim().slice(0, 120),
			page: read('page', z.coerce.number().int().min(1), 1, 'page')
		},
		problems
	};
}

export type MemberQuery = ReturnType<typeof parseMemberQuery>['query'];

export type MemberRow = Pick<MemberOnDate, 'organisationId' | 'name' | 'kind' | 'regionCode' | 'status' | 'demo'> & { joinedOn: string; leftOn: string | null };

/**
 * Members with their status on the chosen day, filtered and paged; the counts by status follow every
 * filter but the status one, so each count says what choosing it would show.
 */
export async function listMembers(db: Database, actor: Actor, query: MemberQuery) {
	assertCan(actor, 'membership.manage');
	const [members, regions] = await Promise.all([membersOn(db, query.date), listRegionNames(db)]);
	const folded = foldName(query.text);
	const narrowed = members.filter(
		(member) =>
			member.status !== null &&
			(!query.kind || member.kind === query.kind) &&
			(!query.region || member.regionCode === query.region) &&
			(!folded || foldName(member.name).includes(folded))
	);
	const counts = Object.fromEntries(MEMBERSHIP_STATUSES.map((status) => [status, narrowed.filter((member) => member.status === status).length])) as Record<
		MembershipStatus,
		number
	>;
	const matching = query.status ? narrowed.filter((member) => member.status === query.status) : narrowed;
	const window = pageWindow(matching.length, query.page, MEMBER_PAGE_SIZE);
	const regionName = new Map(regions.map((region) => [region.code, region.name]));
	const rows = matching.slice(window.offset, window.offset + window.limit).map((member) => ({
		organisationId: member.organisationId,
		name: member.name,
		kind: member.kind,
		regionCode: member.regionCode,
		regionName: member.regionCode ? (regionName.get(member.regionCode) ?? null) : null,
		status: member.status,
		demo: member.demo,
		joinedOn: member.facts.joinedOn,
		leftOn: member.facts.leftOn
	}));
	return { rows, total: matching.length, counts, all: narrowed.length, page: window.page, pageCount: window.pageCount, regions };
}
