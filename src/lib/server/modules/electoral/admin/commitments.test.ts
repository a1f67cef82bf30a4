import { and, eq } from 'drizzle-orm';
import { beforeAll, expect, test } from 'vitest';
import { describeOnEachDatabase } from '../../../db/test-databases';
import { auditEntry } from '../../../platform/audit/schema';
import type { Actor } from '../../../platform/roles';
import { insertItems } from '../../catalogue/store';
import { listCommitments } from '../commitments';
import { createEdition } from '../editions';
import { electoralCommitmentEvidence } from '../schema';
import { getCommitmentForEditing, listEditionCommitments, parseCommitmentQuery, saveCommitment } from './commitments';
import { applyEvidenceOperation, describeEvidence, parseEvidenceOperation, searchEvidence } from './evidence';
import { listCommitmentHistory } from './history';

const staff: Actor = { role: 'staff', userId: 'electoral-staff', organisationIds: [], regionCodes: [] };
const consultant: Actor = { role: 'consultant', userId: 'electoral-consultant', organisationIds: [], regionCodes: [] };

const PARK = {
	title: 'Aménager un parc intergénérationnel dans chaque quartier',
	rationale: 'Un parc pensé pour tous les âges fait bouger les enfants et brise l’isolement des aînés.',
	powers: 'Urbanisme, loisirs',
	costLevel: 'moyen',
	timeFrame: 'moyen',
	theme: 'loisir',
	clienteles: ['familles', 'aines'],
	status: 'draft',
	sortOrder: ''
};

describeOnEachDatabase('electoral back office: commitments and their evidence', (context) => {
	let editionId: number;
	let measure: number;
	let initiative: number;
	let programme: number;
	let hiddenMeasure: number;

	beforeAll(async () => {
		editionId = (await createEdition(context.db, { slug: 'engagements-2029', name: 'Municipalités 2029', electionDate: '2029-11-04' })).id;
		[measure, initiative, programme, hiddenMeasure] = await insertItems(context.db, [
			{ kind: 'mesure', status: 'published', title: 'Parc intergénérationnel du quartier Saint-Pierre', municipalityCode: '37210', year: 2022 },
			{ kind: 'initiative', status: 'published', title: 'Jardin collectif intergénérationnel', municipalityCode: '37210', year: 2021 },
			{ kind: 'programme', status: 'published', title: 'Programme d’aide aux parcs intergénérationnels', funder: 'Québec' },
			{ kind: 'mesure', status: 'draft', title: 'Brouillon de parc', municipalityCode: '37210' }
		]);
	});

	const evidenceOf = async (id: number) =>
		(await context.db.select().from(electoralCommitmentEvidence).where(eq(electoralCommitmentEvidence.commitmentId, id))).sort((a, b) => a.position - b.position).map((row) => row.catalogueItemId);

	test('staff create a commitment with its evidence in order; it is audited in the same write and readable by the public pages once published', async () => {
		const outcome = await saveCommitment(context.db, staff, editionId, { ...PARK, evidence: [String(initiative), String(measure)] }, { create: true });
		if (outcome.outcome !== 'saved') throw new Error(JSON.stringify(outcome));
		const { commitment } = outcome;
		expect(commitment).toMatchObject({ title: PARK.title, status: 'draft', version: 1, costLevel: 'moyen', sortOrder: 0 });
		expect(await evidenceOf(commitment.id)).toEqual([initiative, measure]);
		const [audit] = await context.db
			.select()
			.from(auditEntry)
			.where(and(eq(auditEntry.entityType, 'electoral_commitment'), eq(auditEntry.entityId, String(commitment.id))));
		expect(audit).toMatchObject({ action: 'electoral.commitment.create', actorId: staff.userId, after: { theme: 'loisir', clienteles: ['familles', 'aines'], evidence: [String(initiative), String(measure)] } });
		expect(await listCommitments(context.db, editionId)).toEqual([]);

		const second = await saveCommitment(context.db, staff, editionId, { ...PARK, title: 'Ouvrir les cours d’école le soir et les fins de semaine', status: 'published' }, { create: true });
		expect(second).toMatchObject({ outcome: 'saved', commitment: { sortOrder: 1 } });
		expect((await listCommitments(context.db, editionId)).map((entry) => entry.title)).toEqual(['Ouvrir les cours d’école le soir et les fins de semaine']);
	});

	test('every wrong field is named at once in French, and nothing is written', async () => {
		const outcome = await saveCommitment(
			context.db,
			staff,
			editionId,
			{ title: 'Parc', rationale: 'Court', costLevel: 'gratuit', timeFrame: '', theme: 'inconnu', clienteles: [], status: 'published', sortOrder: '-3', evidence: [String(programme)] },
			{ create: true }
		);
		expect(outcome).toEqual({
			outcome: 'invalid',
			errors: {
				title: 'L’engagement doit compter au moins 10 caractères.',
				rationale: 'Expliquez en au moins 20 caractères pourquoi cet engagement compte.',
				costLevel: 'Choisissez un niveau de coût.',
				timeFrame: 'Choisissez un horizon de réalisation.',
				theme: 'Choisissez un thème de la liste.',
				clienteles: 'Choisissez au moins une clientèle.',
				sortOrder: 'L’ordre ne peut être négatif.',
				evidence: 'Seules des mesures et des initiatives de la Banque des mesures peuvent servir de preuve.'
			}
		});
		expect(await saveCommitment(context.db, staff, editionId, { ...PARK, clienteles: ['extraterrestres'] }, { create: true })).toMatchObject({
			errors: { clienteles: 'Choisissez des clientèles de la liste.' }
		});
		expect((await listEditionCommitments(context.db, staff, editionId, parseCommitmentQuery(new URLSearchParams()))).total).toBe(2);
		await expect(saveCommitment(context.db, consultant, editionId, PARK, { create: true })).rejects.toMatchObject({ code: 'forbidden' });
	});

	test('an edit from a stale version is refused with the current values, and nothing is lost or overwritten', async () => {
		const created = await saveCommitment(context.db, staff, editionId, { ...PARK, title: 'Créer un comité consultatif des aînés' }, { create: true });
		if (created.outcome !== 'saved') throw new Error('not saved');
		const id = created.commitment.id;
		const first = await saveCommitment(context.db, staff, editionId, { ...PARK, title: 'Créer un comité consultatif des personnes aînées', evidence: [String(measure)] }, { create: false, id, expectedVersion: 1 });
		expect(first).toMatchObject({ outcome: 'saved', commitment: { version: 2 } });

		const stale = await saveCommitment(context.db, staff, editionId, { ...PARK, title: 'Une autre idée écrite en même temps' }, { create: false, id, expectedVersion: 1 });
		expect(stale).toMatchObject({
			outcome: 'conflict',
			message: expect.stringContaining('Quelqu’un a modifié cet engagement'),
			current: { version: 2, values: { title: 'Créer un comité consultatif des personnes aînées', evidence: [String(measure)] } }
		});
		const { row, evidence } = await getCommitmentForEditing(context.db, staff, editionId, id);
		expect(row).toMatchObject({ title: 'Créer un comité consultatif des personnes aînées', version: 2 });
		expect(evidence).toEqual([measure]);

		const history = await listCommitmentHistory(context.db, staff, id);
		expect(history.map((entry) => entry.action)).toEqual(['update', 'create']);
		expect(history[0].changes).toEqual([
			{ field: 'title', before: 'Créer un comité consultatif des aînés', after: 'Créer un comité consultatif des personnes aînées' },
			{ field: 'evidence', before: [], after: [String(measure)] }
		]);
		await expect(getCommitmentForEditing(context.db, staff, editionId + 1000, id)).rejects.toMatchObject({ code: 'not_found' });
	});

	test('the list filters by theme, clientèle, status and words of the title, in the public order', async () => {
		const list = (params: string) => listEditionCommitments(context.db, staff, editionId, parseCommitmentQuery(new URLSearchParams(params)));
		expect((await list('')).items.map((item) => item.title)).toEqual([
			'Aménager un parc intergénérationnel dans chaque quartier',
			'Ouvrir les cours d’école le soir et les fins de semaine',
			'Créer un comité consultatif des personnes aînées'
		]);
		expect((await list('statut=published')).items.map((item) => item.title)).toEqual(['Ouvrir les cours d’école le soir et les fins de semaine']);
		expect((await list('q=PARC quartier')).items.map((item) => item.evidenceCount)).toEqual([2]);
		expect((await list('q=comite AINÉES')).total).toBe(1);
		expect((await list('theme=mobilite')).total).toBe(0);
		expect((await list('theme=theme-inconnu')).total).toBe(0);
		expect((await list('clientele=aines&theme=loisir')).total).toBe(3);
		expect((await list('clientele=handicap')).total).toBe(0);
	});

	test('evidence is searched among the bank’s published measures and initiatives only, and its list changes one step at a time', async () => {
		const found = await searchEvidence(context.db, 'parc intergénérationnel');
		expect(found.items.map((item) => item.id)).toContain(measure);
		expect(found.items.map((item) => item.id)).not.toContain(programme);
		expect(found.items.map((item) => item.id)).not.toContain(hiddenMeasure);
		expect(await searchEvidence(context.db, '   ')).toMatchObject({ items: [], total: 0 });

		expect(await describeEvidence(context.db, [measure, 999_999, initiative])).toEqual([
			expect.objectContaining({ id: measure, kind: 'mesure', placeName: 'Batiscan', status: 'published' }),
			expect.objectContaining({ id: initiative, kind: 'initiative' })
		]);
		const step = (ids: number[], value: string) => applyEvidenceOperation(ids, parseEvidenceOperation(value)!);
		expect(step([1, 2], 'add:3')).toEqual([1, 2, 3]);
		expect(step([1, 2], 'add:2')).toEqual([1, 2]);
		expect(step([1, 2, 3], 'up:3')).toEqual([1, 3, 2]);
		expect(step([1, 2, 3], 'up:1')).toEqual([1, 2, 3]);
		expect(step([1, 2, 3], 'down:1')).toEqual([2, 1, 3]);
		expect(step([1, 2, 3], 'remove:2')).toEqual([1, 3]);
		expect(parseEvidenceOperation('drop table')).toBeNull();
	});
});
