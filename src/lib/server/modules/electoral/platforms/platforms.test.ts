import mammoth from 'mammoth';
import { eq, sql } from 'drizzle-orm';
import { expect, test } from 'vitest';
import { describeOnEachDatabase } from '../../../db/test-databases';
import { selectRows } from '../../../db/types';
import { listPopulationClasses } from '../../territory/service';
import { insertItems } from '../../catalogue/store';
import { listCommitments } from '../commitments';
import { createEdition, loadEditionTerms, type EditionTerms } from '../editions';
import { electoralCommitment, electoralCommitmentEvidence, electoralPlatform } from '../schema';
import { addCommitment, addOwnEntry, moveEntry, moveTheme, removeEntry, updateEntry, updatePresentation } from './entries';
import { lookupMunicipality } from './municipality';
import { platformFile } from './document';
import { platformOutline } from './outline';
import { erasePlatformData, exportPlatformData } from './personal-data';
import { rankSuggestions } from './ranking';
import { checkChoices, claimPlatform, createPlatform, getPlatform, listOwnedPlatforms, recordPlatformExport, renewPlatformToken } from './service';
import { hashPlatformToken } from './token';

type Fixture = {
	editionId: number;
	terms: EditionTerms;
	commitments: Record<'parc' | 'pedibus' | 'jardins' | 'comite' | 'navette', number>;
};

describeOnEachDatabase('electoral platforms', (context) => {
	let fixture: Fixture;
	const db = () => context.db;

	/** An edition with five commitments: evidence from Grosse-Île (small, like Batiscan), Trois-Rivières (Mauricie, large) and Lévis. */
	async function setUp(): Promise<Fixture> {
		if (fixture) return fixture;
		const edition = await createEdition(db(), { slug: 'plateformes-essai', name: 'Municipalités 2029', electionDate: '2029-11-04' });
		const terms = await loadEditionTerms(db(), edition.id);
		const theme = (slug: string) => terms.bySlug('theme', slug)!.id;
		const clientele = (slug: string) => terms.bySlug('clientele', slug)!.id;
		const [small, sameRegion, large] = await insertItems(db(), [
			{ kind: 'initiative', status: 'published', title: 'Un parc à Grosse-Île', municipalityCode: '01042', year: 2021 },
			{ kind: 'mesure', status: 'published', title: 'Un pédibus à Trois-Rivières', municipalityCode: '37067', year: 2020 },
			{ kind: 'mesure', status: 'published', title: 'Des jardins à Lévis', municipalityCode: '25213', year: 2019 }
		]);
		const insert = async (title: string, themeSlug: string, clienteles: string[], sortOrder: number, evidence: number[]) => {
			const [row] = await db()
				.insert(electoralCommitment)
				.values({ editionId: edition.id, themeId: theme(themeSlug), clienteleIds: clienteles.map(clientele), title, rationale: `Pourquoi : ${title}`, costLevel: 'moyen', timeFrame: 'court', sortOrder })
				.returning({ id: electoralCommitment.id });
			if (evidence.length) await db().insert(electoralCommitmentEvidence).values(evidence.map((catalogueItemId, position) => ({ commitmentId: row.id, catalogueItemId, position })));
			return row.id;
		};
		// In the edition's order, the best fit (theme + clientèle + a municipality of the same size) comes last.
		const commitments = {
			jardins: await insert('Créer des jardins collectifs', 'loisir', [], 1, [large]),
			pedibus: await insert('Organiser un pédibus', 'loisir', ['familles'], 2, [sameRegion]),
			comite: await insert('Former un comité des aînés', 'participation', ['aines'], 3, []),
			navette: await insert('Offrir une navette', 'mobilite', ['handicap'], 4, []),
			parc: await insert('Aménager un parc intergénérationnel', 'loisir', ['familles'], 5, [large, small])
		};
		fixture = { editionId: edition.id, terms, commitments };
		return fixture;
	}

	async function startPlatform(ownerUserId: string | null = null) {
		const { editionId, terms } = await setUp();
		const choices = await checkChoices(db(), terms, {
			municipality: 'batiscan',
			municipalityCode: '',
			themeIds: [String(terms.bySlug('theme', 'loisir')!.id)],
			clienteleIds: [String(terms.bySlug('clientele', 'familles')!.id)]
		});
		return createPlatform(db(), { editionId, ownerUserId, candidateName: 'Jeanne Essai', choices });
	}

	test('a platform opens with its private key only; the database keeps the key’s SHA-256', async () => {
		const { id, token } = await startPlatform();
		expect(token).toMatch(/^[A-Za-z0-9_-]{43}$/);
		const [row] = await db().select({ tokenHash: electoralPlatform.tokenHash }).from(electoralPlatform).where(eq(electoralPlatform.id, id));
		expect(row.tokenHash).toBe(hashPlatformToken(token));
		expect(row.tokenHash).not.toContain(token);
		const stored = await selectRows<{ found: number }>(db(), sql`select count(*)::int as found from electoral_platform where token_hash = ${token}`);
		expect(stored[0].found).toBe(0);

		const platform = await getPlatform(db(), { token });
		expect(platform).toMatchObject({ id, candidateName: 'Jeanne Essai', municipality: { code: '37210', name: 'Batiscan', regionName: 'Mauricie' } });
		expect(platform.municipality.populationClass?.maxPopulation).toBe(1749);

		const wrong = token.slice(0, -1) + (token.endsWith('A') ? 'B' : 'A');
		await expect(getPlatform(db(), { token: wrong })).rejects.toMatchObject({ code: 'not_found' });
		await expect(getPlatform(db(), { token: 'court' })).rejects.toMatchObject({ code: 'not_found' });
		await expect(getPlatform(db(), { token: row.tokenHash })).rejects.toMatchObject({ code: 'not_found' });
		expect(new Set([token, (await startPlatform()).token]).size).toBe(2);
	});

	test('the start form forgives accents and case, asks to choose among homonyms and needs a theme and a clientèle', async () => {
		const { terms } = await setUp();
		expect((await lookupMunicipality(db(), 'TROIS-RIVIERES')).found?.code).toBe('37067');
		const homonyms = await lookupMunicipality(db(), 'saint-damase');
		expect(homonyms.found).toBeNull();
		expect(homonyms.choices.map((choice) => choice.code).sort()).toEqual(['07105', '54017']);
		const partial = await lookupMunicipality(db(), 'Saint-Joseph');
		expect(partial.found).toBeNull();
		expect(partial.choices.length).toBeGreaterThan(1);
		expect(partial.choices.every((choice) => choice.name.includes('Saint-Joseph'))).toBe(true);
		expect(partial.choices[0].name).toBe('Saint-Joseph-de-Beauce');

		const ambiguous = await checkChoices(db(), terms, { municipality: 'Saint-Damase', municipalityCode: '', themeIds: [], clienteleIds: ['999999'] });
		expect(ambiguous.errors).toEqual({
			municipality: 'Plusieurs municipalités correspondent à « Saint-Damase » : choisissez la vôtre dans la liste.',
			themes: 'Cochez au moins un thème qui vous tient à cœur.',
			clienteles: 'Cochez au moins une clientèle.'
		});
		const chosen = await checkChoices(db(), terms, { municipality: 'Saint-Damase', municipalityCode: '54017', themeIds: [String(terms.themes[0].id)], clienteleIds: [String(terms.clienteles[0].id)] });
		expect(chosen.errors).toEqual({});
		expect(chosen.municipality).toMatchObject({ code: '54017', regionName: 'Montérégie' });
		// A code picked earlier no longer counts once another name is typed.
		const retyped = await checkChoices(db(), terms, { municipality: 'Rimouski', municipalityCode: '54017', themeIds: [String(terms.themes[0].id)], clienteleIds: [String(terms.clienteles[0].id)] });
		expect(retyped.municipality?.code).toBe('10043');
		expect((await checkChoices(db(), terms, { municipality: 'Nullepartville', municipalityCode: '', themeIds: [], clienteleIds: [] })).errors.municipality).toBe(
			'Aucune municipalité du Québec ne s’appelle « Nullepartville ». Vérifiez l’orthographe.'
		);
	});

	test('suggestions: theme, clientèle and an example from a municipality of the same size rank first', async () => {
		const { editionId, terms, commitments } = await setUp();
		const { token } = await startPlatform();
		const platform = await getPlatform(db(), { token });
		const ranked = rankSuggestions(await listCommitments(db(), editionId), {
			themeIds: platform.themeIds,
			clienteleIds: platform.clienteleIds,
			municipality: platform.municipality,
			classes: await listPopulationClasses(db())
		});
		expect(ranked.map((suggestion) => suggestion.commitment.id)).toEqual([commitments.parc, commitments.pedibus, commitments.jardins]);
		expect(ranked[0]).toMatchObject({ themeMatch: true, clienteleMatches: [terms.bySlug('clientele', 'familles')!.id], sameSize: true, sameRegion: false });
		expect(ranked[0].examples.map((example) => example.title)).toEqual(['Un parc à Grosse-Île', 'Des jardins à Lévis']);
		expect(ranked[1]).toMatchObject({ sameSize: false, sameRegion: true });
		expect(ranked[0].score).toBeGreaterThan(ranked[1].score);
	});

	test('select, reorder within a theme and between themes, rewrite, add one’s own, remove', async () => {
		const { terms, commitments } = await setUp();
		const { token } = await startPlatform();
		const key = { token };
		const pedibus = await addCommitment(db(), key, commitments.pedibus);
		const comite = await addCommitment(db(), key, commitments.comite);
		const parc = await addCommitment(db(), key, commitments.parc);
		expect((await addCommitment(db(), key, commitments.parc)).added).toBe(false);
		// The parc joins its theme (loisir), before the comité (participation) that came before it.
		expect((await getPlatform(db(), key)).entries.map((entry) => entry.commitmentId)).toEqual([commitments.pedibus, commitments.parc, commitments.comite]);

		expect(await moveEntry(db(), key, parc.entryId, 'up')).toMatchObject({ position: 1, total: 2 });
		expect(await moveEntry(db(), key, parc.entryId, 'up')).toMatchObject({ position: 1, total: 2 });
		expect(await moveTheme(db(), key, terms.bySlug('theme', 'participation')!.id, 'up')).toMatchObject({ position: 1, total: 2 });

		const before = await getPlatform(db(), key);
		await updateEntry(db(), key, pedibus.entryId, { title: 'Un pédibus dans chaque quartier', details: 'Avec les écoles, dès la rentrée.' }, { version: before.version });
		const own = await addOwnEntry(db(), key, { title: 'Ouvrir la piscine le dimanche', details: 'Horaire élargi.', themeId: String(terms.bySlug('theme', 'loisir')!.id) });
		const free = await addOwnEntry(db(), key, { title: 'Publier les votes du conseil', details: '', themeId: '' });
		await expect(addOwnEntry(db(), key, { title: '  ', details: 'rien', themeId: '' })).rejects.toMatchObject({ code: 'invalid_input', fields: { title: 'Écrivez l’engagement en quelques mots.' } });
		await expect(addOwnEntry(db(), key, { title: 'Thème inconnu', details: '', themeId: '999999' })).rejects.toMatchObject({ fields: { themeId: 'Choisissez l’un des thèmes de la liste.' } });

		const after = await getPlatform(db(), key);
		expect(after.entries.map((entry) => [entry.title, entry.commitmentId])).toEqual([
			['Former un comité des aînés', commitments.comite],
			['Aménager un parc intergénérationnel', commitments.parc],
			['Un pédibus dans chaque quartier', commitments.pedibus],
			['Ouvrir la piscine le dimanche', null],
			['Publier les votes du conseil', null]
		]);
		expect(after.entries[2].details).toBe('Avec les écoles, dès la rentrée.');
		expect(after.entries[4].themeId).toBeNull();
		// The entries without a theme stay last, whatever moves.
		await moveTheme(db(), key, terms.bySlug('theme', 'loisir')!.id, 'up');
		expect((await getPlatform(db(), key)).entries.map((entry) => entry.id)).toEqual([parc.entryId, pedibus.entryId, own.entryId, comite.entryId, free.entryId]);

		expect(await removeEntry(db(), key, parc.entryId)).toMatchObject({ title: 'Aménager un parc intergénérationnel' });
		await expect(removeEntry(db(), key, parc.entryId)).rejects.toMatchObject({ code: 'conflict' });
		const positions = await selectRows<{ position: number }>(db(), sql`select position from electoral_platform_entry where platform_id = ${after.id} order by position`);
		expect(positions.map((row) => row.position)).toEqual([1, 2, 3, 4]);
	});

	test('two tabs: a text changed elsewhere since the page was shown is refused, nothing is overwritten; other changes are no conflict', async () => {
		const { commitments } = await setUp();
		const { token } = await startPlatform();
		const key = { token };
		const shown = await getPlatform(db(), key);
		const shownText = { title: shown.title, candidateName: shown.candidateName, introduction: shown.introduction };
		// Tab 1 saves the introduction; tab 2, shown before, saves its own introduction.
		const saved = await updatePresentation(db(), key, { ...shownText, title: 'Ensemble pour Batiscan', introduction: 'Onglet 1' }, { version: shown.version, text: shownText });
		expect(saved).toBe(shown.version + 1);
		await expect(updatePresentation(db(), key, { ...shownText, introduction: 'Onglet 2' }, { version: shown.version, text: shownText })).rejects.toMatchObject({
			code: 'conflict',
			message: expect.stringContaining('modifiée ailleurs')
		});
		expect(await getPlatform(db(), key)).toMatchObject({ title: 'Ensemble pour Batiscan', introduction: 'Onglet 1', version: saved });
		await expect(updatePresentation(db(), key, { title: 'x'.repeat(201) }, { version: saved })).rejects.toMatchObject({
			code: 'invalid_input',
			fields: { title: 'Le titre ne peut dépasser 200 caractères.' }
		});
		// Saving again from the version the conflict showed is a deliberate overwrite.
		expect(await updatePresentation(db(), key, { ...shownText, introduction: 'Onglet 2, délibérément' }, { version: saved })).toBe(saved + 1);

		// An entry's text saved from a page older than a move, or than another field's save, is no conflict.
		const entry = await addCommitment(db(), key, commitments.parc);
		const entryShown = await getPlatform(db(), key);
		const entryText = { title: entryShown.entries[0].title, details: entryShown.entries[0].details };
		await addCommitment(db(), key, commitments.pedibus);
		await moveEntry(db(), key, entry.entryId, 'down');
		await updateEntry(db(), key, entry.entryId, { title: 'Un parc rénové', details: 'Tab 1' }, { version: entryShown.version, text: entryText });
		await expect(updateEntry(db(), key, entry.entryId, { title: 'Un autre parc', details: 'Tab 2' }, { version: entryShown.version, text: entryText })).rejects.toMatchObject({ code: 'conflict' });
		expect((await getPlatform(db(), key)).entries.find((candidate) => candidate.id === entry.entryId)).toMatchObject({ title: 'Un parc rénové', details: 'Tab 1' });
	});

	test('an owner keeps several platforms, opens them without the key, renews the link; export and erasure', async () => {
		const userId = 'plateformes-proprio';
		await db().execute(sql`insert into auth_user (id, name, email, email_verified) values (${userId}, 'Proprio', 'proprio-plateformes@exemple.ca', true)`);
		const first = await startPlatform(userId);
		const anonymous = await startPlatform();
		await claimPlatform(db(), { token: anonymous.token }, userId);
		expect((await listOwnedPlatforms(db(), userId)).map((platform) => platform.id).sort()).toEqual([first.id, anonymous.id].sort());
		expect((await getPlatform(db(), { platformId: first.id, ownerUserId: userId })).id).toBe(first.id);
		await expect(getPlatform(db(), { platformId: first.id, ownerUserId: 'quelqu-un-d-autre' })).rejects.toMatchObject({ code: 'not_found' });

		const renewed = await renewPlatformToken(db(), first.id, userId);
		expect((await getPlatform(db(), { token: renewed })).id).toBe(first.id);
		await expect(getPlatform(db(), { token: first.token })).rejects.toMatchObject({ code: 'not_found' });
		await expect(renewPlatformToken(db(), first.id, 'quelqu-un-d-autre')).rejects.toMatchObject({ code: 'not_found' });

		await updatePresentation(db(), { token: renewed }, { title: 'Mon titre', candidateName: 'Jeanne', introduction: 'Bonjour' }, { version: (await getPlatform(db(), { token: renewed })).version });
		const exported = (await exportPlatformData(db(), userId)) as { electoralPlatforms: { title: string }[] };
		expect(exported.electoralPlatforms.map((platform) => platform.title).sort()).toEqual(['', 'Mon titre']);
		await db().transaction((tx) => erasePlatformData(tx, userId));
		expect(await listOwnedPlatforms(db(), userId)).toEqual([]);
		await expect(getPlatform(db(), { token: renewed })).rejects.toMatchObject({ code: 'not_found' });
	});

	test('the Word document holds the commitments by theme in the chosen order, in the candidate’s words, with the sources; downloads are counted', async () => {
		const { editionId, terms, commitments } = await setUp();
		const { id, token } = await startPlatform();
		const key = { token };
		const parc = await addCommitment(db(), key, commitments.parc);
		const pedibus = await addCommitment(db(), key, commitments.pedibus);
		await moveEntry(db(), key, pedibus.entryId, 'up');
		await updateEntry(db(), key, parc.entryId, { title: 'Un parc pour toutes les générations', details: 'Dans le cœur du village.' }, { version: (await getPlatform(db(), key)).version });
		await addOwnEntry(db(), key, { title: 'Publier les votes du conseil', details: 'Chaque mois.', themeId: '' });
		await updatePresentation(db(), key, { title: 'Batiscan, ensemble', candidateName: 'Jeanne Essai', introduction: 'Mes engagements.' }, { version: (await getPlatform(db(), key)).version });

		const platform = await getPlatform(db(), key);
		const outline = platformOutline(platform, { name: 'Municipalités 2029', electionDate: '2029-11-04' }, terms, await listCommitments(db(), editionId), await listPopulationClasses(db()));
		const { body, filename } = await platformFile(outline, 'https://exemple.ca', new Date('2029-09-01T12:00:00Z'));
		expect(filename).toBe('plateforme-electorale-batiscan-2029-09-01.docx');
		const { value: text } = await mammoth.extractRawText({ buffer: body });
		const order = [
			'Batiscan, ensemble',
			'Jeanne Essai',
			'Batiscan (Mauricie)',
			'Mes engagements.',
			'Territoire attractif – loisir',
			'Organiser un pédibus',
			'Un parc pour toutes les générations',
			'Dans le cœur du village.',
			'Autres engagements',
			'Publier les votes du conseil',
			'Sources',
			'Un parc à Grosse-Île (Grosse-Île, Gaspésie–Îles-de-la-Madeleine, 2021) : https://exemple.ca/banque/initiatives/'
		].map((part) => text.indexOf(part));
		expect(order.every((position) => position >= 0), text).toBe(true);
		expect(order).toEqual([...order].sort((a, b) => a - b));
		expect(text).not.toContain('Aménager un parc intergénérationnel');

		await recordPlatformExport(db(), id);
		await recordPlatformExport(db(), id);
		const [row] = await db().select({ count: electoralPlatform.exportCount, first: electoralPlatform.firstExportedAt }).from(electoralPlatform).where(eq(electoralPlatform.id, id));
		expect(row.count).toBe(2);
		expect(row.first).toBeInstanceOf(Date);
	});
});
