import { addDays, quebecToday } from '$lib/fiscal-year';
import { formatDate } from '$lib/format';
import { m } from '$lib/paraglide/messages.js';
import type { Database } from '../../db/types';
import type { Period, StatFigure } from '../../platform/manifest';
import { loadMembers, readGraceDays, type MemberGroup } from './members';
import { isCurrentMember, membershipStatus } from './status';

/** The first and last Québec calendar days of a period (its end is exclusive). */
export function periodDays(period: Period): { first: string; last: string } {
	return { first: quebecToday(period.start), last: addDays(quebecToday(period.end), -1) };
}

export type MembershipFigures = {
	/** The day the members are counted: the period's last day. */
	on: string;
	members: Record<MemberGroup | 'total', number>;
	/** Joined during the period. */
	joined: number;
	/** Members on the eve of the period still members at its end. */
	renewed: number;
	/** Members on the eve of the period no longer members at its end. */
	lapsed: number;
};

/** Members by group at the end of a period, and the movement over it, from the records' dates and payments. */
export async function membershipFigures(db: Database, period: Period): Promise<MembershipFigures> {
	const { first, last } = periodDays(period);
	const eve = addDays(first, -1);
	const [members, graceDays] = await Promise.all([loadMembers(db), readGraceDays(db)]);
	const figures: MembershipFigures = { on: last, members: { total: 0, municipal: 0, mrc: 0, other: 0 }, joined: 0, renewed: 0, lapsed: 0 };
	for (const member of members) {
		const atEnd = isCurrentMember(membershipStatus(member.facts, last, graceDays));
		const atStart = isCurrentMember(membershipStatus(member.facts, eve, graceDays));
		if (atEnd) {
			figures.members.total++;
			figures.members[member.group]++;
		}
		if (member.facts.joinedOn >= first && member.facts.joinedOn <= last) figures.joined++;
		if (atStart && atEnd) figures.renewed++;
		if (atStart && !atEnd) figures.lapsed++;
	}
	return figures;
}

export function portraitHref(on: string): string {
	return `/admin/membres/portrait?date=${on}`;
}

/** The activity report's membership figures (the dues ones come from billing/stats.ts). */
export async function membershipStatFigures(db: Database, period: Period): Promise<StatFigure[]> {
	const figures = await membershipFigures(db, period);
	const source = portraitHref(figures.on);
	const date = () => formatDate(figures.on);
	return [
		{ key: 'membership.members', label: () => m.portrait_stat_members({ date: date() }), value: figures.members.total, source, headline: true },
		{ key: 'membership.members.municipal', label: () => m.portrait_stat_members_municipal({ date: date() }), value: figures.members.municipal, source },
		{ key: 'membership.members.mrc', label: () => m.portrait_stat_members_mrc({ date: date() }), value: figures.members.mrc, source },
		{ key: 'membership.members.other', label: () => m.portrait_stat_members_other({ date: date() }), value: figures.members.other, source },
		{ key: 'membership.new', label: () => m.portrait_stat_new(), value: figures.joined, source },
		{ key: 'membership.renewed', label: () => m.portrait_stat_renewed(), value: figures.renewed, source },
		{ key: 'membership.lapsed', label: () => m.portrait_stat_lapsed(), value: figures.lapsed, source }
	];
}
