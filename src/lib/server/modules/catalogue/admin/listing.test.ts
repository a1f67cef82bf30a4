import { eq } from 'drizzle-orm';
import { beforeAll, expect, test } from 'vitest';
import { describeOnEachDatabase } from '../../../db/test-databases';
import type { Actor } from '../../../platform/roles';
import { createItem, setItemStatus } from '../editing';
import { catalogueItem } from '../schema';
import { ADMIN_ITEMS_PAGE_SIZE, listAdminItems, parseAdminItemQuery } from './listing';

const staff: Actor = { role: 'staff', userId: 'listing-staff', organisationIds: [], regionCodes: [] };
const member: Actor = { role: 'member', userId: 'listing-member', organisationIds: [], regionCodes: [] };

const item = (title: string, changes: Record<string, unknown> = {}) => ({
	kind: 'mesure',
	title,
	description: 'Une description assez longue pour être acceptée par le formulaire.',
	municipalityCode: '25213',
	themes: ['loisir'],
	clienteles: ['familles'],
	...changes
});

describeOnEachDatabase('catalogue back-office listing', (context) => {
	const list = (search: string) => listAdminItems(context.db, staff, parseAdminItemQuery(new URLSearchParams(search)));

	beforeAll(async () => {
		await createItem(context.db, staff, item('Patinoire extérieure réfrigérée'));
		const published = await createItem(context.db, staff, item('Patinoire couverte au centre-ville', { municipalityCode: '10043' }));
		await setItemStatus(context.db, staff, published.id, 'published');
		const unpublished = await createItem(context.db, staff, item('Bibliothèque de semences', { municipalityCode: '10043' }));
		await setItemStatus(context.db, staff, unpublished.id, 'published');
		await setItemStatus(context.db, staff, unpublished.id, 'unpublished');
		const contribution = await createItem(context.db, staff, item('Guide des patinoires de quartier', { kind: 'outil', municipalityCode: '', toolType: 'guide' }));
		await context.db.update(catalogueItem).set({ reviewStatus: 'pending' }).where(eq(catalogueItem.id, contribution.id));
		await createItem(context.db, staff, item('Politique régionale des aînés de la MRC', { municipalityCode: '', territoryCode: '10' }));
	});

	test('every status is listed, newest change first, with a count per status', async () => {
		const all = await list('');
		expect(all.items.map((entry) => entry.title)).toEqual([
			'Politique régionale des aînés de la MRC',
			'Guide des patinoires de quartier',
			'Bibliothèque de semences',
			'Patinoire couverte au centre-ville',
			'Patinoire extérieure réfrigérée'
		]);
		expect(all.counts).toEqual({ all: 5, draft: 3, published: 1, unpublished: 1, pending: 1 });
		expect(all.items[2]).toMatchObject({ status: 'unpublished', placeName: 'Rimouski', version: 3 });
		expect(all.items[0].placeName).toBe('Rimouski-Neigette');
	});

	test('filters by kind, status, words of the title and place, and counts under the other filters', async () => {
		expect((await list('statut=draft')).items.map((entry) => entry.title)).toHaveLength(3);
		expect((await list('statut=pending')).items.map((entry) => entry.title)).toEqual(['Guide des patinoires de quartier']);
		expect((await list('type=outil')).items.map((entry) => entry.title)).toEqual(['Guide des patinoires de quartier']);
		const skating = await list('q=PATINOIRE');
		expect(skating.total).toBe(3);
		expect(skating.counts).toEqual({ all: 3, draft: 2, published: 1, unpublished: 0, pending: 1 });
		expect((await list('q=patinoire&statut=published')).items.map((entry) => entry.title)).toEqual(['Patinoire couverte au centre-ville']);
		expect((await list('q=centre+PATINOIRE')).items.map((entry) => entry.title)).toEqual(['Patinoire couverte au centre-ville']);
		expect((await list('lieu=rimouski')).items.map((entry) => entry.title)).toEqual(['Politique régionale des aînés de la MRC', 'Bibliothèque de semences', 'Patinoire couverte au centre-ville']);
		expect((await list('lieu=25213')).items.map((entry) => entry.title)).toEqual(['Patinoire extérieure réfrigérée']);
	});

	test('unknown filter values are ignored and a page past the end shows the last page', async () => {
		const result = await list('type=fusee&statut=perdu&page=40');
		expect(result.query).toMatchObject({ kind: null, status: null, page: 1 });
		expect(result.total).toBe(5);
		expect(ADMIN_ITEMS_PAGE_SIZE).toBeGreaterThan(5);
	});

	test('members cannot list the back office', async () => {
		await expect(listAdminItems(context.db, member, parseAdminItemQuery(new URLSearchParams()))).rejects.toMatchObject({ code: 'forbidden' });
	});
});
