import { and, count, eq } from 'drizzle-orm';
import { expect, test } from 'vitest';
import { describeOnEachDatabase } from '../../../db/test-databases';
import { auditEntry } from '../../../platform/audit/schema';
import type { Actor } from '../../../platform/roles';
import { populationClass } from '../../territory/schema';
import { accompanimentMember, boardSeat, committee, staffMember } from '../schema';
import { createAccompanimentMember, currentAccompaniment, endAccompanimentMember, moveAccompanimentMember, updateAccompanimentMember } from './accompaniment';
import { createMandate, createSeat, currentBoard, deleteMandate, deleteSeat, endMandate, getSeat, listSeats, updateMandate, updateSeat } from './board';
import { addCommitteeMember, createCommittee, currentCommittees, endCommittee, getCommittee, moveCommitteeMember, updateCommitteeMember } from './committees';
import { loadDemoGovernance } from './demo';
import { loadGovernanceOverview } from './overview';
import { createStaffMember, currentStaff, deleteStaffMember, endStaffMember, listStaffByTeam, moveStaffMember, updateStaffMember } from './staff';

const staff: Actor = { role: 'staff', userId: 'governance-staff', organisationIds: [], regionCodes: [] };
const member: Actor = { role: 'member', userId: 'governance-member', organisationIds: [], regionCodes: [] };

describeOnEachDatabase('governance and team', (context) => {
	const auditActions = async (entityType: string, id: string | number) =>
		(
			await context.db
				.select({ action: auditEntry.action, actorId: auditEntry.actorId })
				.from(auditEntry)
				.where(and(eq(auditEntry.entityType, entityType), eq(auditEntry.entityId, String(id))))
				.orderBy(auditEntry.id)
		).map((entry) => `${entry.actorId}:${entry.action}`);

	// First, while the tables are empty: the loader only fills empty tables.
	test('the demonstration loads the report’s 13 board members and the DG, la permanence by team, the accompaniment team by region, and loads once', async () => {
		await loadDemoGovernance(context.db);
		const overview = await loadGovernanceOverview(context.db, '2025-03-01');
		const { officers, administrators, exOfficio } = overview.board;
		expect(officers.length + administrators.length + exOfficio.length).toBe(14);
		expect(officers.map((entry) => [entry.personName, entry.role])).toEqual([
			['Doreen Assaad', 'presidence'],
			['Patrick Paulin', 'vice_presidence'],
			['Isabelle Bleau', 'tresorerie'],
			['Patricia Boudreault-Bruyère', 'secretariat']
		]);
		expect(officers[0]).toMatchObject({ seatLabel: 'Délégation de l’Union des municipalités du Québec', affiliation: 'Mairesse de Brossard' });
		expect(exOfficio.map((entry) => entry.personName)).toEqual(['Isabelle Lizée']);
		expect(administrators).toHaveLength(9);
		expect(administrators[0]).toMatchObject({ personName: 'Andréa Gosselin', seatLabel: 'Représentation des municipalités de 1 à 1 749 individus' });

		// Seats of a population class point at the class with those bounds: two seats for 10 000 to 49 999.
		const seats = await listSeats(context.db, staff, '2025-03-01');
		const [middle] = await context.db.select().from(populationClass).where(eq(populationClass.minPopulation, 10_000));
		expect(seats.filter((seat) => seat.populationClassId === middle.id).map((seat) => seat.holders[0].personName)).toEqual(['Isabelle Bleau', 'Patrick Paulin']);
		expect(seats.every((seat) => seat.demo)).toBe(true);

		const teamSizes = (list: typeof overview.staff) => list.map((group) => [group.team, group.members.length]);
		// Before 31 March 2025, the six who left during the year are still there (the report gives no team: they sit in programmes).
		expect(teamSizes(overview.staff)).toEqual([
			['direction', 4],
			['programmes', 15],
			['communications', 3]
		]);
		// The six who left during 2024-2025 are gone from the page the next year, and stay on record.
		expect(teamSizes((await loadGovernanceOverview(context.db, '2025-04-01')).staff)).toEqual([
			['direction', 4],
			['programmes', 9],
			['communications', 3]
		]);
		expect((await listStaffByTeam(context.db, staff, '2025-04-01')).flatMap((team) => team.past)).toHaveLength(6);

		expect(overview.accompaniment.map((region) => region.regionCode)).toEqual(['01', '02', '03', '04', '07', '08', '09', '11', '12', '14', '15', '16', '17']);
		expect(overview.accompaniment.find((region) => region.regionCode === '08')).toEqual({
			regionCode: '08',
			regionName: 'Abitibi-Témiscamingue',
			members: [expect.objectContaining({ name: 'Robert B. Brière' })]
		});
		expect(overview.committees.map((row) => [row.name, row.members.length])).toEqual([
			['Comité de coordination PourRallier', 3],
			['Comité de contenu PourRallier', 3],
			['Comité Fièrement membre', 3]
		]);

		const sizes = async () =>
			Promise.all([boardSeat, staffMember, accompanimentMember, committee].map(async (table) => (await context.db.select({ rows: count() }).from(table))[0].rows));
		const before = await sizes();
		await loadDemoGovernance(context.db);
		expect(await sizes()).toEqual(before);
	});

	test('a seat says what it represents; a class or a delegation is asked for when the seat represents one', async () => {
		await expect(createSeat(context.db, staff, { label: 'S', representation: 'population_class', populationClassId: '' })).rejects.toMatchObject({
			code: 'invalid_input',
			fields: { label: 'Le libellé doit compter au moins 3 caractères.', populationClassId: 'Choisissez la classe de population que ce siège représente.' }
		});
		await expect(createSeat(context.db, staff, { label: 'Délégation', representation: 'delegation', delegation: ' ' })).rejects.toMatchObject({
			fields: { delegation: expect.stringContaining('Écrivez la délégation') }
		});
		await expect(createSeat(context.db, staff, { label: 'Siège', representation: 'population_class', populationClassId: '99999' })).rejects.toMatchObject({
			fields: { populationClassId: 'Choisissez une classe de population de la liste.' }
		});
		await expect(createSeat(context.db, staff, { label: 'Siège', representation: 'président' })).rejects.toMatchObject({
			fields: { representation: 'Choisissez ce que le siège représente.' }
		});
		await expect(createSeat(context.db, member, { label: 'Siège', representation: 'mrc' })).rejects.toMatchObject({ code: 'forbidden' });

		const seat = await createSeat(context.db, staff, { label: 'Délégation de la Ville de Laval', representation: 'delegation', delegation: 'Ville de Laval', populationClassId: '1' });
		// A class only belongs to a seat that represents one.
		expect(seat).toMatchObject({ delegation: 'Ville de Laval', populationClassId: null, demo: false });
		expect(seat.sortOrder).toBe(14);
		const edited = await updateSeat(context.db, staff, seat.id, { label: 'Représentation des MRC (2e siège)', representation: 'mrc', delegation: 'Ville de Laval' });
		expect(edited).toMatchObject({ representation: 'mrc', delegation: null });
		expect(await auditActions('board_seat', seat.id)).toEqual(['governance-staff:governance.seat.create', 'governance-staff:governance.seat.update']);
		await expect(updateSeat(context.db, staff, 'abc', { label: 'x' })).rejects.toMatchObject({ code: 'not_found' });
	});

	test('mandates: the holder on any date is the mandate begun and not ended; a seat has one holder at a time; an ended mandate stays on record', async () => {
		const seat = await createSeat(context.db, staff, { label: 'Représentation des municipalités de 500 000 individus et plus', representation: 'population_class', populationClassId: '7' });
		const holdersOn = async (date: string) => (await currentBoard(context.db, date)).filter((entry) => entry.seatId === seat.id).map((entry) => entry.personName);

		await expect(createMandate(context.db, staff, seat.id, { personName: 'A', role: 'chef', startOn: '2024-13-01', endOn: '2020-01-01' })).rejects.toMatchObject({
			code: 'invalid_input',
			fields: {
				personName: 'Le nom doit compter au moins 2 caractères.',
				role: 'Choisissez le rôle au conseil.',
				startOn: 'Écrivez la date sous la forme AAAA-MM-JJ.'
			}
		});
		await expect(createMandate(context.db, staff, seat.id, { personName: 'Ada Roy', role: 'administration', startOn: '2024-06-01', endOn: '2024-05-01' })).rejects.toMatchObject({
			fields: { endOn: 'La fin du mandat ne peut précéder son début.' }
		});
		await expect(createMandate(context.db, staff, seat.id, { personName: 'Ada Roy', role: 'administration' })).rejects.toMatchObject({
			fields: { startOn: 'Écrivez la date du début du mandat.' }
		});

		const first = await createMandate(context.db, staff, seat.id, { personName: 'Ada Roy', affiliation: 'Mairesse de Laval', role: 'administration', startOn: '2020-06-01', endOn: '' });
		expect(first).toMatchObject({ affiliation: 'Mairesse de Laval', endOn: null });
		await expect(createMandate(context.db, staff, seat.id, { personName: 'Bea Roy', role: 'administration', startOn: '2024-06-01' })).rejects.toMatchObject({
			code: 'conflict',
			fields: { startOn: 'Le siège est occupé par Ada Roy depuis le 1 juin 2020 : terminez d’abord ce mandat.' }
		});
		await expect(endMandate(context.db, staff, first.id, { endOn: '2019-12-31' })).rejects.toMatchObject({
			fields: { endOn: 'La fin du mandat ne peut précéder son début.' }
		});
		await expect(endMandate(context.db, staff, first.id, { endOn: '' })).rejects.toMatchObject({ fields: { endOn: 'Écrivez la date de fin.' } });
		expect(await endMandate(context.db, staff, first.id, { endOn: '2024-05-31' })).toMatchObject({ endOn: '2024-05-31' });
		const second = await createMandate(context.db, staff, seat.id, { personName: 'Bea Roy', role: 'vice_presidence', startOn: '2024-06-01' });

		expect(await holdersOn('2020-05-31')).toEqual([]);
		expect(await holdersOn('2020-06-01')).toEqual(['Ada Roy']);
		expect(await holdersOn('2024-05-31')).toEqual(['Ada Roy']);
		expect(await holdersOn('2024-06-01')).toEqual(['Bea Roy']);
		expect(await holdersOn('2031-01-01')).toEqual(['Bea Roy']);
		// A vice-présidence is an officer on the public page.
		expect((await loadGovernanceOverview(context.db, '2024-06-01')).board.officers.map((entry) => entry.personName)).toContain('Bea Roy');

		// Editing a mandate back over the other one is refused the same way.
		await expect(updateMandate(context.db, staff, second.id, { personName: 'Bea Roy', role: 'vice_presidence', startOn: '2024-05-01' })).rejects.toMatchObject({
			code: 'conflict',
			fields: { startOn: expect.stringContaining('Ada Roy du 1 juin 2020 au 31 mai 2024') }
		});
		expect(await updateMandate(context.db, staff, second.id, { personName: 'Béatrice Roy', role: 'presidence', startOn: '2024-06-01' })).toMatchObject({
			personName: 'Béatrice Roy',
			role: 'presidence'
		});

		// History stays: the seat cannot go while it has mandates; a mandate typed by mistake can.
		expect((await getSeat(context.db, staff, seat.id)).mandates.map((mandate) => mandate.personName)).toEqual(['Béatrice Roy', 'Ada Roy']);
		await expect(deleteSeat(context.db, staff, seat.id)).rejects.toMatchObject({ code: 'conflict' });
		expect(await auditActions('board_mandate', first.id)).toEqual(['governance-staff:governance.mandate.create', 'governance-staff:governance.mandate.end']);
		await deleteMandate(context.db, staff, first.id);
		await deleteMandate(context.db, staff, second.id);
		await deleteSeat(context.db, staff, seat.id);
		await expect(getSeat(context.db, staff, seat.id)).rejects.toMatchObject({ code: 'not_found' });
		await expect(endMandate(context.db, member, second.id, { endOn: '2025-01-01' })).rejects.toMatchObject({ code: 'forbidden' });
	});

	test('la permanence: every field is checked at once, a person moves within their team, a departure ends their time on the page', async () => {
		await expect(createStaffMember(context.db, staff, { name: '', jobTitle: 'x', team: 'finances', startOn: 'demain' })).rejects.toMatchObject({
			code: 'invalid_input',
			fields: {
				name: 'Le nom doit compter au moins 2 caractères.',
				jobTitle: 'Le titre doit compter au moins 2 caractères.',
				team: 'Choisissez l’équipe.',
				startOn: 'Écrivez la date sous la forme AAAA-MM-JJ.'
			}
		});
		const added = await createStaffMember(context.db, staff, { name: 'Zoé Test', jobTitle: 'Chargée de projet – essais', team: 'communications', startOn: '2025-09-01' });
		const communications = async (date: string) => (await currentStaff(context.db, date)).filter((row) => row.team === 'communications').map((row) => row.name);
		expect((await communications('2025-08-31')).includes('Zoé Test')).toBe(false);
		expect((await communications('2025-09-01')).at(-1)).toBe('Zoé Test');

		await moveStaffMember(context.db, staff, added.id, 'up', '2025-09-01');
		expect((await communications('2025-09-01')).slice(-2)).toEqual(['Zoé Test', 'Andréa Ouellette-Lapointe']);
		// Another team: at its end.
		const moved = await updateStaffMember(context.db, staff, added.id, { name: 'Zoé Test', jobTitle: 'Adjointe administrative', team: 'direction', startOn: '2025-09-01' });
		expect((await currentStaff(context.db, '2025-09-01')).filter((row) => row.team === 'direction').at(-1)?.name).toBe('Zoé Test');
		expect(moved.sortOrder).toBe(4);

		await expect(endStaffMember(context.db, staff, added.id, { endOn: '2025-08-01' })).rejects.toMatchObject({ fields: { endOn: 'Le départ ne peut précéder l’arrivée.' } });
		await endStaffMember(context.db, staff, added.id, { endOn: '2026-01-15' });
		expect((await currentStaff(context.db, '2026-01-15')).some((row) => row.name === 'Zoé Test')).toBe(true);
		expect((await currentStaff(context.db, '2026-01-16')).some((row) => row.name === 'Zoé Test')).toBe(false);
		expect(await auditActions('staff_member', added.id)).toEqual([
			'governance-staff:governance.staff.create',
			'governance-staff:governance.staff.move',
			'governance-staff:governance.staff.update',
			'governance-staff:governance.staff.end'
		]);
		await deleteStaffMember(context.db, staff, added.id);
		await expect(deleteStaffMember(context.db, staff, added.id)).rejects.toMatchObject({ code: 'not_found' });
		await expect(createStaffMember(context.db, member, { name: 'Zoé Test', jobTitle: 'Chargée', team: 'direction' })).rejects.toMatchObject({ code: 'forbidden' });
	});

	test('the accompaniment team: regions come from the region table, one line per person and region', async () => {
		await expect(createAccompanimentMember(context.db, staff, { name: 'Luc Test', regionCode: '42' })).rejects.toMatchObject({
			fields: { regionCode: 'Choisissez une région de la liste.' }
		});
		await expect(createAccompanimentMember(context.db, staff, { name: 'Luc Trottier', regionCode: '07' })).rejects.toMatchObject({
			code: 'conflict',
			fields: { name: 'Luc Trottier accompagne déjà cette région.' }
		});
		const added = await createAccompanimentMember(context.db, staff, { name: 'Luc Test', regionCode: '13' });
		const laval = async (date: string) => (await currentAccompaniment(context.db, date)).find((region) => region.regionCode === '13');
		expect(await laval('2025-06-01')).toEqual({ regionCode: '13', regionName: 'Laval', members: [{ id: added.id, name: 'Luc Test' }] });

		const moved = await updateAccompanimentMember(context.db, staff, added.id, { name: 'Luc Test', regionCode: '16' });
		expect(moved.sortOrder).toBe(3);
		await moveAccompanimentMember(context.db, staff, added.id, 'up', '2025-06-01');
		expect((await currentAccompaniment(context.db, '2025-06-01')).find((region) => region.regionCode === '16')?.members.map((row) => row.name)).toEqual([
			'Richard Paulhus',
			'Linda Duval',
			'Luc Test',
			'Lise Noël'
		]);
		await endAccompanimentMember(context.db, staff, added.id, { endOn: '2025-06-30' });
		expect((await currentAccompaniment(context.db, '2025-07-01')).find((region) => region.regionCode === '16')?.members).toHaveLength(3);
		expect(await laval('2025-06-01')).toBeUndefined();
	});

	test('committees and their members, in order; an ended committee leaves the public page', async () => {
		await expect(createCommittee(context.db, staff, { name: 'Co', kind: 'secret', endOn: '2024-01-01', startOn: '2025-01-01' })).rejects.toMatchObject({
			fields: { name: 'Le nom doit compter au moins 3 caractères.', kind: 'Choisissez le type de comité.', endOn: 'La fin du comité ne peut précéder sa création.' }
		});
		const created = await createCommittee(context.db, staff, { name: 'Comité de gouvernance', kind: 'gouvernance', description: 'Ligne 1\r\nLigne 2', startOn: '' });
		expect(created).toMatchObject({ description: 'Ligne 1\nLigne 2', startOn: null, sortOrder: 3 });
		const first = await addCommitteeMember(context.db, staff, created.id, { personName: 'Doreen Assaad', affiliation: 'Présidence du conseil', role: '' });
		const second = await addCommitteeMember(context.db, staff, created.id, { personName: 'Isabelle Lizée', role: 'Secrétariat du comité' });
		await expect(addCommitteeMember(context.db, staff, created.id, { personName: 'X' })).rejects.toMatchObject({ fields: { personName: expect.any(String) } });
		await moveCommitteeMember(context.db, staff, created.id, second.id, 'up');
		expect((await getCommittee(context.db, staff, created.id)).members.map((row) => [row.personName, row.role])).toEqual([
			['Isabelle Lizée', 'Secrétariat du comité'],
			['Doreen Assaad', null]
		]);
		// A member is reached through its own committee only.
		const other = await createCommittee(context.db, staff, { name: 'Comité d’essai', kind: 'autre' });
		await expect(updateCommitteeMember(context.db, staff, other.id, first.id, { personName: 'Doreen Assaad' })).rejects.toMatchObject({ code: 'not_found' });

		const onPage = async (date: string) => (await currentCommittees(context.db, date)).map((row) => row.name);
		expect(await onPage('2025-06-01')).toEqual(expect.arrayContaining(['Comité de gouvernance', 'Comité d’essai']));
		await endCommittee(context.db, staff, created.id, { endOn: '2025-06-30' });
		expect(await onPage('2025-06-30')).toContain('Comité de gouvernance');
		expect(await onPage('2025-07-01')).not.toContain('Comité de gouvernance');
	});
});
