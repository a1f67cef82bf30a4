import { and, eq } from 'drizzle-orm';
import { beforeAll, expect, test } from 'vitest';
import { describeOnEachDatabase } from '../../../db/test-databases';
import { auditEntry } from '../../../platform/audit/schema';
import type { Actor } from '../../../platform/roles';
import { getEditionBySlug, loadEditionTerms } from '../editions';
import { electoralCommitment, electoralTerm } from '../schema';
import { addEdition, listEditionSummaries, updateEdition } from './editions';
import { addEditionTerm, deleteEditionTerm, listEditionVocabularies, moveEditionTerm, renameEditionTerm } from './terms';

const staff: Actor = { role: 'staff', userId: 'electoral-staff', organisationIds: [], regionCodes: [] };
const member: Actor = { role: 'member', userId: 'electoral-member', organisationIds: [], regionCodes: [] };

describeOnEachDatabase('electoral back office: editions and their themes and clientèles', (context) => {
	const auditOf = (entityType: string, id: number) =>
		context.db
			.select()
			.from(auditEntry)
			.where(and(eq(auditEntry.entityType, entityType), eq(auditEntry.entityId, String(id))));

	test('an edition takes its address name from its name unless one is typed, and every field is checked at once', async () => {
		const edition = await addEdition(context.db, staff, { name: '  Élections municipales 2029 ', slug: '', electionDate: '2029-11-04', isOpen: 'true' });
		expect(edition).toMatchObject({ slug: 'elections-municipales-2029', name: 'Élections municipales 2029', electionDate: '2029-11-04', isOpen: true });
		expect((await loadEditionTerms(context.db, edition.id)).themes).toHaveLength(9);
		const [audit] = await auditOf('electoral_edition', edition.id);
		expect(audit).toMatchObject({ action: 'electoral.edition.create', actorId: staff.userId, after: { slug: 'elections-municipales-2029', isOpen: true } });

		const typed = await addEdition(context.db, staff, { name: 'Essai', slug: 'Essai-Automne', electionDate: '2029-11-04', isOpen: 'false' });
		expect(typed).toMatchObject({ slug: 'essai-automne', isOpen: false });

		await expect(addEdition(context.db, staff, { name: 'M', slug: 'pas bon!', electionDate: '4 novembre', isOpen: '' })).rejects.toMatchObject({
			code: 'invalid_input',
			fields: {
				name: 'Le nom doit compter au moins 3 caractères.',
				slug: expect.stringContaining('lettres minuscules'),
				electionDate: 'Écrivez la date du scrutin sous la forme AAAA-MM-JJ.',
				isOpen: 'Dites si l’édition est ouverte ou fermée.'
			}
		});
		await expect(addEdition(context.db, staff, { name: 'Autre nom', slug: 'essai-automne', electionDate: '2029-11-04', isOpen: 'true' })).rejects.toMatchObject({
			code: 'conflict',
			fields: { slug: 'Cet identifiant est déjà pris par une autre édition.' }
		});
		await expect(addEdition(context.db, member, { name: 'Refusée', electionDate: '2029-11-04', isOpen: 'true' })).rejects.toMatchObject({ code: 'forbidden' });
		expect(await getEditionBySlug(context.db, 'refusee')).toBeNull();
	});

	test('an edit renames, moves the date and closes an edition, keeps its address name and is audited with before and after', async () => {
		const edition = await addEdition(context.db, staff, { name: 'Municipalités 2033', electionDate: '2033-11-06', isOpen: 'true' });
		const edited = await updateEdition(context.db, staff, edition.id, { name: 'Municipales 2033', electionDate: '2033-11-07', isOpen: 'false', slug: 'ignore' });
		expect(edited).toMatchObject({ slug: 'municipalites-2033', name: 'Municipales 2033', electionDate: '2033-11-07', isOpen: false });
		const audits = await auditOf('electoral_edition', edition.id);
		expect(audits.find((entry) => entry.action === 'electoral.edition.update')).toMatchObject({
			before: { name: 'Municipalités 2033', electionDate: '2033-11-06', isOpen: true },
			after: { name: 'Municipales 2033', electionDate: '2033-11-07', isOpen: false }
		});
		await expect(updateEdition(context.db, staff, edition.id, { name: 'Municipales 2033', electionDate: '2033-02-30', isOpen: 'true' })).rejects.toMatchObject({
			fields: { electionDate: expect.any(String) }
		});
		await expect(updateEdition(context.db, staff, 999_999, { name: 'Personne', electionDate: '2033-11-07', isOpen: 'true' })).rejects.toMatchObject({ code: 'not_found' });
	});

	test('the list counts each edition’s commitments, questions and platforms', async () => {
		const edition = await addEdition(context.db, staff, { name: 'Comptée 2041', electionDate: '2041-11-03', isOpen: 'true' });
		const terms = await loadEditionTerms(context.db, edition.id);
		await context.db.insert(electoralCommitment).values([
			{ editionId: edition.id, themeId: terms.themes[0].id, clienteleIds: [terms.clienteles[0].id], title: 'Publié', costLevel: 'faible', timeFrame: 'court', status: 'published' },
			{ editionId: edition.id, themeId: terms.themes[0].id, clienteleIds: [terms.clienteles[0].id], title: 'Brouillon', costLevel: 'faible', timeFrame: 'court', status: 'draft' }
		]);
		const summaries = await listEditionSummaries(context.db, staff);
		expect(summaries.map((summary) => summary.electionDate)).toEqual([...summaries.map((summary) => summary.electionDate)].sort().reverse());
		expect(summaries.find((summary) => summary.id === edition.id)).toMatchObject({ slug: 'comptee-2041', commitments: 2, publishedCommitments: 1, questions: 0, platforms: 0 });
		await expect(listEditionSummaries(context.db, member)).rejects.toMatchObject({ code: 'forbidden' });
	});

	describeTerms();

	function describeTerms() {
		let editionId: number;
		beforeAll(async () => {
			editionId = (await addEdition(context.db, staff, { name: 'Thèmes 2045', electionDate: '2045-11-05', isOpen: 'true' })).id;
		});
		const termOf = async (vocabulary: 'theme' | 'clientele', slug: string) => (await listEditionVocabularies(context.db, staff, editionId))[vocabulary].find((term) => term.slug === slug)!;

		test('staff add, rename and reorder an edition’s themes and clientèles without touching another edition', async () => {
			const added = await addEditionTerm(context.db, staff, editionId, { vocabulary: 'clientele', label: 'Personnes nouvellement arrivées' });
			expect(added).toMatchObject({ slug: 'personnes-nouvellement-arrivees', sortOrder: 4 });
			await expect(addEditionTerm(context.db, staff, editionId, { vocabulary: 'clientele', label: 'FAMILLES' })).rejects.toMatchObject({
				fields: { label: '« Familles » existe déjà dans cette liste.' }
			});
			await expect(addEditionTerm(context.db, staff, editionId, { vocabulary: 'couleur', label: 'Bleu' })).rejects.toMatchObject({ code: 'invalid_input' });

			const aines = await termOf('clientele', 'aines');
			await renameEditionTerm(context.db, staff, editionId, aines.id, 'Personnes aînées et proches aidants');
			expect((await termOf('clientele', 'aines')).label).toBe('Personnes aînées et proches aidants');
			await expect(renameEditionTerm(context.db, staff, editionId, aines.id, 'x')).rejects.toMatchObject({ fields: { label: 'Le libellé doit compter au moins 2 caractères.' } });

			const other = await addEdition(context.db, staff, { name: 'Autre 2045', electionDate: '2045-11-05', isOpen: 'true' });
			const otherAines = (await loadEditionTerms(context.db, other.id)).bySlug('clientele', 'aines')!;
			expect(otherAines.label).toBe('Personnes aînées');
			await expect(renameEditionTerm(context.db, staff, editionId, otherAines.id, 'Détournement')).rejects.toMatchObject({ code: 'not_found' });

			const loisir = await termOf('theme', 'loisir');
			await moveEditionTerm(context.db, staff, editionId, loisir.id, 'up');
			const themes = (await listEditionVocabularies(context.db, staff, editionId)).theme.map((term) => term.slug);
			expect(themes.slice(4, 8)).toEqual(['espaces-publics', 'loisir', 'habitation', 'mobilite']);
			const first = await termOf('theme', 'collaboration');
			await moveEditionTerm(context.db, staff, editionId, first.id, 'up');
			expect((await listEditionVocabularies(context.db, staff, editionId)).theme[0].slug).toBe('collaboration');
			await expect(moveEditionTerm(context.db, staff, editionId, first.id, 'sideways')).rejects.toMatchObject({ code: 'invalid_input' });

			const actions = (await auditOf('electoral_term', loisir.id)).map((entry) => [entry.action, entry.before, entry.after]);
			expect(actions).toEqual([['electoral.term.move', { position: 7 }, { position: 6 }]]);
			await expect(addEditionTerm(context.db, member, editionId, { vocabulary: 'theme', label: 'Refusé' })).rejects.toMatchObject({ code: 'forbidden' });
		});

		test('a term nobody uses can be deleted; one a commitment uses cannot, and the French message says why', async () => {
			const spare = await addEditionTerm(context.db, staff, editionId, { vocabulary: 'theme', label: 'Ajouté par erreur' });
			await deleteEditionTerm(context.db, staff, editionId, spare.id);
			expect(await context.db.select().from(electoralTerm).where(eq(electoralTerm.id, spare.id))).toEqual([]);
			expect((await auditOf('electoral_term', spare.id)).map((entry) => entry.action)).toEqual(['electoral.term.add', 'electoral.term.delete']);

			const familles = await termOf('clientele', 'familles');
			const mobilite = await termOf('theme', 'mobilite');
			await context.db.insert(electoralCommitment).values([
				{ editionId, themeId: mobilite.id, clienteleIds: [familles.id], title: 'Des trottoirs sûrs', costLevel: 'moyen', timeFrame: 'moyen' },
				{ editionId, themeId: mobilite.id, clienteleIds: [familles.id], title: 'Des rues partagées', costLevel: 'moyen', timeFrame: 'moyen' }
			]);
			expect(await termOf('clientele', 'familles')).toMatchObject({ commitments: 2, platforms: 0 });
			await expect(deleteEditionTerm(context.db, staff, editionId, familles.id)).rejects.toMatchObject({
				code: 'conflict',
				message: 'Impossible de supprimer « Familles » : 2 engagements l’utilisent. Modifiez plutôt son libellé.'
			});
			await expect(deleteEditionTerm(context.db, staff, editionId, mobilite.id)).rejects.toMatchObject({ code: 'conflict' });
			expect(await termOf('clientele', 'familles')).toBeDefined();
		});
	}
});
