import { asc, eq } from 'drizzle-orm';
import { beforeAll, expect, test } from 'vitest';
import { describeOnEachDatabase } from '../../../db/test-databases';
import { modules } from '../../../platform/modules';
import type { Actor } from '../../../platform/roles';
import { VISITOR } from '../../../platform/roles';
import { createVerifiedAccount } from '../../accounts/credentials';
import { erasePersonalData, exportPersonalData } from '../../accounts/personal-data';
import { catalogueList, catalogueListEntry } from '../schema';
import { insertItems } from '../store';
import { loadTerms } from '../terms';
import {
	LIST_LIMITS,
	addItem,
	addItemToChosenList,
	annotateItem,
	createList,
	deleteList,
	getList,
	listMyLists,
	moveItem,
	removeItem,
	type MoveTarget,
	updateList
} from './service';

const member = (userId: string): Actor => ({ role: 'member', userId, organisationIds: [], regionCodes: [] });

describeOnEachDatabase('lists of items', (context) => {
	const people: Record<'owner' | 'stranger' | 'collector' | 'erased', Actor> = {} as never;
	const items: number[] = [];
	let draftId = 0;

	beforeAll(async () => {
		for (const key of ['owner', 'stranger', 'collector', 'erased'] as const) {
			const { id } = await createVerifiedAccount(context.db, { email: `${key}@listes.exemple.ca`, name: `Personne ${key}`, role: 'member', password: 'mot de passe de test' });
			people[key] = member(id);
		}
		const terms = await loadTerms(context.db);
		const theme = terms.bySlug('theme', 'transport')!.id;
		const clientele = terms.bySlug('clientele', 'aines')!.id;
		const base = { kind: 'mesure' as const, status: 'published' as const, municipalityCode: '25213', themeIds: [theme], clienteleIds: [clientele], year: 2022 };
		const ids = await insertItems(context.db, [
			{ ...base, title: 'Fiche A : navette vers les commerces', description: 'Une navette hebdomadaire.' },
			{ ...base, title: 'Fiche B : bancs dans les parcs', description: 'Des bancs tous les 200 mètres.' },
			{ ...base, title: 'Fiche C : transport adapté en soirée', description: 'Plus de déplacements le soir.' },
			{ ...base, title: 'Fiche D : jardin communautaire', description: 'Des bacs à hauteur de fauteuil.' },
			{ ...base, status: 'draft', title: 'Fiche en brouillon', description: 'Pas encore publiée.' }
		]);
		items.push(...ids.slice(0, 4));
		draftId = ids[4];
	});

	/** The stored order as item ids, and the positions as stored: they must be exactly 1..n. */
	async function storedOrder(listId: string) {
		const rows = await context.db
			.select({ itemId: catalogueListEntry.itemId, position: catalogueListEntry.position })
			.from(catalogueListEntry)
			.where(eq(catalogueListEntry.listId, listId))
			.orderBy(asc(catalogueListEntry.position));
		expect(rows.map((row) => row.position)).toEqual(rows.map((_, index) => index + 1));
		return rows.map((row) => row.itemId);
	}

	test('a list is created with a checked name and description, then renamed', async () => {
		await expect(createList(context.db, people.owner, { name: '   ' })).rejects.toMatchObject({ code: 'invalid_input', fields: { name: 'Nommez la liste.' } });
		await expect(createList(context.db, people.owner, { name: 'x'.repeat(121) })).rejects.toMatchObject({
			code: 'invalid_input',
			fields: { name: 'Le nom ne peut dépasser 120 caractères.' }
		});
		await expect(createList(context.db, people.owner, { name: 'Plan', description: 'd'.repeat(1001) })).rejects.toMatchObject({ fields: { description: expect.any(String) } });
		await expect(createList(context.db, VISITOR, { name: 'Plan' })).rejects.toMatchObject({ code: 'forbidden' });

		const created = await createList(context.db, people.owner, { name: '  Plan d’action 2026  ', description: 'Pour le comité' });
		expect(created.name).toBe('Plan d’action 2026');
		await updateList(context.db, people.owner, created.id, { name: 'Plan d’action famille', description: 'Brouillon' });
		const list = await getList(context.db, people.owner, created.id);
		expect([list.name, list.description, list.entries]).toEqual(['Plan d’action famille', 'Brouillon', []]);
		await deleteList(context.db, people.owner, created.id);
		await expect(getList(context.db, people.owner, created.id)).rejects.toMatchObject({ code: 'not_found' });
	});

	test('adding: published items only, at the end; adding again changes nothing and says so', async () => {
		const list = await createList(context.db, people.owner, { name: 'Ajouts' });
		expect(await addItem(context.db, people.owner, list.id, items[0])).toMatchObject({ added: true, position: 1 });
		expect(await addItem(context.db, people.owner, list.id, items[1])).toMatchObject({ added: true, position: 2 });
		expect(await addItem(context.db, people.owner, list.id, items[0])).toMatchObject({ added: false, position: 1 });
		await expect(addItem(context.db, people.owner, list.id, draftId)).rejects.toMatchObject({ code: 'invalid_input' });
		await expect(addItem(context.db, people.owner, list.id, 99_999_999)).rejects.toMatchObject({ code: 'invalid_input' });
		expect(await storedOrder(list.id)).toEqual([items[0], items[1]]);

		const detail = await getList(context.db, people.owner, list.id);
		expect(detail.entries[0]).toMatchObject({
			title: 'Fiche A : navette vers les commerces',
			kind: 'mesure',
			placeName: 'Lévis',
			regionName: 'Chaudière-Appalaches',
			year: 2022,
			path: `/banque/mesures/${items[0]}`
		});
		expect(detail.entries[0].themes.length).toBe(1);
		expect(detail.entries[0].clienteles.length).toBe(1);

		const summaries = await listMyLists(context.db, people.owner, { containing: items[1] });
		expect(summaries.find((summary) => summary.id === list.id)).toMatchObject({ itemCount: 2, containsItem: true });
	});

	test('the item page form adds to an existing list or creates the named one with the item', async () => {
		const created = await addItemToChosenList(context.db, people.owner, items[2], { listId: '', newListName: 'Nouvelle depuis la fiche' });
		expect(created).toMatchObject({ name: 'Nouvelle depuis la fiche', added: true, position: 1 });
		expect(await storedOrder(created.listId)).toEqual([items[2]]);
		await expect(addItemToChosenList(context.db, people.owner, items[2], { listId: '', newListName: '' })).rejects.toMatchObject({
			code: 'invalid_input',
			fields: { newListName: 'Nommez la liste.' }
		});
		// A refused item leaves no empty new list behind.
		const before = (await listMyLists(context.db, people.owner)).length;
		await expect(addItemToChosenList(context.db, people.owner, draftId, { listId: '', newListName: 'Jamais créée' })).rejects.toMatchObject({ code: 'invalid_input' });
		expect((await listMyLists(context.db, people.owner)).length).toBe(before);
		expect(await addItemToChosenList(context.db, people.owner, items[2], { listId: created.listId, newListName: '' })).toMatchObject({ added: false });
	});

	test('moves and removals keep positions dense, 1..n', async () => {
		const list = await createList(context.db, people.owner, { name: 'Ordre' });
		for (const item of items) await addItem(context.db, people.owner, list.id, item);
		const [a, b, c, d] = items;

		expect(await moveItem(context.db, people.owner, list.id, c, 'up')).toMatchObject({ position: 2, total: 4 });
		expect(await storedOrder(list.id)).toEqual([a, c, b, d]);
		await moveItem(context.db, people.owner, list.id, a, 'down');
		expect(await storedOrder(list.id)).toEqual([c, a, b, d]);
		// Already at the top or bottom: nothing moves.
		await moveItem(context.db, people.owner, list.id, c, 'up');
		await moveItem(context.db, people.owner, list.id, d, 'down');
		expect(await storedOrder(list.id)).toEqual([c, a, b, d]);

		expect(await moveItem(context.db, people.owner, list.id, d, { position: '1' })).toMatchObject({ position: 1, total: 4 });
		expect(await storedOrder(list.id)).toEqual([d, c, a, b]);
		expect(await moveItem(context.db, people.owner, list.id, d, { position: '99' })).toMatchObject({ position: 4, total: 4 });
		expect(await storedOrder(list.id)).toEqual([c, a, b, d]);
		await expect(moveItem(context.db, people.owner, list.id, d, { position: 'deux' })).rejects.toMatchObject({ code: 'invalid_input', fields: { position: 'Écrivez un nombre.' } });
		await expect(moveItem(context.db, people.owner, list.id, d, { position: '0' })).rejects.toMatchObject({ fields: { position: 'La première position est 1.' } });
		await expect(moveItem(context.db, people.owner, list.id, draftId, 'up')).rejects.toMatchObject({ code: 'conflict' });

		await removeItem(context.db, people.owner, list.id, a);
		expect(await storedOrder(list.id)).toEqual([c, b, d]);
		await removeItem(context.db, people.owner, list.id, c);
		expect(await storedOrder(list.id)).toEqual([b, d]);
		await expect(removeItem(context.db, people.owner, list.id, c)).rejects.toMatchObject({ code: 'conflict' });
		expect(await addItem(context.db, people.owner, list.id, a)).toMatchObject({ position: 3 });
		expect(await storedOrder(list.id)).toEqual([b, d, a]);
	});

	test('moves sent at the same time never leave two entries at one position', async () => {
		const list = await createList(context.db, people.owner, { name: 'Concurrence' });
		for (const item of items) await addItem(context.db, people.owner, list.id, item);
		const targets: MoveTarget[] = ['up', 'down', { position: '1' }, { position: '4' }, { position: '2' }];
		for (let round = 0; round < 5; round++) {
			const moves = items.flatMap((item, index) => [
				moveItem(context.db, people.owner, list.id, item, targets[(index + round) % targets.length]),
				moveItem(context.db, people.owner, list.id, item, targets[(index + round + 2) % targets.length])
			]);
			await Promise.all(moves);
			expect([...(await storedOrder(list.id))].sort()).toEqual([...items].sort());
		}
		const removals = [removeItem(context.db, people.owner, list.id, items[2]), moveItem(context.db, people.owner, list.id, items[1], { position: '1' }), moveItem(context.db, people.owner, list.id, items[0], 'down')];
		await Promise.all(removals);
		expect([...(await storedOrder(list.id))].sort()).toEqual([items[0], items[1], items[3]].sort());
	});

	test('a note is at most 2 000 characters, a line end counting as one', async () => {
		const list = await createList(context.db, people.owner, { name: 'Notes' });
		await addItem(context.db, people.owner, list.id, items[0]);
		const longest = `${'a'.repeat(999)}\r\n${'b'.repeat(1000)}`;
		await annotateItem(context.db, people.owner, list.id, items[0], longest);
		expect((await getList(context.db, people.owner, list.id)).entries[0].note).toBe(`${'a'.repeat(999)}\n${'b'.repeat(1000)}`);
		await expect(annotateItem(context.db, people.owner, list.id, items[0], 'n'.repeat(LIST_LIMITS.note + 1))).rejects.toMatchObject({
			code: 'invalid_input',
			fields: { note: 'La note ne peut dépasser 2 000 caractères.' }
		});
		expect((await getList(context.db, people.owner, list.id)).entries[0].note).toHaveLength(2000);
		await expect(annotateItem(context.db, people.owner, list.id, items[1], 'pas dans la liste')).rejects.toMatchObject({ code: 'conflict' });
	});

	test('only the owner sees or changes a list; anyone else gets « not found »', async () => {
		const list = await createList(context.db, people.owner, { name: 'Privée' });
		await addItem(context.db, people.owner, list.id, items[0]);
		const stranger = people.stranger;
		const attempts = [
			() => getList(context.db, stranger, list.id),
			() => updateList(context.db, stranger, list.id, { name: 'Volée' }),
			() => deleteList(context.db, stranger, list.id),
			() => addItem(context.db, stranger, list.id, items[1]),
			() => addItemToChosenList(context.db, stranger, items[1], { listId: list.id, newListName: '' }),
			() => removeItem(context.db, stranger, list.id, items[0]),
			() => moveItem(context.db, stranger, list.id, items[0], 'down'),
			() => annotateItem(context.db, stranger, list.id, items[0], 'intrusion')
		];
		for (const attempt of attempts) await expect(attempt()).rejects.toMatchObject({ code: 'not_found' });
		await expect(getList(context.db, people.owner, 'pas-un-identifiant')).rejects.toMatchObject({ code: 'not_found' });
		expect((await listMyLists(context.db, stranger)).map((summary) => summary.id)).not.toContain(list.id);
		const untouched = await getList(context.db, people.owner, list.id);
		expect([untouched.name, untouched.entries.map((entry) => [entry.itemId, entry.note])]).toEqual(['Privée', [[items[0], '']]]);
	});

	test('a person has at most 50 lists', async () => {
		for (let index = 1; index <= LIST_LIMITS.listsPerPerson; index++) await createList(context.db, people.collector, { name: `Liste ${index}` });
		await expect(createList(context.db, people.collector, { name: 'Une de trop' })).rejects.toMatchObject({ code: 'conflict', fields: { name: expect.stringContaining('50') } });
		await expect(addItemToChosenList(context.db, people.collector, items[0], { listId: '', newListName: 'Une de trop' })).rejects.toMatchObject({
			code: 'conflict',
			fields: { newListName: expect.stringContaining('50') }
		});
		const lists = await listMyLists(context.db, people.collector);
		expect(lists).toHaveLength(50);
		await deleteList(context.db, people.collector, lists[0].id);
		await createList(context.db, people.collector, { name: 'Après suppression' });
		expect(await listMyLists(context.db, people.collector)).toHaveLength(50);
	});

	test('the lists are in the person’s data export and go with the erasure', async () => {
		const list = await createList(context.db, people.erased, { name: 'À effacer', description: 'Mes idées' });
		await addItem(context.db, people.erased, list.id, items[1]);
		await annotateItem(context.db, people.erased, list.id, items[1], 'Ma note personnelle');
		const exported: Record<string, unknown> = await exportPersonalData(context.db, modules, people.erased.userId!);
		expect(exported.catalogue).toMatchObject({
			lists: [{ name: 'À effacer', description: 'Mes idées', entries: [{ position: 1, itemId: items[1], title: 'Fiche B : bancs dans les parcs', note: 'Ma note personnelle' }] }]
		});
		await erasePersonalData(context.db, modules, people.erased.userId!);
		expect(await context.db.select().from(catalogueList).where(eq(catalogueList.ownerId, people.erased.userId!))).toEqual([]);
		expect(await context.db.select().from(catalogueListEntry).where(eq(catalogueListEntry.listId, list.id))).toEqual([]);
	});
});
