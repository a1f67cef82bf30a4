import { and, eq, sql } from 'drizzle-orm';
import { beforeAll, expect, test } from 'vitest';
import { describeOnEachDatabase } from '../../../db/test-databases';
import { auditEntry } from '../../../platform/audit/schema';
import { job } from '../../../platform/jobs/schema';
import type { Actor } from '../../../platform/roles';
import { createVerifiedAccount } from '../../accounts/credentials';
import { createOrganisation } from '../../accounts/organisations';
import { getItem } from '../items';
import { emptyCatalogueQuery } from '../query';
import { catalogueRevision } from '../schema';
import { searchCatalogue } from '../search';
import { memberPortalSection } from './member-portal-section';
import { contributingOrganisations } from './organisations';
import {
	approveContribution,
	correctContribution,
	getContributionForReview,
	getMyContribution,
	listMyContributions,
	listPendingContributions,
	rejectContribution,
	submitContribution,
	updateMyContribution
} from './service';

const description = 'Des navettes gratuites relient les résidences pour aînés aux commerces du centre-ville.';
const proposal = (title: string) => ({ title, description, themes: ['transport'], clienteles: ['aines'], policyType: 'mada', planStartYear: '2024', planEndYear: '2026' });
const links = { origin: 'https://plateforme.exemple.ca' };

describeOnEachDatabase('contributions from member organisations', (context) => {
	const actors = {} as Record<'levis' | 'colleague' | 'rimouski' | 'nonprofit' | 'staff', Actor>;

	beforeAll(async () => {
		const account = async (key: string, role: 'member' | 'staff') =>
			(await createVerifiedAccount(context.db, { email: `${key}@exemple.ca`, name: `Personne ${key}`, role, password: 'mot de passe de test' })).id;
		const levisUser = await account('levis', 'member');
		const colleagueUser = await account('colleague', 'member');
		const rimouskiUser = await account('rimouski', 'member');
		const nonprofitUser = await account('nonprofit', 'member');
		const staffUser = await account('staff', 'staff');
		const bare = (userId: string, role: Actor['role'] = 'member'): Actor => ({ role, userId, organisationIds: [], regionCodes: [] });
		const levis = await createOrganisation(context.db, bare(levisUser), { kind: 'municipality', municipalityCode: '25213' });
		const rimouski = await createOrganisation(context.db, bare(rimouskiUser), { kind: 'municipality', municipalityCode: '10043' });
		const nonprofit = await createOrganisation(context.db, bare(nonprofitUser), { kind: 'nonprofit', name: 'Loisirs pour tous' });
		actors.levis = { ...bare(levisUser), organisationIds: [levis.id] };
		actors.colleague = { ...bare(colleagueUser), organisationIds: [levis.id] };
		actors.rimouski = { ...bare(rimouskiUser), organisationIds: [rimouski.id] };
		actors.nonprofit = { ...bare(nonprofitUser), organisationIds: [nonprofit.id] };
		actors.staff = bare(staffUser, 'staff');
	});

	const organisationOf = (who: Actor) => who.organisationIds[0];
	const mailsTo = (email: string) =>
		context.db
			.select({ payload: job.payload })
			.from(job)
			.where(and(eq(job.queue, 'mail'), sql`${job.payload} -> 'to' ? ${email}`))
			.then((rows) => rows.map((row) => row.payload as { subject: string; paragraphs: string[]; action: { url: string } }));

	test('only organisations that stand for a place may contribute, each for its own place', async () => {
		expect(await contributingOrganisations(context.db, actors.levis)).toEqual([
			{ id: organisationOf(actors.levis), name: 'Lévis', municipalityCode: '25213', territoryCode: null, placeName: 'Lévis' }
		]);
		expect(await contributingOrganisations(context.db, actors.nonprofit)).toEqual([]);
		await expect(submitContribution(context.db, actors.nonprofit, organisationOf(actors.nonprofit), proposal('Une mesure d’un organisme'))).rejects.toMatchObject({
			fields: { organisationId: 'Choisissez une organisation municipale dont vous êtes membre.' }
		});
		// Someone else's organisation is refused the same way.
		await expect(submitContribution(context.db, actors.rimouski, organisationOf(actors.levis), proposal('Une mesure pour Lévis'))).rejects.toMatchObject({
			code: 'invalid_input'
		});
	});

	test('submit, edit while pending, approve: published and the contributor is told', async () => {
		// The form cannot change the kind or the place.
		const submitted = await submitContribution(context.db, actors.levis, organisationOf(actors.levis), {
			...proposal('Offrir des navettes gratuites vers les commerces'),
			kind: 'initiative',
			municipalityCode: '10043'
		});
		expect(submitted).toMatchObject({ kind: 'mesure', status: 'draft', municipalityCode: '25213', reviewStatus: 'pending', contributorUserId: actors.levis.userId });
		expect(await getItem(context.db, 'mesure', submitted.id)).toBeNull();
		const search = await searchCatalogue(context.db, emptyCatalogueQuery({ text: 'navettes gratuites commerces' }));
		expect(search.items.map((item) => item.id)).not.toContain(submitted.id);

		// A colleague of the same organisation sees and edits it; someone from another organisation does not.
		expect((await listMyContributions(context.db, actors.colleague)).map((entry) => [entry.id, entry.reviewStatus])).toEqual([[submitted.id, 'pending']]);
		expect(await listMyContributions(context.db, actors.rimouski)).toEqual([]);
		await expect(getMyContribution(context.db, actors.rimouski, submitted.id)).rejects.toMatchObject({ code: 'not_found' });
		await expect(updateMyContribution(context.db, actors.rimouski, submitted.id, proposal('Une autre mesure de navette'), submitted.version)).rejects.toMatchObject({
			code: 'not_found'
		});
		const edited = await updateMyContribution(context.db, actors.colleague, submitted.id, { ...proposal('Offrir des navettes gratuites vers les commerces du centre'), municipalityCode: '10043' }, submitted.version);
		expect(edited).toMatchObject({ version: 2, municipalityCode: '25213', title: 'Offrir des navettes gratuites vers les commerces du centre' });
		await expect(updateMyContribution(context.db, actors.levis, submitted.id, proposal('Une édition partie d’une vieille version'), submitted.version)).rejects.toMatchObject({
			code: 'conflict'
		});
		await expect(updateMyContribution(context.db, actors.levis, submitted.id, { ...proposal('Trop'), themes: [] }, edited.version)).rejects.toMatchObject({
			fields: { title: 'Le titre doit compter au moins 5 caractères.', themes: 'Choisissez au moins un champ d’intervention.' }
		});

		// Members cannot review.
		await expect(listPendingContributions(context.db, actors.levis)).rejects.toMatchObject({ code: 'forbidden' });
		await expect(approveContribution(context.db, actors.levis, submitted.id, { expectedVersion: edited.version, ...links })).rejects.toMatchObject({ code: 'forbidden' });

		expect((await listPendingContributions(context.db, actors.staff)).map((entry) => [entry.id, entry.organisationName, entry.contributorName])).toEqual([
			[submitted.id, 'Lévis', 'Personne levis']
		]);
		const review = await getContributionForReview(context.db, actors.staff, submitted.id);
		expect(review.contributor).toEqual({ name: 'Personne levis', email: 'levis@exemple.ca' });

		const published = await approveContribution(context.db, actors.staff, submitted.id, {
			expectedVersion: edited.version,
			corrections: { ...proposal('Offrir des navettes gratuites vers les commerces du centre-ville'), kind: 'mesure', municipalityCode: '25213' },
			...links
		});
		expect(published).toMatchObject({ status: 'published', reviewStatus: 'approved', reviewedBy: actors.staff.userId, title: 'Offrir des navettes gratuites vers les commerces du centre-ville' });
		expect(await getItem(context.db, 'mesure', submitted.id)).not.toBeNull();
		const revisions = await context.db.select().from(catalogueRevision).where(eq(catalogueRevision.itemId, submitted.id)).orderBy(catalogueRevision.version);
		expect(revisions.map((revision) => [revision.version, revision.actorId, revision.note])).toEqual([
			[1, actors.levis.userId, 'Proposée par un membre'],
			[2, actors.colleague.userId, 'Modifiée par la personne qui l’a proposée'],
			[3, actors.staff.userId, 'Corrigée à l’approbation'],
			[4, actors.staff.userId, 'Contribution approuvée']
		]);
		const audits = await context.db.select({ action: auditEntry.action }).from(auditEntry).where(eq(auditEntry.entityId, String(submitted.id)));
		expect(audits.map((entry) => entry.action)).toContain('catalogue.contribution.approve');

		const [mail] = await mailsTo('levis@exemple.ca');
		expect(mail.subject).toBe('Votre mesure est publiée dans la Banque des mesures');
		expect(mail.paragraphs.join(' ')).toContain('« Offrir des navettes gratuites vers les commerces du centre-ville », proposée pour Lévis, a été approuvée');
		expect(mail.action.url).toBe(`https://plateforme.exemple.ca/banque/mesures/${submitted.id}`);

		// Decided: no more edits by the contributor, no second decision.
		await expect(updateMyContribution(context.db, actors.levis, submitted.id, proposal('Une modification trop tardive'), published.version)).rejects.toMatchObject({
			code: 'conflict'
		});
		await expect(rejectContribution(context.db, actors.staff, submitted.id, { expectedVersion: published.version, reason: 'Trop tard', ...links })).rejects.toMatchObject({
			code: 'conflict'
		});
		expect((await listMyContributions(context.db, actors.levis))[0]).toMatchObject({ reviewStatus: 'approved' });
	});

	test('a refusal needs a reason, which the contributor reads', async () => {
		const submitted = await submitContribution(context.db, actors.rimouski, organisationOf(actors.rimouski), proposal('Prolonger les heures de la bibliothèque'));
		const corrected = await correctContribution(context.db, actors.staff, submitted.id, { ...proposal('Prolonger les heures de la bibliothèque municipale'), kind: 'mesure', municipalityCode: '10043' }, submitted.version);
		expect(corrected.version).toBe(2);
		await expect(rejectContribution(context.db, actors.staff, submitted.id, { expectedVersion: corrected.version, reason: '   ', ...links })).rejects.toMatchObject({
			code: 'invalid_input',
			fields: { reviewNote: 'Expliquez pourquoi la contribution est refusée : la personne qui l’a proposée recevra ce message.' }
		});
		expect(await mailsTo('rimouski@exemple.ca')).toEqual([]);
		const rejected = await rejectContribution(context.db, actors.staff, submitted.id, {
			expectedVersion: corrected.version,
			reason: 'Cette mesure est déjà dans la banque sous un autre titre.',
			...links
		});
		expect(rejected).toMatchObject({ status: 'draft', reviewStatus: 'rejected', reviewNote: 'Cette mesure est déjà dans la banque sous un autre titre.' });
		expect(await getItem(context.db, 'mesure', submitted.id)).toBeNull();
		const [mail] = await mailsTo('rimouski@exemple.ca');
		expect(mail.subject).toBe('Votre proposition de mesure n’a pas été retenue');
		expect(mail.paragraphs).toContain('Raison donnée par l’équipe : Cette mesure est déjà dans la banque sous un autre titre.');
		expect(mail.action.url).toBe(`https://plateforme.exemple.ca/compte/contributions/${submitted.id}`);
		const [audit] = await context.db
			.select()
			.from(auditEntry)
			.where(and(eq(auditEntry.entityId, String(submitted.id)), eq(auditEntry.action, 'catalogue.contribution.reject')));
		expect(audit).toMatchObject({ actorId: actors.staff.userId, before: { reviewStatus: 'pending' }, after: { reviewStatus: 'rejected' } });
		expect((await getMyContribution(context.db, actors.rimouski, submitted.id)).item.reviewNote).toBe('Cette mesure est déjà dans la banque sous un autre titre.');
		expect(await listPendingContributions(context.db, actors.staff)).toEqual([]);
	});

	test('the member portal lists what an organisation proposed and where each proposal stands', async () => {
		const section = await memberPortalSection(context.db, organisationOf(actors.rimouski));
		expect(section?.items).toHaveLength(1);
		expect(section?.items[0].label).toBe('Prolonger les heures de la bibliothèque municipale');
		expect(section?.items[0].detail).toContain('Refusée');
		expect(section?.items[0].href).toMatch(/^\/compte\/contributions\/\d+$/);
		expect(await memberPortalSection(context.db, organisationOf(actors.nonprofit))).toBeNull();
	});
});
