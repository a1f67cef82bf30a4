import { count, eq } from 'drizzle-orm';
import { beforeAll, describe, expect, test, vi } from 'vitest';
import { describeOnEachDatabase } from '../../db/test-databases';
import type { Database } from '../../db/types';
import { auditEntry } from '../../platform/audit/schema';
import type { Actor } from '../../platform/roles';
import { authUser } from '../accounts/schema';
import { bulkTag, createItem, findLikelyDuplicates, formToInput, inputOf, listRevisions, setItemStatus, updateItem, validateItemInput } from './editing';
import { catalogueItem, catalogueRevision } from './schema';
import { loadTerms } from './terms';

const simulated = vi.hoisted(() => ({ auditFails: false }));

// Lets a test break the last write of a transaction, to prove that the writes before it are undone.
vi.mock('../../platform/audit/service', async (importOriginal) => {
	const original = await importOriginal<typeof import('../../platform/audit/service')>();
	return {
		...original,
		recordAudit: async (...args: Parameters<typeof original.recordAudit>) => {
			if (simulated.auditFails) throw new Error('Panne simulée du journal');
			return original.recordAudit(...args);
		}
	};
});

const LEVIS = '25213';
const RIMOUSKI = '10043';

const staff: Actor = { role: 'staff', userId: 'editing-staff', organisationIds: [], regionCodes: [] };
const member: Actor = { role: 'member', userId: 'editing-member', organisationIds: [], regionCodes: [] };

const measure = (changes: Record<string, unknown> = {}) => ({
	kind: 'mesure',
	title: 'Aménager un parc intergénérationnel au cœur du village',
	description: 'Des modules de jeu et des bancs pour que petits et grands se rencontrent.',
	municipalityCode: LEVIS,
	themes: ['loisir'],
	clienteles: ['familles', 'aines'],
	policyType: 'pfm-mada',
	adoptionYear: '2022',
	progress: 'prevue',
	links: 'Plan d’action | https://example.org/plan.pdf',
	...changes
});

async function itemCount(db: Database, title: string): Promise<number> {
	const [{ total }] = await db.select({ total: count() }).from(catalogueItem).where(eq(catalogueItem.title, title));
	return total;
}

async function revisionCount(db: Database): Promise<number> {
	const [{ total }] = await db.select({ total: count() }).from(catalogueRevision);
	return total;
}

describe('item input', () => {
	test('a year or a progress that is not one gives its French message, not zod’s default', () => {
		expect(() => validateItemInput(measure({ adoptionYear: 'deux mille', progress: 'bientôt' }))).toThrow(
			expect.objectContaining({ code: 'invalid_input', fields: { adoptionYear: 'L’année doit être un nombre.', progress: 'État d’avancement inconnu.' } })
		);
		expect(validateItemInput(measure({ adoptionYear: ' ', progress: '' }))).toMatchObject({ adoptionYear: null, progress: null });
	});

	test('every wrong field is reported at once, including the checks that compare fields', () => {
		expect(() => validateItemInput(measure({ title: 'Non', clienteles: [], kind: 'programme', funder: '' }))).toThrow(
			expect.objectContaining({
				fields: { title: 'Le titre doit compter au moins 5 caractères.', clienteles: 'Choisissez au moins une clientèle.', funder: 'Nommez le bailleur de fonds.' }
			})
		);
	});

	test('checked boxes become lists and link lines become links', () => {
		const form = new FormData();
		for (const [name, value] of [['kind', 'outil'], ['themes', 'sante'], ['themes', 'loisir'], ['links', 'Guide | https://example.org/g\n\nhttps://example.org/h']]) form.append(name, value);
		const raw = formToInput(form);
		expect(raw.themes).toEqual(['sante', 'loisir']);
		const { links } = validateItemInput({ ...measure(), ...raw, kind: 'mesure' });
		expect(links).toEqual([
			{ label: 'Guide', url: 'https://example.org/g' },
			{ label: 'https://example.org/h', url: 'https://example.org/h' }
		]);
	});
});

describeOnEachDatabase('catalogue editing', (context) => {
	beforeAll(async () => {
		await context.db.insert(authUser).values({ id: staff.userId!, name: 'Camille Permanence', email: 'camille.editing@example.org', role: 'staff' });
	});

	test('creating an item records version 1 with its fields, who made it, and an audit entry', async () => {
		const created = await createItem(context.db, staff, measure({ title: 'Ouvrir un jardin communautaire près des écoles' }));
		expect(created).toMatchObject({ version: 1, status: 'draft', municipalityCode: LEVIS, adoptionYear: 2022, year: 2022 });
		expect(created.regionCode).toBe('12');

		const revisions = await listRevisions(context.db, created.id);
		expect(revisions).toHaveLength(1);
		expect(revisions[0]).toMatchObject({ version: 1, actorId: staff.userId, actorName: 'Camille Permanence' });
		expect(revisions[0].changedFields).toEqual(expect.arrayContaining(['title', 'themeIds', 'municipalityCode', 'progress']));
		expect(revisions[0].changedFields).not.toContain('funder');

		const audit = await context.db.select().from(auditEntry).where(eq(auditEntry.entityId, String(created.id)));
		expect(audit.filter((entry) => entry.entityType === 'catalogue_item').map((entry) => [entry.action, entry.actorId])).toEqual([['catalogue.create', staff.userId]]);
	});

	test('an edit from the current version is saved as the next version with what changed', async () => {
		const created = await createItem(context.db, staff, measure({ title: 'Installer des bancs le long de la piste cyclable' }));
		const terms = await loadTerms(context.db);
		const edited = { ...inputOf(created, terms), title: 'Installer des bancs et des fontaines le long de la piste cyclable', themes: ['loisir', 'transport'] };
		const updated = await updateItem(context.db, staff, created.id, edited, 1, 'Ajout des fontaines');
		expect(updated.version).toBe(2);
		expect(updated.themeIds).toEqual([terms.bySlug('theme', 'loisir')!.id, terms.bySlug('theme', 'transport')!.id]);

		const [latest, first] = await listRevisions(context.db, created.id);
		expect(latest).toMatchObject({ version: 2, note: 'Ajout des fontaines', actorName: 'Camille Permanence' });
		expect(latest.changedFields).toEqual(['title', 'themeIds']);
		expect(latest.snapshot.title).toBe(edited.title);
		expect(first.snapshot.title).toBe('Installer des bancs le long de la piste cyclable');
	});

	test('saving a form unchanged makes no new version', async () => {
		const created = await createItem(context.db, staff, measure({ title: 'Prêter des trousses de jeux dans les parcs' }));
		const terms = await loadTerms(context.db);
		const revisionsBefore = await revisionCount(context.db);
		const saved = await updateItem(context.db, staff, created.id, inputOf(created, terms), 1);
		expect(saved.version).toBe(1);
		expect(await revisionCount(context.db)).toBe(revisionsBefore);
		expect((await updateItem(context.db, staff, created.id, inputOf(created, terms), 1, 'Relu, rien à changer')).version).toBe(2);
	});

	test('an edit started from an older version is refused as a conflict and changes nothing', async () => {
		const created = await createItem(context.db, staff, measure({ title: 'Créer un comité de citoyens aînés' }));
		const terms = await loadTerms(context.db);
		const first = inputOf(created, terms);
		await updateItem(context.db, staff, created.id, { ...first, description: `${first.description} Deux fois par année.` }, 1);

		const revisionsBefore = await revisionCount(context.db);
		await expect(updateItem(context.db, staff, created.id, { ...first, title: 'Créer un comité des aînés de Lévis' }, 1)).rejects.toMatchObject({ code: 'conflict' });
		const [row] = await context.db.select().from(catalogueItem).where(eq(catalogueItem.id, created.id));
		expect(row).toMatchObject({ version: 2, title: 'Créer un comité de citoyens aînés' });
		expect(await revisionCount(context.db)).toBe(revisionsBefore);
	});

	test('a failure anywhere in a write leaves no half record', async () => {
		const title = 'Mesure qui ne doit jamais être enregistrée';
		const revisionsBefore = await revisionCount(context.db);

		await expect(createItem(context.db, staff, measure({ title, themes: ['loisir', 'inexistant'] }))).rejects.toMatchObject({
			code: 'invalid_input',
			fields: { themes: 'Valeur inconnue : inexistant.' }
		});
		await expect(createItem(context.db, staff, measure({ title, municipalityCode: '99999' }))).rejects.toMatchObject({
			code: 'invalid_input',
			fields: { municipalityCode: 'Choisissez une municipalité de la liste.' }
		});

		simulated.auditFails = true;
		try {
			await expect(createItem(context.db, staff, measure({ title }))).rejects.toThrow('Panne simulée du journal');
		} finally {
			simulated.auditFails = false;
		}
		expect(await itemCount(context.db, title)).toBe(0);
		expect(await revisionCount(context.db)).toBe(revisionsBefore);

		const kept = await createItem(context.db, staff, measure({ title: 'Mesure dont la modification échoue' }));
		simulated.auditFails = true;
		try {
			await expect(updateItem(context.db, staff, kept.id, measure({ title: 'Titre qui ne doit pas rester' }), 1)).rejects.toThrow('Panne simulée du journal');
			await expect(setItemStatus(context.db, staff, kept.id, 'published')).rejects.toThrow('Panne simulée du journal');
		} finally {
			simulated.auditFails = false;
		}
		const [row] = await context.db.select().from(catalogueItem).where(eq(catalogueItem.id, kept.id));
		expect(row).toMatchObject({ version: 1, status: 'draft', title: 'Mesure dont la modification échoue', publishedAt: null });
		expect(await listRevisions(context.db, kept.id)).toHaveLength(1);
	});

	test('publishing, unpublishing and returning to draft are versions of their own', async () => {
		const created = await createItem(context.db, staff, measure({ title: 'Offrir une trousse d’accueil aux nouveaux arrivants' }));
		const published = await setItemStatus(context.db, staff, created.id, 'published');
		expect(published).toMatchObject({ status: 'published', version: 2 });
		expect(published.publishedAt).toBeInstanceOf(Date);
		const unpublished = await setItemStatus(context.db, staff, created.id, 'unpublished', 'Information à vérifier');
		expect(unpublished).toMatchObject({ status: 'unpublished', version: 3, publishedAt: published.publishedAt });
		expect((await setItemStatus(context.db, staff, created.id, 'unpublished')).version).toBe(3);
		await expect(setItemStatus(context.db, staff, created.id, 'archived' as never)).rejects.toMatchObject({ code: 'invalid_input' });

		const revisions = await listRevisions(context.db, created.id);
		expect(revisions.map((revision) => [revision.version, revision.changedFields, revision.note])).toEqual([
			[3, ['status'], 'Information à vérifier'],
			[2, ['status'], null],
			[1, expect.any(Array), null]
		]);
	});

	test('a similar title from the same municipality is a likely duplicate; from another municipality it is not', async () => {
		const original = await createItem(context.db, staff, measure({ title: 'Aménager un parc à chiens au centre-ville' }));
		const candidate = 'Aménager un parc pour chiens au centre ville';

		const found = await findLikelyDuplicates(context.db, { title: candidate, municipalityCode: LEVIS });
		expect(found.map((entry) => entry.id)).toEqual([original.id]);
		expect(found[0]).toMatchObject({ kind: 'mesure', title: 'Aménager un parc à chiens au centre-ville', status: 'draft' });
		expect(found[0].similarity).toBeGreaterThanOrEqual(0.55);

		expect(await findLikelyDuplicates(context.db, { title: candidate, municipalityCode: RIMOUSKI })).toEqual([]);
		expect(await findLikelyDuplicates(context.db, { title: 'Prolonger les heures de la bibliothèque', municipalityCode: LEVIS })).toEqual([]);
		expect(await findLikelyDuplicates(context.db, { title: candidate, municipalityCode: LEVIS, excludeId: original.id })).toEqual([]);
	});

	test('bulk tagging changes every checked item as a new version, or none of them', async () => {
		const terms = await loadTerms(context.db);
		const first = await createItem(context.db, staff, measure({ title: 'Premier item à étiqueter en lot', themes: ['loisir'] }));
		const second = await createItem(context.db, staff, measure({ title: 'Second item à étiqueter en lot', themes: ['loisir', 'culture'] }));

		await expect(bulkTag(context.db, staff, [first.id, second.id, 99_999_999], { addThemes: ['sante'] })).rejects.toMatchObject({ code: 'not_found' });
		const unchanged = await context.db.select().from(catalogueItem).where(eq(catalogueItem.id, first.id));
		expect(unchanged[0]).toMatchObject({ version: 1, themeIds: [terms.bySlug('theme', 'loisir')!.id] });

		const changed = await bulkTag(context.db, staff, [first.id, second.id], { addThemes: ['sante'], removeThemes: ['culture'], addClienteles: ['enfants'] });
		expect(changed).toBe(2);
		const rows = await context.db.select().from(catalogueItem).where(eq(catalogueItem.title, 'Second item à étiqueter en lot'));
		expect(rows[0].version).toBe(2);
		expect(rows[0].themeIds.sort()).toEqual([terms.bySlug('theme', 'loisir')!.id, terms.bySlug('theme', 'sante')!.id].sort());
		expect(rows[0].clienteleIds).toContain(terms.bySlug('clientele', 'enfants')!.id);
		expect(rows[0].facetText).toContain('Santé et saines habitudes de vie');
		expect((await listRevisions(context.db, second.id))[0]).toMatchObject({ version: 2, note: 'Étiquetage en lot', changedFields: ['themeIds', 'clienteleIds'] });

		expect(await bulkTag(context.db, staff, [first.id], { addThemes: ['sante'] })).toBe(0);
		await expect(bulkTag(context.db, staff, [first.id], { addThemes: ['inexistant'] })).rejects.toMatchObject({ code: 'invalid_input' });
		await expect(bulkTag(context.db, staff, [], { addThemes: ['sante'] })).rejects.toMatchObject({ code: 'invalid_input' });
		await expect(bulkTag(context.db, staff, [first.id], {})).rejects.toMatchObject({ code: 'invalid_input' });
	});

	test('only staff edit the bank', async () => {
		const created = await createItem(context.db, staff, measure({ title: 'Fiche que les membres ne peuvent pas modifier' }));
		const terms = await loadTerms(context.db);
		await expect(createItem(context.db, member, measure({ title: 'Fiche créée par un membre sans contribution' }))).rejects.toMatchObject({ code: 'forbidden' });
		await expect(updateItem(context.db, member, created.id, { ...inputOf(created, terms), title: 'Titre changé par un membre' }, 1)).rejects.toMatchObject({ code: 'forbidden' });
		await expect(setItemStatus(context.db, member, created.id, 'published')).rejects.toMatchObject({ code: 'forbidden' });
		await expect(bulkTag(context.db, member, [created.id], { addThemes: ['sante'] })).rejects.toMatchObject({ code: 'forbidden' });
		expect(await itemCount(context.db, 'Fiche créée par un membre sans contribution')).toBe(0);
		const [row] = await context.db.select().from(catalogueItem).where(eq(catalogueItem.id, created.id));
		expect(row).toMatchObject({ version: 1, status: 'draft' });
	});
});
