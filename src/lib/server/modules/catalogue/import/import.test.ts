import { and, count, eq, inArray, sql } from 'drizzle-orm';
import { beforeAll, describe, expect, test } from 'vitest';
import { describeOnEachDatabase } from '../../../db/test-databases';
import { auditEntry } from '../../../platform/audit/schema';
import { toXlsx } from '../../../platform/exports/xlsx';
import type { Actor } from '../../../platform/roles';
import { createVerifiedAccount } from '../../accounts/credentials';
import { createItem } from '../editing';
import { catalogueImport, catalogueItem, catalogueRevision } from '../schema';
import { loadTerms } from '../terms';
import { guessColumns } from './fields';
import { abandonImport, createImport, getImport, listImports, mappingFormValues, previewImport, runImport, saveMapping } from './service';
import { choiceMatcher } from './term-matching';
import { IMPORT_MAX_BYTES, readActionPlan } from './upload';

const csvFile = (name: string, lines: string[]) => new File([lines.join('\r\n')], name, { type: 'text/csv' });

describe('reading an action plan', () => {
	test('guesses columns from the header names a municipality writes', () => {
		const headers = ['No', 'Mesure', 'Description de l’action', 'Thème(s)', 'CLIENTÈLES VISÉES', 'Année', 'Année de début', 'Fin du plan', 'État d’avancement', 'Année d’adoption de la politique', 'Commentaires'];
		expect(guessColumns(headers)).toEqual({
			title: 1,
			description: 2,
			themes: 3,
			clienteles: 4,
			year: 5,
			planStartYear: 6,
			planEndYear: 7,
			progress: 8,
			adoptionYear: 9
		});
		expect(guessColumns(['Titre', 'Action'])).toEqual({ title: 0 });
	});

	test('matches labels and slugs ignoring accents and case, and names what it does not know', () => {
		const match = choiceMatcher([
			{ slug: 'loisir', label: 'Loisir, sport et plein air' },
			{ slug: 'aines', label: 'Personnes aînées' },
			{ slug: 'petite-enfance', label: 'Petite enfance (0-5 ans)' }
		]);
		expect(match('PERSONNES AINEES; loisir, sport et plein air')).toEqual({ slugs: ['aines', 'loisir'], unknown: [] });
		expect(match('Aînés, petite enfance , Sports extrêmes')).toEqual({ slugs: ['aines', 'petite-enfance'], unknown: ['Sports extrêmes'] });
		expect(match('')).toEqual({ slugs: [], unknown: [] });
	});

	test('refuses in French a wrong type, an empty file, too many rows or too many bytes', async () => {
		const fieldOf = (promise: Promise<unknown>) => promise.then(() => null, (error: { fields: Record<string, string> }) => error.fields.file);
		expect(await fieldOf(readActionPlan(new File(['%PDF'], 'plan.pdf')))).toContain('n’est pas accepté');
		expect(await fieldOf(readActionPlan(new File([], 'plan.csv')))).toBe('Le fichier est vide.');
		expect(await fieldOf(readActionPlan(csvFile('plan.csv', ['Titre', '', ''])))).toBe('Le fichier n’a aucune ligne sous la ligne des en-têtes.');
		expect(await fieldOf(readActionPlan(new File(['pas un classeur'], 'plan.xlsx')))).toContain('classeur Excel');
		const tooLong = csvFile('plan.csv', ['Titre', ...Array.from({ length: 5001 }, (_, index) => `Mesure ${index}`)]);
		expect(await fieldOf(readActionPlan(tooLong))).toMatch(/^Le fichier dépasse la limite de 5\s000 lignes\.$/);
		const tooBig = new File([new Uint8Array(IMPORT_MAX_BYTES + 1)], 'plan.csv');
		expect(await fieldOf(readActionPlan(tooBig))).toBe('Le fichier dépasse la taille permise de 5 Mo.');
		expect(await fieldOf(readActionPlan(null))).toBe('Choisissez un fichier .xlsx ou .csv.');
	});

	test('reads a CSV saved by Excel in Windows-1252 with its accents', async () => {
		const bytes = new Uint8Array([...Buffer.from('Titre;Th', 'latin1'), 0xe8, ...Buffer.from('me\r\nAm', 'latin1'), 0xe9, ...Buffer.from('nager un parc;Loisir', 'latin1')]);
		const table = await readActionPlan(new File([bytes], 'plan.csv'));
		expect(table).toEqual({ headers: ['Titre', 'Thème'], rows: [['Aménager un parc', 'Loisir']] });
	});
});

describeOnEachDatabase('importing an action plan', (context) => {
	let staff: Actor;
	let member: Actor;
	const description = 'Une description assez longue pour passer la validation des fiches.';
	const goodTitle = 'Installer des bancs le long de la promenade riveraine';

	beforeAll(async () => {
		const staffUser = await createVerifiedAccount(context.db, { email: 'permanence@exemple.ca', name: 'Permanence', role: 'staff', password: 'mot de passe de test' });
		const memberUser = await createVerifiedAccount(context.db, { email: 'membre@exemple.ca', name: 'Membre', role: 'member', password: 'mot de passe de test' });
		staff = { role: 'staff', userId: staffUser.id, organisationIds: [], regionCodes: [] };
		member = { role: 'member', userId: memberUser.id, organisationIds: [], regionCodes: [] };
	});

	const itemCount = async () => (await context.db.select({ value: count() }).from(catalogueItem))[0].value;
	const mapAll = (id: string, changes: Record<string, string> = {}) =>
		getImport(context.db, staff, id).then((record) => saveMapping(context.db, staff, id, { ...mappingFormValues(record), place: 'levis', policyType: 'mada', ...changes }));

	test('imports the good rows with a revision each and reports the others in French', async () => {
		const file = csvFile('plan-levis.csv', [
			'Mesure;Description;Thème(s);Clientèle(s);Année;Titre de la politique',
			`${goodTitle};${description};Aménagement du territoire et urbanisme, LOISIR, SPORT ET PLEIN AIR;aines;2024;Politique MADA de Lévis`,
			`;${description};transport;aines;2024;`,
			`Organiser un tournoi de pétanque intergénérationnel;${description};Sports extrêmes;Personnes aînées;2024;`,
			`Publier un bottin des services aux aînés;${description};communication;aines;deux mille;`
		]);
		const { id } = await createImport(context.db, staff, file);
		const stored = await getImport(context.db, staff, id);
		expect(stored.headers).toHaveLength(6);
		expect(stored.rows).toHaveLength(4);
		// Guessed from the headers, then confirmed with the values for every row.
		const values = mappingFormValues(stored);
		expect(values['column-title']).toBe('0');
		expect(values['column-themes']).toBe('2');
		expect(values['column-policyTitle']).toBe('5');
		const mapping = await mapAll(id);
		expect(mapping.place).toEqual({ municipalityCode: '25213', territoryCode: null, name: 'Lévis' });

		const preview = await previewImport(context.db, staff, id);
		expect(preview.counts).toEqual({ total: 4, valid: 1, invalid: 3, flagged: 0 });
		expect(preview.rows.map((row) => [row.line, row.errors])).toEqual([
			[2, {}],
			[3, { title: 'Le titre doit compter au moins 5 caractères.' }],
			[4, { themes: 'Champ d’intervention inconnu : « Sports extrêmes ».' }],
			[5, { year: 'L’année doit être un nombre.' }]
		]);

		const before = await itemCount();
		const report = await runImport(context.db, staff, id, { skipDuplicates: true });
		expect(report.imported.map((row) => [row.line, row.title])).toEqual([[2, goodTitle]]);
		expect(report.skipped.map((row) => row.line)).toEqual([3, 4, 5]);
		expect(await itemCount()).toBe(before + 1);

		const [item] = await context.db.select().from(catalogueItem).where(eq(catalogueItem.id, report.imported[0].id));
		const terms = await loadTerms(context.db);
		expect(item).toMatchObject({ kind: 'mesure', status: 'draft', municipalityCode: '25213', regionCode: '12', year: 2024, policyTitle: 'Politique MADA de Lévis' });
		expect(item.themeIds.map((termId) => terms.byId.get(termId)?.slug)).toEqual(['amenagement', 'loisir']);
		expect(item.policyTypeId).toBe(terms.bySlug('policy_type', 'mada')?.id);
		const revisions = await context.db.select().from(catalogueRevision).where(eq(catalogueRevision.itemId, item.id));
		expect(revisions.map((revision) => [revision.version, revision.actorId, revision.note])).toEqual([[1, staff.userId, 'Importée de « plan-levis.csv », ligne 2']]);
		const audits = await context.db.select().from(auditEntry).where(and(eq(auditEntry.entityType, 'catalogue_item'), eq(auditEntry.entityId, String(item.id))));
		expect(audits.map((entry) => entry.action)).toEqual(['catalogue.create']);

		const done = await getImport(context.db, staff, id);
		expect(done.status).toBe('imported');
		expect(done.report?.imported).toHaveLength(1);
		expect(done.mapping?.placeText).toBe('levis');
		const listed = (await listImports(context.db, staff)).find((entry) => entry.id === id);
		expect(listed).toMatchObject({ fileName: 'plan-levis.csv', status: 'imported', rowCount: 4, importedCount: 1, actorName: 'Permanence' });
		await expect(runImport(context.db, staff, id, { skipDuplicates: true })).rejects.toMatchObject({ code: 'conflict' });
	});

	test('reads an Excel file the same way, and flags what the bank already holds', async () => {
		await createItem(context.db, staff, {
			kind: 'mesure',
			title: 'Aménager un jardin communautaire près de la bibliothèque',
			description,
			municipalityCode: '10043',
			themes: ['environnement'],
			clienteles: ['familles']
		});
		const workbook = await toXlsx({
			title: 'Plan',
			columns: [
				{ key: 'action', header: 'Action' },
				{ key: 'details', header: 'Détails' },
				{ key: 'themes', header: 'Champs d’intervention' },
				{ key: 'clienteles', header: 'Public cible' },
				{ key: 'progress', header: 'État' }
			],
			rows: [
				{ action: 'Aménager un jardin communautaire près de la bibliothèque', details: description, themes: 'Environnement et qualité de vie', clienteles: 'Familles', progress: 'Réalisée' },
				{ action: 'Offrir des ateliers de cuisine aux familles', details: description, themes: 'sante', clienteles: 'familles', progress: 'en cours' },
				{ action: 'Offrir des ateliers de cuisine aux familles', details: description, themes: 'sante', clienteles: 'familles', progress: 'plus tard' }
			]
		});
		const { id } = await createImport(context.db, staff, new File([new Uint8Array(workbook)], 'plan.xlsx'));
		await mapAll(id, { place: '10043', policyType: '', status: 'published' });
		const preview = await previewImport(context.db, staff, id);
		expect(preview.rows[0].duplicates.map((duplicate) => duplicate.title)).toEqual(['Aménager un jardin communautaire près de la bibliothèque']);
		expect(preview.rows[1].duplicates).toEqual([]);
		expect(preview.rows[2].errors).toEqual({ progress: 'État d’avancement inconnu : « plus tard ». Écrivez Prévue, En cours, Réalisée ou En continu.' });
		expect(preview.counts).toMatchObject({ valid: 2, invalid: 1, flagged: 1 });

		const report = await runImport(context.db, staff, id, { skipDuplicates: true });
		expect(report.imported.map((row) => row.line)).toEqual([3]);
		expect(report.skipped.map((row) => [row.line, row.duplicateOf?.title ?? null])).toEqual([
			[2, 'Aménager un jardin communautaire près de la bibliothèque'],
			[4, null]
		]);
		const [item] = await context.db.select().from(catalogueItem).where(eq(catalogueItem.id, report.imported[0].id));
		expect(item).toMatchObject({ status: 'published', progress: 'en-cours', municipalityCode: '10043' });
		expect(item.publishedAt).not.toBeNull();
	});

	test('a failure on one row leaves nothing behind', async () => {
		const { id } = await createImport(
			context.db,
			staff,
			csvFile('plan.csv', [
				'Titre,Description,Thèmes,Clientèles',
				`Première mesure qui passerait bien,${description},transport,aines`,
				`Deuxième mesure qui passerait bien,${description},transport,aines`,
				`Troisième mesure qui passerait bien,${description},transport,aines`
			])
		);
		await mapAll(id);
		// A real database error late in the import: the items are written, then the second one's revision fails.
		await context.db.execute(sql`create function refuse_test_revision() returns trigger language plpgsql as $$
			begin if new.note like '%ligne 3' then raise exception 'refus de test'; end if; return new; end $$`);
		await context.db.execute(sql`create trigger refuse_test_revision before insert on catalogue_revision for each row execute function refuse_test_revision()`);
		const [items, revisions, audits] = [await itemCount(), (await context.db.select({ value: count() }).from(catalogueRevision))[0].value, (await context.db.select({ value: count() }).from(auditEntry))[0].value];
		try {
			await expect(runImport(context.db, staff, id, { skipDuplicates: false })).rejects.toThrow();
		} finally {
			await context.db.execute(sql`drop trigger refuse_test_revision on catalogue_revision`);
			await context.db.execute(sql`drop function refuse_test_revision()`);
		}
		expect(await itemCount()).toBe(items);
		expect((await context.db.select({ value: count() }).from(catalogueRevision))[0].value).toBe(revisions);
		expect((await context.db.select({ value: count() }).from(auditEntry))[0].value).toBe(audits);
		expect((await getImport(context.db, staff, id)).status).toBe('uploaded');
		const titles = await context.db.select({ title: catalogueItem.title }).from(catalogueItem).where(inArray(catalogueItem.title, ['Première mesure qui passerait bien']));
		expect(titles).toEqual([]);
		// Once the cause is gone, the same import goes through.
		expect((await runImport(context.db, staff, id, { skipDuplicates: false })).imported).toHaveLength(3);
	});

	test('the mapping names every problem at once and keeps the import', async () => {
		const { id } = await createImport(context.db, staff, csvFile('plan.csv', ['Colonne A,Colonne B', 'Une mesure,Une autre']));
		const record = await getImport(context.db, staff, id);
		expect(mappingFormValues(record)['column-title']).toBe('');
		await expect(saveMapping(context.db, staff, id, { ...mappingFormValues(record), place: 'Saint-Donat', policyType: 'inconnu', status: 'archivé' })).rejects.toMatchObject({
			code: 'invalid_input',
			fields: {
				'column-title': 'Choisissez la colonne qui contient le titre des mesures.',
				place: expect.stringContaining('Plusieurs municipalités s’appellent « Saint-Donat »'),
				policyType: 'Type de politique inconnu.',
				status: 'Choisissez si les fiches importées restent en brouillon ou sont publiées.'
			}
		});
		await expect(saveMapping(context.db, staff, id, { 'column-title': '0', place: 'Nulle-Part-sur-Mer', status: 'draft' })).rejects.toMatchObject({
			fields: { place: 'Municipalité ou MRC introuvable : « Nulle-Part-sur-Mer ». Écrivez son nom exact ou son code géographique.' }
		});
		const mrc = await saveMapping(context.db, staff, id, { 'column-title': '0', place: 'MRC de Rimouski-Neigette', status: 'draft' });
		expect(mrc.place).toEqual({ municipalityCode: null, territoryCode: '10', name: 'Rimouski-Neigette' });
		await expect(previewImport(context.db, staff, id)).resolves.toMatchObject({ counts: { total: 1 } });
		await abandonImport(context.db, staff, id);
		expect((await getImport(context.db, staff, id)).status).toBe('abandoned');
		await expect(runImport(context.db, staff, id, { skipDuplicates: true })).rejects.toMatchObject({ code: 'conflict' });
	});

	test('only staff import', async () => {
		await expect(createImport(context.db, member, csvFile('plan.csv', ['Titre', 'Une mesure']))).rejects.toMatchObject({ code: 'forbidden' });
		await expect(listImports(context.db, member)).rejects.toMatchObject({ code: 'forbidden' });
		const [any] = await context.db.select({ id: catalogueImport.id }).from(catalogueImport).limit(1);
		await expect(runImport(context.db, member, any.id, { skipDuplicates: true })).rejects.toMatchObject({ code: 'forbidden' });
		await expect(getImport(context.db, staff, 'pas-un-identifiant')).rejects.toMatchObject({ code: 'not_found' });
	});
});
