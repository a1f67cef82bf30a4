import { and, eq } from 'drizzle-orm';
import { beforeAll, expect, test } from 'vitest';
import { describeOnEachDatabase } from '../../../db/test-databases';
import { auditEntry } from '../../../platform/audit/schema';
import type { Actor } from '../../../platform/roles';
import { createItem, setItemStatus } from '../editing';
import { emptyCatalogueQuery } from '../query';
import { catalogueItem } from '../schema';
import { searchCatalogue } from '../search';
import { loadTerms } from '../terms';
import { addTerm, listVocabularies, moveTerm, renameTerm, setTermRetired } from './vocabularies';

const staff: Actor = { role: 'staff', userId: 'vocabulary-staff', organisationIds: [], regionCodes: [] };
const member: Actor = { role: 'member', userId: 'vocabulary-member', organisationIds: [], regionCodes: [] };

describeOnEachDatabase('catalogue vocabularies', (context) => {
	let tagged: number;

	beforeAll(async () => {
		const item = await createItem(context.db, staff, {
			kind: 'initiative',
			title: 'Un sentier de marche balisé entre les quartiers',
			description: 'Un sentier éclairé relie les quartiers et les services pour les marcheurs de tous âges.',
			municipalityCode: '25213',
			themes: ['transport', 'sante'],
			clienteles: ['aines'],
			policyType: 'mada'
		});
		tagged = (await setItemStatus(context.db, staff, item.id, 'published')).id;
	});

	const termOf = async (vocabulary: 'theme' | 'clientele', slug: string) => (await listVocabularies(context.db, staff))[vocabulary].find((term) => term.slug === slug)!;

	test('each vocabulary lists its terms in order with the number of items using each', async () => {
		const vocabularies = await listVocabularies(context.db, staff);
		expect(vocabularies.theme.map((term) => term.slug).slice(0, 3)).toEqual(['amenagement', 'habitation', 'transport']);
		expect(vocabularies.theme.find((term) => term.slug === 'transport')!.itemCount).toBe(1);
		expect(vocabularies.theme.find((term) => term.slug === 'habitation')!.itemCount).toBe(0);
		expect(vocabularies.policy_type.find((term) => term.slug === 'mada')!.itemCount).toBe(1);
		expect(vocabularies.tool_type.length).toBeGreaterThan(0);
	});

	test('a new term gets a unique slug from its label, at the end of its vocabulary, and is audited', async () => {
		const term = await addTerm(context.db, staff, { vocabulary: 'theme', label: '  Agriculture urbaine et jardins  ' });
		expect(term).toMatchObject({ slug: 'agriculture-urbaine-et-jardins', label: 'Agriculture urbaine et jardins' });
		expect((await listVocabularies(context.db, staff)).theme.at(-1)!.id).toBe(term.id);
		expect((await addTerm(context.db, staff, { vocabulary: 'theme', label: 'Sécurité' })).slug).toBe('securite-2');

		await expect(addTerm(context.db, staff, { vocabulary: 'theme', label: 'AGRICULTURE urbaine et jardins' })).rejects.toMatchObject({
			code: 'invalid_input',
			fields: { label: '« Agriculture urbaine et jardins » existe déjà dans ce vocabulaire.' }
		});
		await expect(addTerm(context.db, staff, { vocabulary: 'theme', label: 'x' })).rejects.toMatchObject({ fields: { label: 'Le libellé doit compter au moins 2 caractères.' } });
		await expect(addTerm(context.db, staff, { vocabulary: 'couleur', label: 'Bleu' })).rejects.toMatchObject({ code: 'invalid_input' });

		const [audit] = await context.db.select().from(auditEntry).where(and(eq(auditEntry.entityType, 'catalogue_term'), eq(auditEntry.entityId, String(term.id))));
		expect(audit).toMatchObject({ action: 'catalogue.term.add', actorId: staff.userId });
	});

	test('a renamed term keeps its slug, and the items carrying it are found by the new label', async () => {
		const transport = await termOf('theme', 'transport');
		const { term, itemCount } = await renameTerm(context.db, staff, transport.id, 'Mobilité durable et déplacements actifs');
		expect(term).toMatchObject({ slug: 'transport', label: 'Mobilité durable et déplacements actifs' });
		expect(itemCount).toBe(1);
		const [item] = await context.db.select({ facetText: catalogueItem.facetText }).from(catalogueItem).where(eq(catalogueItem.id, tagged));
		expect(item.facetText).toContain('Mobilité durable et déplacements actifs');
		const found = await searchCatalogue(context.db, emptyCatalogueQuery({ text: 'déplacements actifs' }));
		expect(found.items.map((entry) => entry.id)).toContain(tagged);

		await expect(renameTerm(context.db, staff, transport.id, 'Habitation')).rejects.toMatchObject({ fields: { label: '« Habitation » existe déjà dans ce vocabulaire.' } });
		await expect(renameTerm(context.db, staff, 99_999, 'Peu importe')).rejects.toMatchObject({ code: 'not_found' });
		const audits = await context.db.select().from(auditEntry).where(and(eq(auditEntry.action, 'catalogue.term.rename'), eq(auditEntry.entityId, String(transport.id))));
		expect(audits.map((entry) => [entry.before, entry.after])).toEqual([[{ label: 'Transport et mobilité' }, { label: 'Mobilité durable et déplacements actifs' }]]);
	});

	test('a retired term stays on its items and can be restored', async () => {
		const sante = await termOf('theme', 'sante');
		expect((await setTermRetired(context.db, staff, sante.id, true)).retiredAt).toBeInstanceOf(Date);
		expect((await loadTerms(context.db)).bySlug('theme', 'sante')!.retired).toBe(true);
		expect((await termOf('theme', 'sante')).itemCount).toBe(1);
		const [item] = await context.db.select({ themeIds: catalogueItem.themeIds }).from(catalogueItem).where(eq(catalogueItem.id, tagged));
		expect(item.themeIds).toContain(sante.id);
		expect((await setTermRetired(context.db, staff, sante.id, false)).retiredAt).toBeNull();
		const actions = await context.db.select({ action: auditEntry.action }).from(auditEntry).where(eq(auditEntry.entityId, String(sante.id)));
		expect(actions.map((entry) => entry.action).filter((action) => action.startsWith('catalogue.term'))).toEqual(['catalogue.term.retire', 'catalogue.term.restore']);
	});

	test('terms move up and down in their vocabulary; the ends stay put', async () => {
		const slugs = async () => (await listVocabularies(context.db, staff)).clientele.map((term) => term.slug);
		const before = await slugs();
		await moveTerm(context.db, staff, (await termOf('clientele', before[2])).id, 'up');
		expect((await slugs()).slice(0, 3)).toEqual([before[0], before[2], before[1]]);
		await moveTerm(context.db, staff, (await termOf('clientele', before[2])).id, 'down');
		expect(await slugs()).toEqual(before);
		await moveTerm(context.db, staff, (await termOf('clientele', before[0])).id, 'up');
		expect(await slugs()).toEqual(before);
		await expect(moveTerm(context.db, staff, (await termOf('clientele', before[0])).id, 'sideways')).rejects.toMatchObject({ code: 'invalid_input' });
	});

	test('only staff edit the vocabularies', async () => {
		const sante = await termOf('theme', 'sante');
		await expect(listVocabularies(context.db, member)).rejects.toMatchObject({ code: 'forbidden' });
		await expect(addTerm(context.db, member, { vocabulary: 'theme', label: 'Terme d’un membre' })).rejects.toMatchObject({ code: 'forbidden' });
		await expect(renameTerm(context.db, member, sante.id, 'Autre nom')).rejects.toMatchObject({ code: 'forbidden' });
		await expect(setTermRetired(context.db, member, sante.id, true)).rejects.toMatchObject({ code: 'forbidden' });
		await expect(moveTerm(context.db, member, sante.id, 'up')).rejects.toMatchObject({ code: 'forbidden' });
	});
});
