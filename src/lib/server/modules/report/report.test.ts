import { and, eq } from 'drizzle-orm';
import { beforeAll, describe, expect, test } from 'vitest';
import { parseFiscalYearLabel } from '$lib/fiscal-year';
import { describeOnEachDatabase } from '../../db/test-databases';
import { auditEntry } from '../../platform/audit/schema';
import type { StatFigure } from '../../platform/manifest';
import { modules } from '../../platform/modules';
import { VISITOR, type Actor } from '../../platform/roles';
import { reportFor } from './access';
import { saveActivity } from './activities';
import { buildReport, type Report, type ReportFigure } from './builder';
import type { StatSource } from './figures';
import { retireReplacedIndicators, saveIndicator } from './indicators';
import { publishReport, unpublishReport } from './publication';
import { retireDailyForReports } from './retirement-job';
import { activity, indicator } from './schema';

const STAFF: Actor = { role: 'staff', userId: null, organisationIds: [], regionCodes: [] };
const YEAR = 2030;

/** A module that computes whatever the test says, for any period. */
function fakeModule(values: Record<string, number>, previous: Record<string, number> = {}): StatSource {
	return {
		name: 'fake',
		stats: async (_db, period) => {
			const source = period.start.getUTCFullYear() === YEAR ? values : previous;
			return Object.entries(source).map(([key, value]): StatFigure => ({ key, label: () => `libellé ${key}`, value, source: `/module/${key}` }));
		}
	};
}

const allFigures = (report: Report): ReportFigure[] => report.sections.flatMap((section) => [...section.figures, ...section.activities.flatMap((entry) => entry.figures)]);
const figureNamed = (report: Report, label: string) => allFigures(report).find((figure) => figure.label === label);

const activityForm = (overrides: Record<string, string | string[]> = {}) => ({
	title: 'Campagne de test',
	kind: 'campagne',
	strategyAreaCode: 'inspirer',
	impactLevels: ['connaitre', 'volonte'],
	periodStart: `${YEAR}-05-01`,
	periodEnd: `${YEAR}-09-30`,
	objectives: 'Faire connaître.',
	achievements: '',
	results: '',
	links: 'Site | https://exemple.org/page\nhttps://exemple.org/autre',
	sortOrder: '',
	...overrides
});

describe('fiscal year in the address', () => {
	test('« 2024-2025 » is a fiscal year; other shapes are not', () => {
		expect(parseFiscalYearLabel('2024-2025')).toBe(2024);
		expect(parseFiscalYearLabel('2024-2026')).toBeNull();
		expect(parseFiscalYearLabel('2024')).toBeNull();
		expect(parseFiscalYearLabel('deux-mille')).toBeNull();
	});
});

describeOnEachDatabase('activity report', (context) => {
	let activityId: string;
	const manual = async (label: string, value: number, extra: Record<string, string> = {}, fiscalYear = YEAR) =>
		saveIndicator(context.db, STAFF, null, { fiscalYear: `${fiscalYear}-${fiscalYear + 1}`, activityId, label, origin: 'manual', value: String(value), sourceNote: 'Saisi pour le test', ...extra }, new Set());

	beforeAll(async () => {
		const saved = await saveActivity(context.db, STAFF, activityForm(), { create: true });
		if (saved.outcome !== 'saved') throw new Error(JSON.stringify(saved));
		activityId = saved.activity.id;
	});

	test('an unknown fiscal year label is no report, and a draft is not there for the public', async () => {
		expect(await reportFor(context.db, STAFF, '2030-2032', [], false)).toBeNull();
		expect(await reportFor(context.db, VISITOR, '2030-2031', [], false)).toBeNull();
		expect((await reportFor(context.db, STAFF, '2030-2031', [], false))?.report.fiscalYear).toBe(YEAR);
	});

	test('the report resolves typed and computed figures with their sources and last year’s difference', async () => {
		const typed = await manual('abonnés de test', 152_000);
		await manual('abonnés de test', 132_000, {}, YEAR - 1);
		await saveIndicator(context.db, STAFF, null, { fiscalYear: '2030-2031', activityId, label: 'mesures de test', origin: 'computed', statKey: 'fake.mesures' }, new Set(['fake.mesures']));
		await saveIndicator(context.db, STAFF, null, { fiscalYear: '2030-2031', activityId, label: 'pas encore calculé', origin: 'computed', statKey: 'fake.later' }, new Set(['fake.later']));

		const { report } = await buildReport(context.db, YEAR, [fakeModule({ 'fake.mesures': 3711 }, { 'fake.mesures': 3500 })]);
		const subscribers = figureNamed(report, 'abonnés de test')!;
		expect(subscribers).toMatchObject({ value: 152_000, origin: 'manual', source: `/rapport/2030-2031/indicateurs/${typed.id}`, previous: 132_000, difference: 20_000 });
		expect(figureNamed(report, 'mesures de test')).toMatchObject({ value: 3711, origin: 'computed', source: '/module/fake.mesures', previous: 3500, difference: 211 });
		expect(figureNamed(report, 'pas encore calculé')).toMatchObject({ value: null, difference: null });
		const section = report.sections.find((candidate) => candidate.code === 'inspirer')!;
		expect(section.activities.map((entry) => entry.title)).toContain('Campagne de test');
		const entry = section.activities.find((candidate) => candidate.id === activityId)!;
		expect(entry.impactLevels).toEqual(['Connaître, comprendre et reconnaître', 'Volonté d’agir']);
		expect(entry.links).toEqual([
			{ label: 'Site', url: 'https://exemple.org/page' },
			{ label: 'https://exemple.org/autre', url: 'https://exemple.org/autre' }
		]);
	});

	test('the consistency check flags a total that disagrees with its parts, with both values, and draws the parts', async () => {
		const parts = ['stat:membership.members.municipal', 'stat:membership.members.mrc', 'stat:membership.members.other'];
		const total = await manual('membres (total publié)', 426, { sumOf: parts.join('\n') });
		const fine = await manual('outils MADA', 44);
		const sa = await manual('outils du Secrétariat', 19);
		const muni = await manual('outils d’Espace MUNI', 25);
		await context.db.update(indicator).set({ sumOf: [`indicator:${sa.id}`, `indicator:${muni.id}`] }).where(eq(indicator.id, fine.id));
		await manual('copie', 7, { sameAs: `indicator:${sa.id}` });
		const members = fakeModule({ 'membership.members.municipal': 372, 'membership.members.mrc': 35, 'membership.members.other': 20 });

		const { report, problems } = await buildReport(context.db, YEAR, [members]);
		const mismatches = problems.filter((problem) => problem.status === 'mismatch');
		expect(mismatches).toHaveLength(2);
		expect(mismatches.find((problem) => problem.ref === `indicator:${total.id}`)).toMatchObject({ rule: 'sumOf', value: 426, expected: 427 });
		expect(mismatches.find((problem) => problem.rule === 'sameAs')).toMatchObject({ label: 'copie', value: 7, expected: 19 });
		expect(mismatches.find((problem) => problem.ref === `indicator:${total.id}`)!.parts.map((part) => part.value)).toEqual([372, 35, 20]);
		const charts = report.sections.flatMap((section) => section.activities.flatMap((entry) => entry.charts));
		expect(charts.find((chart) => chart.title === 'outils MADA')?.bars).toEqual([
			{ label: 'outils du Secrétariat', value: 19 },
			{ label: 'outils d’Espace MUNI', value: 25 }
		]);

		const withoutMembership = await buildReport(context.db, YEAR, []);
		expect(withoutMembership.problems.find((problem) => problem.ref === `indicator:${total.id}`)).toMatchObject({ status: 'incomplete', expected: null });
		await context.db.delete(indicator).where(eq(indicator.label, 'copie'));
	});

	test('a typed figure is retired, not duplicated, when a module starts computing it', async () => {
		const typed = await manual('inscriptions de test', 80, { statKey: 'fake.registrations' });
		const total = await manual('total avec inscriptions', 80, { sumOf: `indicator:${typed.id}` });
		const module = fakeModule({ 'fake.registrations': 83 });
		expect(figureNamed((await buildReport(context.db, YEAR, [module])).report, 'inscriptions de test')).toMatchObject({ value: 80, origin: 'manual' });

		expect(await retireReplacedIndicators(context.db, STAFF, YEAR, new Set(['fake.other']))).toBe(0);
		expect(await retireReplacedIndicators(context.db, STAFF, YEAR, new Set(['fake.registrations']))).toBe(1);
		expect(await retireReplacedIndicators(context.db, STAFF, YEAR, new Set(['fake.registrations']))).toBe(0);

		const rows = await context.db.select().from(indicator).where(eq(indicator.label, 'inscriptions de test'));
		expect(rows).toHaveLength(2);
		expect(rows.find((row) => row.id === typed.id)?.retiredAt).not.toBeNull();
		const replacement = rows.find((row) => row.id !== typed.id)!;
		expect(replacement).toMatchObject({ value: null, statKey: 'fake.registrations', retiredAt: null, activityId });
		const [rule] = await context.db.select({ sumOf: indicator.sumOf }).from(indicator).where(eq(indicator.id, total.id));
		expect(rule.sumOf).toEqual([`indicator:${replacement.id}`]);

		const { report, problems } = await buildReport(context.db, YEAR, [module]);
		expect(allFigures(report).filter((figure) => figure.label === 'inscriptions de test')).toEqual([expect.objectContaining({ value: 83, origin: 'computed', source: '/module/fake.registrations' })]);
		expect(problems.find((problem) => problem.ref === `indicator:${total.id}`)).toMatchObject({ value: 80, expected: 83 });
		const audits = await context.db.select().from(auditEntry).where(and(eq(auditEntry.action, 'report.indicator.retire'), eq(auditEntry.entityId, typed.id)));
		expect(audits).toHaveLength(1);
	});

	test('publication freezes the figures the public sees; the staff draft keeps moving', async () => {
		await saveIndicator(context.db, STAFF, null, { fiscalYear: '2030-2031', strategyAreaCode: 'outiller', label: 'chiffre publié', origin: 'computed', statKey: 'fake.published' }, new Set(['fake.published']));
		await publishReport(context.db, STAFF, YEAR, [fakeModule({ 'fake.published': 5 })]);
		const later = [fakeModule({ 'fake.published': 7 })];

		const publicView = await reportFor(context.db, VISITOR, '2030-2031', later, true);
		expect(publicView?.status).toBe('published');
		expect(figureNamed(publicView!.report, 'chiffre publié')?.value).toBe(5);
		expect(publicView?.problems).toEqual([]);
		expect(figureNamed((await reportFor(context.db, STAFF, '2030-2031', later, false))!.report, 'chiffre publié')?.value).toBe(5);
		const draft = await reportFor(context.db, STAFF, '2030-2031', later, true);
		expect(draft?.showingDraft).toBe(true);
		expect(figureNamed(draft!.report, 'chiffre publié')?.value).toBe(7);

		await unpublishReport(context.db, STAFF, YEAR);
		expect(await reportFor(context.db, VISITOR, '2030-2031', later, false)).toBeNull();
	});

	test('the daily run retires typed figures of the years being reported, but leaves a published report alone', async () => {
		const typed = await manual('chiffre du jour', 3, { statKey: 'fake.daily' });
		const module = [fakeModule({ 'fake.daily': 4 })];
		await publishReport(context.db, STAFF, YEAR, module);
		await retireDailyForReports(context.db, `${YEAR + 1}-05-01`, module);
		expect((await context.db.select().from(indicator).where(eq(indicator.id, typed.id)))[0].retiredAt).toBeNull();
		await unpublishReport(context.db, STAFF, YEAR);
		await retireDailyForReports(context.db, `${YEAR + 1}-05-01`, module);
		expect((await context.db.select().from(indicator).where(eq(indicator.id, typed.id)))[0].retiredAt).not.toBeNull();
	});

	test('an activity comes back with French messages next to its fields, and a stale edit writes nothing', async () => {
		const invalid = await saveActivity(context.db, STAFF, activityForm({ title: '', periodEnd: `${YEAR}-01-01`, links: 'pas un lien', impactLevels: ['inconnu'] }), { create: true });
		expect(invalid).toEqual({
			outcome: 'invalid',
			errors: expect.objectContaining({
				title: 'Le titre doit compter au moins 3 caractères.',
				periodEnd: 'La fin ne peut précéder le début.',
				links: expect.stringContaining('La ligne 1 n’est pas un lien'),
				impactLevels: 'Un niveau d’impact choisi n’existe pas.'
			})
		});

		const saved = await saveActivity(context.db, STAFF, activityForm({ title: 'Version 2' }), { create: false, id: activityId, expectedVersion: 1 });
		expect(saved.outcome).toBe('saved');
		const stale = await saveActivity(context.db, STAFF, activityForm({ title: 'Version perdue' }), { create: false, id: activityId, expectedVersion: 1 });
		expect(stale).toMatchObject({ outcome: 'conflict', current: { version: 2, values: { title: 'Version 2' } } });
		const [row] = await context.db.select().from(activity).where(eq(activity.id, activityId));
		expect(row).toMatchObject({ title: 'Version 2', version: 2 });
		const audits = await context.db.select().from(auditEntry).where(eq(auditEntry.entityId, activityId));
		expect(audits.map((entry) => entry.action).sort()).toEqual(['report.activity.create', 'report.activity.update']);
	});

	test('a typed figure needs its value and source, and a computed one a figure some module computes', async () => {
		await expect(saveIndicator(context.db, STAFF, null, { fiscalYear: '2030-2031', label: 'sans valeur', origin: 'manual', value: 'beaucoup' }, new Set())).rejects.toMatchObject({
			fields: { value: 'Écrivez un nombre, par exemple 152 000 ou 50,5.' }
		});
		await expect(saveIndicator(context.db, STAFF, null, { fiscalYear: '2030-2031', label: 'sans source', origin: 'manual', value: '1 150' }, new Set())).rejects.toMatchObject({
			fields: { sourceNote: expect.stringContaining('Dites d’où vient ce chiffre') }
		});
		await expect(saveIndicator(context.db, STAFF, null, { fiscalYear: '2030-2032', label: 'calculé', origin: 'computed', statKey: 'fake.nothing' }, new Set())).rejects.toMatchObject({
			fields: { fiscalYear: 'Écrivez l’exercice sous la forme 2024-2025.', statKey: expect.stringContaining('choisissez') }
		});
		const saved = await saveIndicator(context.db, STAFF, null, { fiscalYear: '2030-2031', label: 'décimal', origin: 'manual', value: '1 150,5', sourceNote: 'Test' }, new Set());
		expect(saved.value).toBe(1150.5);
	});
});

describeOnEachDatabase(
	'the 2024-2025 report from the demonstration records',
	(context) => {
		let built: Awaited<ReturnType<typeof buildReport>>;
		beforeAll(async () => {
			const membership: StatSource = {
				name: 'membership-test',
				stats: async () =>
					Object.entries({ 'membership.members.municipal': 372, 'membership.members.mrc': 35, 'membership.members.other': 20 }).map(([key, value]) => ({ key, label: () => key, value, source: '/admin/membres' }))
			};
			built = await buildReport(context.db, 2024, [...modules.filter((manifest) => manifest.name !== 'membership'), membership]);
		});

		test('shows the seed’s figures, each with a source', () => {
			const figures = allFigures(built.report);
			const value = (label: string) => figures.find((figure) => figure.label === label)?.value;
			expect(value('personnes abonnées à l’infolettre')).toBe(4000);
			expect(value('utilisatrices et utilisateurs du site Web')).toBe(152_000);
			expect(value('projets Voisins solidaires financés')).toBe(114);
			expect(value('projets MADA accompagnés')).toBe(89);
			expect(value('heures d’accompagnement offert (MADA)')).toBe(603);
			expect(value('municipalités accompagnées en politique familiale municipale')).toBe(18);
			expect(value('heures d’accompagnement offert (PFM)')).toBe(152);
			expect(value('municipalités et arrondissements membres')).toBe(372);
			expect(value('tables, comités et conseils d’administration')).toBe(21);
			expect(value('événements')).toBe(8);
			expect(figures.find((figure) => figure.label === 'utilisatrices et utilisateurs du site Web')).toMatchObject({ previous: 132_000, difference: 20_000 });
			for (const figure of figures) expect(figure.source).toMatch(/^\//);
		});

		test('flags the seed’s 426 members against 372 + 35 + 20', () => {
			const members = built.problems.find((problem) => problem.label.startsWith('membres au 31 mars 2025'));
			expect(members).toMatchObject({ status: 'mismatch', value: 426, expected: 427 });
			expect(built.problems.filter((problem) => problem.status === 'mismatch')).toHaveLength(1);
		});
	},
	{ demoContent: true }
);
