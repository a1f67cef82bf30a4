import { z } from 'zod';
import { fiscalYearLabel, fiscalYearOf } from '$lib/fiscal-year';
import { m } from '$lib/paraglide/messages.js';
import type { Database } from '../../../db/types';
import { AppError } from '../../../platform/errors';
import type { Actor } from '../../../platform/roles';
import { assertCanSeeMember } from '../access';
import { membersOn } from '../members';
import { isCurrentMember, type MembershipStatus } from '../status';

export type SealMember = {
	organisationId: string;
	name: string;
	status: MembershipStatus;
	/** The membership year the seal shows and the campaign runs for: the fiscal year of the day. */
	fiscalYear: number;
	yearLabel: string;
};

/**
 * The member whose seal the actor may have on a day: the one asked for (its own people, or staff), or
 * else the actor's first organisation in good standing. Anyone else is refused with the reason.
 */
export async function sealMemberFor(db: Database, actor: Actor, today: string, requestedId?: string | null): Promise<SealMember> {
	if (requestedId) {
		if (!z.uuid().safeParse(requestedId).success) throw new AppError('not_found', m.seal_member_not_found());
		assertCanSeeMember(actor, requestedId);
	}
	const members = await membersOn(db, today, requestedId ? [requestedId] : actor.organisationIds);
	if (members.length === 0) throw new AppError('forbidden', m.seal_refused_not_member());
	const member = members.find((candidate) => isCurrentMember(candidate.status));
	if (!member?.status) throw new AppError('forbidden', m.seal_refused_lapsed({ name: members[0].name }));
	const fiscalYear = fiscalYearOf(today);
	return { organisationId: member.organisationId, name: member.name, status: member.status, fiscalYear, yearLabel: fiscalYearLabel(fiscalYear) };
}

export function sealContentOf(member: SealMember) {
	return { name: member.name, yearLabel: member.yearLabel, title: m.seal_image_title({ name: member.name, year: member.yearLabel }) };
}
