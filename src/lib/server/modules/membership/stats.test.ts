import { expect, test } from 'vitest';
import { addDays, fiscalYearPeriod } from '$lib/fiscal-year';
import { describeOnEachDatabase } from '../../db/test-databases';
import { loadMembers } from './members';
import { memberPortraits } from './portrait/portrait';
import { portraitTables } from './portrait/tables';
import { membershipStatFigures } from './stats';
import { isCurrentMember, membershipStatus } from './status';

/** The member figures of the activity report and of the portrait, on the demonstration members. */
describeOnEachDatabase(
	'membership figures',
	(context) => {
		let records: Awaited<ReturnType<typeof loadMembers>> | null = null;
		const allMembers = async () => (records ??= await loadMembers(context.db));
		const currentOn = async (day: string) => (await allMembers()).filter((member) => isCurrentMember(membershipStatus(member.facts, day)));

		test('on 31 March 2025 the members are the report’s 372 municipalities and arrondissements, 35 MRC and 20 others', async () => {
			const figures = await membershipStatFigures(context.db, fiscalYearPeriod(2024));
			const value = (key: string) => figures.find((figure) => figure.key === key)?.value;
			expect(value('membership.members.municipal')).toBe(372);
			expect(value('membership.members.mrc')).toBe(35);
			expect(value('membership.members.other')).toBe(20);
			expect(value('membership.members')).toBe(427);
			expect(figures.find((figure) => figure.key === 'membership.members')).toMatchObject({ headline: true, source: '/admin/membres/portrait?date=2025-03-31' });
			expect(figures.every((figure) => figure.label().length > 0 && figure.source.startsWith('/admin/membres/portrait'))).toBe(true);

			const current = await currentOn('2025-03-31');
			expect(value('membership.members')).toBe(current.length);
			expect(value('membership.members.municipal')).toBe(current.filter((member) => member.kind === 'municipality' || member.kind === 'borough').length);
			expect(value('membership.members.mrc')).toBe(current.filter((member) => member.kind === 'mrc').length);
		});

		test('new, renewed and lapsed members add up with the members at each end of the year', async () => {
			for (const fiscalYear of [2023, 2024, 2025]) {
				const figures = await membershipStatFigures(context.db, fiscalYearPeriod(fiscalYear));
				const value = (key: string) => figures.find((figure) => figure.key === key)!.value;
				const before = await currentOn(`${fiscalYear}-03-31`);
				const after = await currentOn(`${fiscalYear + 1}-03-31`);
				const members = await allMembers();
				const joined = members.filter((member) => member.facts.joinedOn >= `${fiscalYear}-04-01` && member.facts.joinedOn <= `${fiscalYear + 1}-03-31`);
				expect(value('membership.renewed') + value('membership.lapsed'), String(fiscalYear)).toBe(before.length);
				expect(value('membership.new')).toBe(joined.length);
				const afterIds = new Set(after.map((member) => member.organisationId));
				expect(value('membership.renewed')).toBe(before.filter((member) => afterIds.has(member.organisationId)).length);
				expect(value('membership.lapsed')).toBeGreaterThan(0);
				expect(value('membership.new')).toBeGreaterThan(0);
			}
		});

		test('the portrait’s counts by type, region and population class equal the records, on any day and a year earlier', async () => {
			for (const day of ['2025-03-31', '2024-03-31', addDays('2025-03-31', 200)]) {
				const [portrait] = await memberPortraits(context.db, [day]);
				const current = await currentOn(day);
				expect(portrait.total).toBe(current.length);
				for (const { kind, count } of portrait.byType) expect(count, kind).toBe(current.filter((member) => member.kind === kind).length);
				for (const region of portrait.byRegion) expect(region.count, region.name).toBe(current.filter((member) => member.regionCode === region.code).length);
				expect(portrait.byRegion).toHaveLength(17);
				const municipal = current.filter((member) => member.group === 'municipal');
				for (const entry of portrait.byPopulationClass) {
					expect(entry.count).toBe(municipal.filter((member) => member.populationClassId === entry.id).length);
				}
				expect(portrait.byPopulationClass.reduce((sum, entry) => sum + entry.count, 0)).toBe(municipal.length);
				expect(portrait.municipalityCodes.sort()).toEqual(current.flatMap((member) => (member.kind === 'municipality' ? [member.municipalityCode!] : [])).sort());
			}
		});

		test('the tables carry the year-earlier figures, and each table’s rows add up to its total', async () => {
			const [current, previous] = await memberPortraits(context.db, ['2025-03-31', '2024-03-31']);
			const tables = portraitTables(current, previous);
			expect(tables.map((table) => table.key)).toEqual(['type', 'region', 'class']);
			for (const table of tables) {
				expect(table.rows.reduce((sum, row) => sum + row.count, 0), table.key).toBe(table.total.count);
				expect(table.rows.reduce((sum, row) => sum + (row.previous ?? 0), 0), table.key).toBe(table.total.previous);
			}
			expect(tables[0].total).toMatchObject({ count: 427, previous: previous.total });
			expect(previous.total).not.toBe(427);
		});
	},
	{ demoContent: true }
);
