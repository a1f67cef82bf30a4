import type { Database } from '../../../db/types';
import { STAFF_TEAMS } from '../schema';
import { currentAccompaniment, type RegionTeam } from './accompaniment';
import { currentBoard, type BoardMember, type BoardRole } from './board';
import { currentCommittees, type PublicCommittee } from './committees';
import { currentStaff, type CurrentStaffMember, type StaffTeam } from './staff';

/** The officers, in the order the board lists them. */
export const OFFICER_ROLES: readonly BoardRole[] = ['presidence', 'vice_presidence', 'tresorerie', 'secretariat'];

export type BoardGroups = { officers: BoardMember[]; administrators: BoardMember[]; exOfficio: BoardMember[] };

export type GovernanceOverview = {
	board: BoardGroups;
	staff: { team: StaffTeam; members: CurrentStaffMember[] }[];
	accompaniment: RegionTeam[];
	committees: PublicCommittee[];
};

/** Officers first (présidence, vice-présidence, trésorerie, secrétariat), then the administrators in seat order, then the members ex officio. */
export function groupBoard(members: readonly BoardMember[]): BoardGroups {
	const exOfficio = members.filter((member) => member.role === 'direction_generale' || member.representation === 'ex_officio');
	const others = members.filter((member) => !exOfficio.includes(member));
	const rank = (member: BoardMember) => OFFICER_ROLES.indexOf(member.role);
	return {
		officers: others.filter((member) => rank(member) >= 0).sort((a, b) => rank(a) - rank(b)),
		administrators: others.filter((member) => rank(member) < 0),
		exOfficio
	};
}

/** What « Qui sommes-nous » shows on `today`: only the people in office that day, every group from its records. */
export async function loadGovernanceOverview(db: Database, today: string): Promise<GovernanceOverview> {
	const [board, staff, accompaniment, committees] = await Promise.all([
		currentBoard(db, today),
		currentStaff(db, today),
		currentAccompaniment(db, today),
		currentCommittees(db, today)
	]);
	return {
		board: groupBoard(board),
		staff: STAFF_TEAMS.map((team) => ({ team, members: staff.filter((member) => member.team === team) })),
		accompaniment,
		committees
	};
}
