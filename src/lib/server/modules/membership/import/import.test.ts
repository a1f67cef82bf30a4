import { count } from 'drizzle-orm';
import { expect, test } from 'vitest';
import { describeOnEachDatabase } from '../../../db/test-databases';
import { auditEntry } from '../../../platform/audit/schema';
import { toXlsx } from '../../../platform/exports/xlsx';
import type { Actor } from '../../../platform/roles';
import { organisation } from '../../accounts/schema';
import { loadMembers } from '../members';
import { membership, membershipPeriod } from '../schema';
import { confirmImport } from './confirm';
import { decodeDraft, encodeDraft } from './draft';
import { matchRows } from './match';
import { readMemberList, type TypedRow } from './read';

const staff: Actor = { role: 'staff', userId: null, organisationIds: [], regionCodes: [] };
const member: Actor = { role: 'member', userId: null, organisationIds: [], regionCodes: [] };

const HEADERS = ['Code géographique', 'Nom', 'Type', 'Date d’adhésion', 'Courriel'];
const LINES = [
	['25213', 'Ville de Lévis (sic)', 'Ville', '2021-04-15', 'info@levis.example'],
	['', 'saint damase', '', '2022-05-01', ''],
	['', 'Ville de Rimouski', 'Municipalité', '15/06/2020', ''],
	['', 'MRC de Rimouski-Neigette', 'MRC', '', ''],
	['', 'Fondation des parcs d’essai', 'OBNL', '2023-01-10', 'parcs@example.org'],
	['', 'Municipalité imaginaire', '', '', ''],
	['99999', 'Code inconnu', '', '', ''],
	['', 'Saint-Fabien', '', 'hier', ''],
	['', 'Esprit-Saint', '', '2024-02-30', 'pas-un-courriel']
];

const csvFile = () => new File([[HEADERS, ...LINES].map((cells) => cells.join(';')).join('\r\n')], 'membres.csv', { type: 'text/csv' });

describeOnEachDatabase('member list import', (context) => {
	let typed: TypedRow[];

	test('a CSV list is read with its French column names, blank lines left out', async () => {
		typed = await readMemberList(csvFile());
		expect(typed).toHaveLength(LINES.length);
		expect(typed[0]).toEqual({ line: 2, code: '25213', name: 'Ville de Lévis (sic)', kindText: 'Ville', joinedOnText: '2021-04-15', email: 'info@levis.example' });
		expect(decodeDraft(encodeDraft(typed))).toEqual(typed);
		expect(decodeDraft('[{"line":"x"}]')).toBeNull();
	});

	test('an Excel list reads the same', async () => {
		const workbook = await toXlsx({
			title: 'Membres',
			columns: HEADERS.map((header, index) => ({ key: String(index), header })),
			rows: LINES.map((cells) => Object.fromEntries(cells.map((cell, index) => [String(index), cell])))
		});
		const file = new File([new Uint8Array(workbook)], 'membres.xlsx');
		expect(await readMemberList(file)).toEqual(typed);
	});

	test('a file of another kind, or without a code or name column, is refused next to the file field', async () => {
		await expect(readMemberList(new File(['x'], 'membres.pdf'))).rejects.toMatchObject({ fields: { file: expect.stringContaining('.xlsx') } });
		await expect(readMemberList(new File(['a;b\n1;2'], 'membres.csv'))).rejects.toMatchObject({ fields: { file: expect.stringContaining('code géographique') } });
	});

	test('lines match by code, by name whatever the accents and prefix, homonyms are ambiguous, the rest unmatched with a reason', async () => {
		const rows = await matchRows(context.db, typed);
		const byLine = (line: number) => rows.find((row) => row.line === line)!;
		expect(byLine(2)).toMatchObject({ status: 'matched', candidates: [{ id: 'municipality:25213', name: 'Lévis' }] });
		expect(byLine(3).status).toBe('ambiguous');
		expect(byLine(3).candidates.map((candidate) => candidate.id).sort()).toEqual(['municipality:07105', 'municipality:54017']);
		expect(byLine(4)).toMatchObject({ status: 'matched', candidates: [{ id: 'municipality:10043' }], joinedOn: '2020-06-15' });
		expect(byLine(5)).toMatchObject({ status: 'matched', candidates: [{ id: 'mrc:10', name: 'Rimouski-Neigette' }] });
		expect(byLine(6)).toMatchObject({ status: 'matched', candidates: [{ id: 'nonprofit', kind: 'nonprofit' }] });
		expect(byLine(7)).toMatchObject({ status: 'unmatched', reason: expect.stringContaining('Municipalité imaginaire') });
		expect(byLine(8)).toMatchObject({ status: 'unmatched', reason: expect.stringContaining('99999') });
		expect(byLine(9)).toMatchObject({ status: 'unmatched', reason: expect.stringContaining('hier') });
		expect(byLine(10).reason).toContain('2024-02-30');
		expect(byLine(10).reason).toContain('pas-un-courriel');
	});

	test('only staff may import', async () => {
		await expect(confirmImport(context.db, member, typed, {})).rejects.toMatchObject({ code: 'forbidden' });
	});

	test('confirming creates the organisations and memberships once, with the picked homonym; a second import creates nothing', async () => {
		const outcome = await confirmImport(context.db, staff, typed, { 3: 'municipality:54017' }, '2026-11-26');
		expect(outcome).toEqual({ created: 5, organisationsCreated: 5, alreadyMembers: 0, skipped: 4 });
		const members = await loadMembers(context.db);
		expect(members.map((row) => `${row.kind}:${row.municipalityCode ?? row.territoryCode ?? row.name}:${row.facts.joinedOn}`).sort()).toEqual(
			[
				'municipality:25213:2021-04-15',
				'municipality:54017:2022-05-01',
				'municipality:10043:2020-06-15',
				'mrc:10:2026-11-26',
				'nonprofit:Fondation des parcs d’essai:2023-01-10'
			].sort()
		);
		expect(members.every((row) => row.facts.periods.some((period) => period.fiscalYear === 2026))).toBe(true);
		const [{ audited }] = await context.db.select({ audited: count() }).from(auditEntry);
		expect(audited).toBeGreaterThanOrEqual(5);

		const counts = async () => {
			const [[organisations], [memberships], [periods]] = await Promise.all([
				context.db.select({ rows: count() }).from(organisation),
				context.db.select({ rows: count() }).from(membership),
				context.db.select({ rows: count() }).from(membershipPeriod)
			]);
			return [organisations.rows, memberships.rows, periods.rows];
		};
		const before = await counts();
		const again = await matchRows(context.db, typed);
		expect(again.filter((row) => row.status === 'member').map((row) => row.line)).toEqual([2, 4, 5, 6]);
		expect(await confirmImport(context.db, staff, typed, { 3: 'municipality:54017' }, '2026-11-26')).toEqual({ created: 0, organisationsCreated: 0, alreadyMembers: 5, skipped: 4 });
		expect(await counts()).toEqual(before);
	});
});
