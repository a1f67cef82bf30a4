import { count, inArray } from 'drizzle-orm';
import type { PgTable } from 'drizzle-orm/pg-core';
import type { Database } from '../../../db/types';
import { populationClass, region } from '../../territory/schema';
import { accompanimentMember, boardMandate, boardSeat, committee, committeeMember, staffMember } from '../schema';

const isEmpty = async (tx: Database, table: PgTable) => (await tx.select({ rows: count() }).from(table))[0].rows === 0;

type DemoData = typeof import('./demo-data');

async function loadBoard(tx: Database, { DEMO_SEATS, DEMO_YEAR_START }: DemoData) {
	const classes = await tx.select().from(populationClass);
	const classIdOf = (max: number | null) => {
		const found = classes.find((row) => row.maxPopulation === max);
		if (!found) throw new Error(`Aucune classe de population ne finit à ${max ?? 'l’infini'} : le conseil de démonstration ne peut être chargé.`);
		return found.id;
	};
	const seats = await tx
		.insert(boardSeat)
		.values(
			DEMO_SEATS.map((seat, index) => ({
				label: seat.label,
				representation: seat.representation,
				populationClassId: seat.classMax === undefined ? null : classIdOf(seat.classMax),
				delegation: seat.delegation ?? null,
				sortOrder: index,
				demo: true
			}))
		)
		.returning({ id: boardSeat.id, sortOrder: boardSeat.sortOrder });
	const seatIdAt = new Map(seats.map((seat) => [seat.sortOrder, seat.id]));
	await tx.insert(boardMandate).values(
		DEMO_SEATS.map((seat, index) => ({
			seatId: seatIdAt.get(index)!,
			personName: seat.holder.name,
			affiliation: seat.holder.affiliation,
			role: seat.holder.role,
			startOn: DEMO_YEAR_START
		}))
	);
}

async function loadStaff(tx: Database, { DEMO_STAFF, DEMO_DEPARTED_STAFF, DEPARTED_JOB_TITLE, DEMO_DEPARTURE }: DemoData) {
	const current = Object.entries(DEMO_STAFF).flatMap(([team, people]) =>
		people.map(([name, jobTitle], index) => ({ name, jobTitle, team: team as keyof typeof DEMO_STAFF, sortOrder: index, demo: true }))
	);
	const departed = DEMO_DEPARTED_STAFF.map((name, index) => ({
		name,
		jobTitle: DEPARTED_JOB_TITLE,
		team: 'programmes' as const,
		sortOrder: 100 + index,
		endOn: DEMO_DEPARTURE,
		demo: true
	}));
	await tx.insert(staffMember).values([...current, ...departed]);
}

async function loadAccompaniment(tx: Database, { DEMO_ACCOMPANIMENT }: DemoData) {
	const codes = DEMO_ACCOMPANIMENT.map(([regionNumber]) => String(regionNumber).padStart(2, '0'));
	const known = new Set((await tx.select({ code: region.code }).from(region).where(inArray(region.code, codes))).map((row) => row.code));
	const missing = codes.filter((code) => !known.has(code));
	if (missing.length > 0) throw new Error(`Régions inconnues dans l’équipe d’accompagnement de démonstration : ${missing.join(', ')}`);
	await tx.insert(accompanimentMember).values(
		DEMO_ACCOMPANIMENT.flatMap(([, names], at) => names.map((name, index) => ({ name, regionCode: codes[at], sortOrder: index, demo: true })))
	);
}

async function loadCommittees(tx: Database, { DEMO_COMMITTEES, DEMO_YEAR_START }: DemoData) {
	const committees = await tx
		.insert(committee)
		.values(DEMO_COMMITTEES.map(({ name, kind, description }, index) => ({ name, kind, description, sortOrder: index, startOn: DEMO_YEAR_START, demo: true })))
		.returning({ id: committee.id, sortOrder: committee.sortOrder });
	const committeeIdAt = new Map(committees.map((row) => [row.sortOrder, row.id]));
	await tx.insert(committeeMember).values(
		DEMO_COMMITTEES.flatMap((demo, at) =>
			demo.members.map((member, index) => ({ ...member, role: member.role ?? null, committeeId: committeeIdAt.get(at)!, sortOrder: index }))
		)
	);
}

/**
 * The board, la permanence, the accompaniment team (from the 2024-2025 report) and a few committees,
 * all marked as demonstration. Each group is loaded only while its table is empty, so a second run
 * or records typed by staff are left alone.
 */
export async function loadDemoGovernance(db: Database): Promise<void> {
	// Loaded on demand: the names stay out of memory on installations without demonstration content.
	const data = await import('./demo-data');
	await db.transaction(async (tx) => {
		if (await isEmpty(tx, boardSeat)) await loadBoard(tx, data);
		if (await isEmpty(tx, staffMember)) await loadStaff(tx, data);
		if (await isEmpty(tx, accompanimentMember)) await loadAccompaniment(tx, data);
		if (await isEmpty(tx, committee)) await loadCommittees(tx, data);
	});
}
