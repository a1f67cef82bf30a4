import { eq } from 'drizzle-orm';
import { beforeAll, expect, test } from 'vitest';
import { describeOnEachDatabase } from '../../../db/test-databases';
import type { Actor } from '../../../platform/roles';
import { authUser } from '../../accounts/schema';
import { createItem } from '../editing';
import { catalogueItem } from '../schema';
import { loadItemHistory } from './history';
import { resolveMunicipality } from './place-field';
import { DUPLICATES_SEEN_FIELD, saveItemForm, type SaveOutcome } from './saving';

const staff: Actor = { role: 'staff', userId: 'saving-staff', organisationIds: [], regionCodes: [] };
const member: Actor = { role: 'member', userId: 'saving-member', organisationIds: [], regionCodes: [] };

function formOf(fields: Record<string, string | string[]>): FormData {
	const form = new FormData();
	for (const [name, value] of Object.entries(fields)) for (const entry of [value].flat()) form.append(name, entry);
	return form;
}

const measureForm = (changes: Record<string, string | string[]> = {}) =>
	formOf({
		kind: 'mesure',
		title: 'Offrir des cours de natation gratuits aux enfants',
		description: 'Des cours de natation offerts chaque été aux enfants de 6 à 12 ans à la piscine municipale.',
		municipalityCode: 'Lévis',
		themes: ['loisir', 'sante'],
		clienteles: 'enfants',
		policyType: 'pfm',
		adoptionYear: '2023',
		progress: 'en-cours',
		links: '',
		...changes
	});

const saved = (outcome: SaveOutcome) => {
	if (outcome.outcome !== 'saved') throw new Error(`Non enregistrée : ${JSON.stringify(outcome)}`);
	return outcome.item;
};

describeOnEachDatabase('catalogue back-office saving', (context) => {
	beforeAll(async () => {
		await context.db.insert(authUser).values({ id: staff.userId!, name: 'Dominique Permanence', email: 'dominique.saving@example.org', role: 'staff' });
	});

	test('a municipality is typed by its exact name or its code; homonyms and unknown names are explained', async () => {
		expect(await resolveMunicipality(context.db, 'levis')).toEqual({ code: '25213' });
		expect(await resolveMunicipality(context.db, 'Lévis (25213)')).toMatchObject({ code: '25213' });
		expect(await resolveMunicipality(context.db, '10043')).toMatchObject({ code: '10043' });
		expect(await resolveMunicipality(context.db, '')).toEqual({ code: null });
		expect((await resolveMunicipality(context.db, '99999')).error).toBe('Aucune municipalité n’a le code 99999.');
		const homonyms = await resolveMunicipality(context.db, 'Saint-Donat');
		expect(homonyms.error).toContain('Saint-Donat (09030), La Mitis');
		expect(homonyms.error).toContain('Saint-Donat (62060), Matawinie');
		expect((await resolveMunicipality(context.db, 'Qwxzvbn')).error).toContain('Aucune municipalité ne s’appelle « Qwxzvbn »');
	});

	test('every wrong field is reported at once, and nothing is saved', async () => {
		const outcome = await saveItemForm(context.db, staff, measureForm({ title: 'Non', municipalityCode: 'Saint-Donat', adoptionYear: 'deux mille' }), { create: true, status: 'draft' });
		expect(outcome.outcome).toBe('invalid');
		if (outcome.outcome !== 'invalid') return;
		expect(Object.keys(outcome.errors).sort()).toEqual(['adoptionYear', 'municipalityCode', 'title']);
		expect(await context.db.select().from(catalogueItem).where(eq(catalogueItem.title, 'Non'))).toEqual([]);
	});

	test('a likely duplicate stops a new item until the person has seen it; then it is saved', async () => {
		const first = saved(await saveItemForm(context.db, staff, measureForm(), { create: true, status: 'published' }));
		expect(first).toMatchObject({ status: 'published', municipalityCode: '25213', version: 1 });

		const again = measureForm({ title: 'Offrir des cours de natation gratuits pour les enfants' });
		const warned = await saveItemForm(context.db, staff, again, { create: true, status: 'draft' });
		expect(warned.outcome).toBe('duplicates');
		if (warned.outcome !== 'duplicates') return;
		expect(warned.duplicates.map((entry) => entry.id)).toEqual([first.id]);

		expect(saved(await saveItemForm(context.db, staff, measureForm({ title: 'Offrir des cours de natation gratuits aux enfants', municipalityCode: 'Rimouski' }), { create: true, status: 'draft' })).municipalityCode).toBe('10043');

		again.set(DUPLICATES_SEEN_FIELD, warned.seen);
		const second = saved(await saveItemForm(context.db, staff, again, { create: true, status: 'draft' }));
		expect(second.title).toBe('Offrir des cours de natation gratuits pour les enfants');

		// An edit that keeps the title and the place is not stopped by the duplicate it now has.
		const edit = measureForm({ title: second.title, description: `${'Nouvelle description des cours de natation.'}`, version: '1' });
		expect(saved(await saveItemForm(context.db, staff, edit, { create: false, id: second.id, expectedVersion: 1 })).version).toBe(2);
	});

	test('an edit from an old version comes back as a conflict with the current item', async () => {
		const item = saved(await saveItemForm(context.db, staff, measureForm({ title: 'Planter des arbres fruitiers dans les parcs', municipalityCode: '10043' }), { create: true, status: 'draft' }));
		const form = (title: string) => measureForm({ title, municipalityCode: 'Rimouski (10043)' });
		saved(await saveItemForm(context.db, staff, form('Planter des arbres fruitiers dans les parcs et les écoles'), { create: false, id: item.id, expectedVersion: 1 }));
		const late = await saveItemForm(context.db, staff, form('Planter des pommiers dans les parcs'), { create: false, id: item.id, expectedVersion: 1 });
		expect(late.outcome).toBe('conflict');
		if (late.outcome !== 'conflict') return;
		expect(late.message).toContain('Quelqu’un a modifié cette fiche');
		expect(late.current).toMatchObject({ version: 2, title: 'Planter des arbres fruitiers dans les parcs et les écoles' });
	});

	test('the history says who changed which field, with the values before and after as people read them', async () => {
		const item = await createItem(context.db, staff, {
			kind: 'mesure',
			title: 'Ajouter des toilettes publiques au parc riverain',
			description: 'Des toilettes accessibles ouvertes de mai à octobre au parc riverain.',
			municipalityCode: '25213',
			themes: ['amenagement'],
			clienteles: ['aines'],
			links: 'Plan | https://example.org/plan'
		});
		saved(
			await saveItemForm(
				context.db,
				staff,
				measureForm({ title: item.title, description: item.description, municipalityCode: 'Rimouski', themes: ['amenagement', 'sante'], clienteles: 'aines', adoptionYear: '', progress: '', policyType: '', links: 'Plan | https://example.org/plan', note: 'Mauvaise municipalité' }),
				{ create: false, id: item.id, expectedVersion: 1 }
			)
		);
		const { versions } = await loadItemHistory(context.db, staff, item.id);
		expect(versions.map((entry) => entry.version)).toEqual([2, 1]);
		expect(versions[0]).toMatchObject({ actorName: 'Dominique Permanence', note: 'Mauvaise municipalité' });
		expect(versions[0].changes).toEqual([
			{ field: 'municipalityCode', before: 'Lévis (25213)', after: 'Rimouski (10043)' },
			{ field: 'themeIds', before: 'Aménagement du territoire et urbanisme', after: 'Aménagement du territoire et urbanisme, Santé et saines habitudes de vie' }
		]);
		expect(versions[1].changes).toContainEqual({ field: 'links', before: '', after: 'Plan | https://example.org/plan' });
		expect(versions[1].changes).toContainEqual({ field: 'status', before: '', after: 'Brouillon' });
		expect(versions[1].changes.map((change) => change.field)).not.toContain('territoryCode');
	});

	test('members cannot use the back office', async () => {
		await expect(saveItemForm(context.db, member, measureForm({ title: 'Fiche d’un membre par le formulaire du personnel' }), { create: true, status: 'published' })).rejects.toMatchObject({ code: 'forbidden' });
		await expect(loadItemHistory(context.db, member, 1)).rejects.toMatchObject({ code: 'forbidden' });
	});
});
