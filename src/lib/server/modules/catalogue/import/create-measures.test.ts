import { and, eq } from 'drizzle-orm';
import { beforeAll, expect, test } from 'vitest';
import { describeOnEachDatabase } from '../../../db/test-databases';
import { auditEntry } from '../../../platform/audit/schema';
import type { Actor } from '../../../platform/roles';
import { createVerifiedAccount } from '../../accounts/credentials';
import { createItem } from '../editing';
import { catalogueItem, catalogueRevision } from '../schema';
import { createMeasures } from './create-measures';

describeOnEachDatabase('creating measures in a batch', (context) => {
	let staff: Actor;
	beforeAll(async () => {
		const user = await createVerifiedAccount(context.db, { email: 'lot@exemple.ca', name: 'Lot', role: 'staff', password: 'mot de passe de test' });
		staff = { role: 'staff', userId: user.id, organisationIds: [], regionCodes: [] };
	});

	const written = async (id: number) => {
		const [row] = await context.db.select().from(catalogueItem).where(eq(catalogueItem.id, id));
		const [revision] = await context.db.select().from(catalogueRevision).where(eq(catalogueRevision.itemId, id));
		const audits = await context.db.select().from(auditEntry).where(and(eq(auditEntry.entityType, 'catalogue_item'), eq(auditEntry.entityId, String(id))));
		const { id: _id, createdAt: _created, updatedAt: _updated, publishedAt, searchVector: _vector, ...columns } = row;
		return {
			columns: { ...columns, published: publishedAt !== null },
			revision: { version: revision.version, actorId: revision.actorId, changedFields: revision.changedFields, snapshot: revision.snapshot },
			audits: audits.map((entry) => ({ actorId: entry.actorId, action: entry.action, before: entry.before, after: entry.after }))
		};
	};

	test('writes the same row, first revision and audit entry as createItem', async () => {
		const input = (title: string) => ({
			kind: 'mesure',
			title,
			description: 'Une navette gratuite relie chaque semaine les résidences aux commerces.',
			municipalityCode: '25213',
			themes: ['transport', 'inclusion'],
			clienteles: ['aines'],
			policyType: 'mada',
			policyTitle: 'Politique des aînés',
			adoptionYear: '2022',
			planStartYear: '2022',
			planEndYear: '2025',
			progress: 'en-cours',
			links: 'Plan d’action | https://exemple.ca/plan.pdf'
		});
		for (const status of ['draft', 'published'] as const) {
			const single = await createItem(context.db, staff, input('Offrir une navette vers les commerces'), { status });
			const [batched] = await context.db.transaction((tx) => createMeasures(tx, staff, [{ raw: input('Offrir une navette vers les commerces'), note: null }], status));
			expect(await written(batched.id)).toEqual(await written(single.id));
		}
	});

	test('keeps the order of its entries and refuses what is not a measure', async () => {
		const entry = (title: string) => ({ raw: { kind: 'mesure', title, description: 'Une description assez longue pour la validation.', territoryCode: '10', themes: ['loisir'], clienteles: ['familles'] }, note: title });
		const created = await context.db.transaction((tx) => createMeasures(tx, staff, [entry('Première mesure de la MRC'), entry('Deuxième mesure de la MRC')], 'draft'));
		expect(created.map((row) => [row.title, row.territoryCode, row.regionCode])).toEqual([
			['Première mesure de la MRC', '10', '01'],
			['Deuxième mesure de la MRC', '10', '01']
		]);
		await expect(
			context.db.transaction((tx) => createMeasures(tx, staff, [{ raw: { ...entry('Un outil').raw, kind: 'outil', toolType: 'guide' }, note: '' }], 'draft'))
		).rejects.toMatchObject({ message: 'Seules des mesures peuvent être importées.' });
		const member: Actor = { ...staff, role: 'member' };
		await expect(context.db.transaction((tx) => createMeasures(tx, member, [entry('Une mesure de trop')], 'draft'))).rejects.toMatchObject({ code: 'forbidden' });
	});
});
