import { expect, test } from 'vitest';
import { describeOnEachDatabase } from '../../db/test-databases';
import { listCommitments } from './commitments';
import { createEdition, currentEdition, loadEditionTerms } from './editions';
import { electoralCommitment, electoralCommitmentEvidence } from './schema';
import { insertItems } from '../catalogue/store';

describeOnEachDatabase('electoral editions and commitments', (context) => {
	test('an edition starts with the report’s nine themes and four clientèles, and lists its commitments with their evidence', async () => {
		const edition = await createEdition(context.db, { slug: 'essai-2029', name: 'Municipalités 2029', electionDate: '2029-11-04' });
		await expect(createEdition(context.db, { slug: 'essai-2029', name: 'Doublon', electionDate: '2029-11-04' })).rejects.toMatchObject({ code: 'conflict' });
		const terms = await loadEditionTerms(context.db, edition.id);
		expect(terms.themes.map((term) => term.label)).toHaveLength(9);
		expect(terms.themes[0].label).toBe('Collaboration et partenariat');
		expect(terms.clienteles.map((term) => term.label)).toEqual(['Enfants et adolescents', 'Familles', 'Personnes aînées', 'Personnes en situation de handicap']);
		expect((await currentEdition(context.db))?.id).toBe(edition.id);

		const [published, hidden] = await insertItems(context.db, [
			{ kind: 'mesure', status: 'published', title: 'Aménager un parc intergénérationnel', municipalityCode: '37210', year: 2022 },
			{ kind: 'mesure', status: 'draft', title: 'Brouillon', municipalityCode: '37210', year: 2022 }
		]);
		const loisir = terms.bySlug('theme', 'loisir')!.id;
		const aines = terms.bySlug('clientele', 'aines')!.id;
		const [commitment] = await context.db
			.insert(electoralCommitment)
			.values({ editionId: edition.id, themeId: loisir, clienteleIds: [aines], title: 'Aménager un parc pour toutes les générations', costLevel: 'moyen', timeFrame: 'moyen' })
			.returning();
		await context.db.insert(electoralCommitmentEvidence).values([
			{ commitmentId: commitment.id, catalogueItemId: published, position: 0 },
			{ commitmentId: commitment.id, catalogueItemId: hidden, position: 1 }
		]);
		const [listed] = await listCommitments(context.db, edition.id, { clienteleIds: [aines] });
		expect(listed.title).toBe('Aménager un parc pour toutes les générations');
		expect(listed.evidence).toEqual([expect.objectContaining({ id: published, placeName: 'Batiscan', regionName: 'Mauricie' })]);
		expect(await listCommitments(context.db, edition.id, { themeIds: [terms.bySlug('theme', 'mobilite')!.id] })).toEqual([]);
	});
});
