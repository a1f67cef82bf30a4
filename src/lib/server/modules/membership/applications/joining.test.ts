import { and, count, eq, sql } from 'drizzle-orm';
import { beforeAll, describe, expect, test } from 'vitest';
import { describeOnEachDatabase } from '../../../db/test-databases';
import { auditEntry } from '../../../platform/audit/schema';
import { job } from '../../../platform/jobs/schema';
import type { Actor } from '../../../platform/roles';
import { createVerifiedAccount } from '../../accounts/credentials';
import { acceptInvitation } from '../../accounts/organisations';
import { organisation, organisationInvitation, organisationMember } from '../../accounts/schema';
import { membersOn } from '../members';
import { duesRate, invoice, membership, membershipApplication, membershipPeriod } from '../schema';
import { approveApplication, declineApplication, type DecisionLinks } from './approval';
import { eraseApplicationData, exportApplicationData } from './personal-data';
import { findPlace } from './places';
import { checkApplication, getApplication, getResolution, listApplications, submitApplication } from './service';
import { checkResolution, RESOLUTION_MAX_BYTES } from './validation';

const TODAY = '2025-06-16';
const links: DecisionLinks = {
	origin: 'https://plateforme.exemple.ca',
	invitationPath: (token) => `/invitation/${token}`,
	portalPath: '/membre',
	applyPath: '/devenir-membre'
};
const contact = { contactName: 'Andrée Côté', contactTitle: 'Directrice générale', contactEmail: 'Andree.Cote@Exemple.ca', contactPhone: '418 555-0123', message: '' };
const PDF = new Uint8Array([0x25, 0x50, 0x44, 0x46, 0x2d, 0x31, 0x2e, 0x37, 0x0a]);

describe('council resolution upload', () => {
	test('takes a PDF or an image by its content, at most 5 MB', () => {
		expect(checkResolution(null)).toEqual({ resolution: null });
		expect(checkResolution({ name: 'vide.pdf', bytes: new Uint8Array() })).toEqual({ resolution: null });
		expect(checkResolution({ name: 'résolution 2025.pdf', bytes: PDF }).resolution).toMatchObject({ contentType: 'application/pdf', fileName: 'résolution 2025.pdf' });
		expect(checkResolution({ name: 'scan.jpg', bytes: new Uint8Array([0xff, 0xd8, 0xff, 0xe0, 1, 2]) }).resolution?.contentType).toBe('image/jpeg');
		// A renamed executable is refused whatever its name says.
		expect(checkResolution({ name: 'resolution.pdf', bytes: new Uint8Array([0x4d, 0x5a, 0x90, 0]) }).error).toBe('Le fichier doit être un PDF ou une image (PNG ou JPEG).');
		const big = new Uint8Array(RESOLUTION_MAX_BYTES + 1);
		big.set(PDF);
		expect(checkResolution({ name: 'gros.pdf', bytes: big }).error).toBe('Le fichier dépasse 5 Mo : réduisez-le ou envoyez-le en PDF.');
	});
});

describeOnEachDatabase('joining: applications, approval and decline', (context) => {
	let staff: Actor;
	let visitorUser: string;
	const mailsTo = (email: string) =>
		context.db
			.select({ payload: job.payload })
			.from(job)
			.where(and(eq(job.queue, 'mail'), sql`${job.payload} -> 'to' ? ${email}`))
			.then((rows) => rows.map((row) => row.payload as { subject: string; paragraphs: string[]; action: { url: string } }));

	beforeAll(async () => {
		const staffId = (await createVerifiedAccount(context.db, { email: 'staff@exemple.ca', name: 'Sam Permanence', role: 'staff', password: 'mot de passe de test' })).id;
		staff = { role: 'staff', userId: staffId, organisationIds: [], regionCodes: [] };
		visitorUser = (await createVerifiedAccount(context.db, { email: 'andree.cote@exemple.ca', name: 'Andrée Côté', role: 'member', password: 'mot de passe de test' })).id;
	});

	const apply = async (raw: Record<string, string>, file: { name: string; bytes: Uint8Array } | null = null, userId: string | null = null) => {
		const checked = await checkApplication(context.db, raw, file, TODAY);
		if (!checked.application) throw new Error(`refusée : ${JSON.stringify(checked.errors)}`);
		return submitApplication(context.db, checked.application, userId);
	};

	test('a municipality is found by its name typed any way; homonyms are offered to choose from', async () => {
		const saintDamase = await findPlace(context.db, 'municipality', 'saint damase', '');
		expect(saintDamase.place).toBeNull();
		expect(saintDamase.error).toBe('Plusieurs municipalités portent ce nom : choisissez la vôtre.');
		expect(saintDamase.choices.length).toBeGreaterThan(1);
		expect(new Set(saintDamase.choices.map((choice) => choice.name))).toEqual(new Set(['Saint-Damase']));
		const chosen = await findPlace(context.db, 'municipality', 'Saint-Damase', saintDamase.choices[1].ref);
		expect(chosen.place?.municipalityCode).toBe(saintDamase.choices[1].ref);
		expect((await findPlace(context.db, 'municipality', 'LEVIS', '')).place).toMatchObject({ name: 'Lévis', municipalityCode: '25213' });
		expect((await findPlace(context.db, 'municipality', 'Xyzzyville', '')).error).toBe('Aucune municipalité ne porte ce nom : vérifiez l’orthographe.');
		expect((await findPlace(context.db, 'mrc', 'MRC des Maskoutains', '')).place?.name).toBe('Les Maskoutains');
	});

	test('the form refuses what is missing or wrong, each message on its field', async () => {
		const checked = await checkApplication(context.db, { kind: 'municipality', place: '', contactName: 'A', contactEmail: 'pas-une-adresse' }, null, TODAY);
		expect(checked.errors).toEqual({
			place: 'Entrez le nom de votre municipalité.',
			contactName: 'Entrez le nom de la personne à joindre.',
			contactEmail: 'Entrez une adresse courriel valide, par exemple nom@exemple.ca.'
		});
		// A homonym chosen stays chosen when another field is wrong.
		const homonyms = await findPlace(context.db, 'municipality', 'Saint-Damase', '');
		const kept = await checkApplication(context.db, { kind: 'municipality', place: 'Saint-Damase', placeRef: homonyms.choices[0].ref, ...contact, contactEmail: 'x' }, null, TODAY);
		expect(kept.errors).toEqual({ contactEmail: 'Entrez une adresse courriel valide, par exemple nom@exemple.ca.' });
		expect(kept.choices.map((choice) => choice.ref)).toEqual(homonyms.choices.map((choice) => choice.ref));
		const nonprofit = await checkApplication(context.db, { kind: 'nonprofit', ...contact }, { name: 'x.exe', bytes: new Uint8Array([1, 2, 3, 4]) }, TODAY);
		expect(nonprofit.errors).toEqual({ organisationName: 'Entrez le nom de l’organisme.', resolution: 'Le fichier doit être un PDF ou une image (PNG ou JPEG).' });
	});

	test('apply, then approve: organisation, membership, period, invitation as responsable and email, in one go', async () => {
		const { id } = await apply({ kind: 'municipality', place: 'Saint-Jacques-de-Leeds', ...contact }, { name: 'résolution.pdf', bytes: PDF }, visitorUser);
		// A second application for the same place waits for the first.
		const again = await checkApplication(context.db, { kind: 'municipality', place: 'saint jacques de leeds', ...contact }, null, TODAY);
		expect(again.errors?.place).toBe('Une demande d’adhésion pour cette organisation est déjà à l’étude : nous vous répondrons sous peu.');

		const listed = await listApplications(context.db, staff, 1);
		expect(listed.counts.pending).toBe(1);
		expect(listed.items[0]).toMatchObject({ id, organisationName: 'Saint-Jacques-de-Leeds', status: 'pending', hasResolution: true });
		expect(await getApplication(context.db, staff, id)).toMatchObject({ contactEmail: 'andree.cote@exemple.ca', contactTitle: 'Directrice générale', hasResolution: true });
		expect(await getResolution(context.db, staff, id)).toEqual({ fileName: 'résolution.pdf', contentType: 'application/pdf', bytes: PDF });
		const member: Actor = { role: 'member', userId: visitorUser, organisationIds: [], regionCodes: [] };
		await expect(getResolution(context.db, member, id)).rejects.toMatchObject({ code: 'forbidden' });
		await expect(approveApplication(context.db, member, id, { today: TODAY, links })).rejects.toMatchObject({ code: 'forbidden' });

		// No rate for the year yet: approved all the same, and staff are told.
		const approved = await approveApplication(context.db, staff, id, { today: TODAY, links });
		expect(approved.organisationName).toBe('Saint-Jacques-de-Leeds');
		expect(approved.invited).toBe(true);
		expect(approved.billing).toEqual({ invoiceNumber: null, problem: 'Aucun tarif de cotisation n’est fixé pour ce type de membre en 2025-2026.' });
		await expect(approveApplication(context.db, staff, id, { today: TODAY, links })).rejects.toMatchObject({ code: 'conflict' });

		const [row] = await context.db.select().from(membership).where(eq(membership.organisationId, approved.organisationId));
		expect(row).toMatchObject({ joinedOn: TODAY, leftOn: null, source: 'application' });
		const periods = await context.db.select().from(membershipPeriod).where(eq(membershipPeriod.organisationId, approved.organisationId));
		expect(periods.map((period) => period.fiscalYear)).toEqual([2025]);
		const [status] = await membersOn(context.db, TODAY, [approved.organisationId]);
		expect(status.status).toBe('nouveau');
		const [invitation] = await context.db.select().from(organisationInvitation).where(eq(organisationInvitation.organisationId, approved.organisationId));
		expect(invitation).toMatchObject({ email: 'andree.cote@exemple.ca', role: 'responsable', invitedBy: staff.userId });

		const [mail] = await mailsTo('andree.cote@exemple.ca');
		expect(mail.subject).toBe('Bienvenue dans le réseau Espace MUNI');
		expect(mail.paragraphs.join(' ')).toContain('La demande d’adhésion de Saint-Jacques-de-Leeds à Espace MUNI est acceptée');
		const token = mail.action.url.replace('https://plateforme.exemple.ca/invitation/', '');
		expect(token).not.toBe(mail.action.url);
		// The link gives the contact the portal: they join the organisation as responsable.
		await acceptInvitation(context.db, member, token);
		const [joined] = await context.db.select().from(organisationMember).where(eq(organisationMember.userId, visitorUser));
		expect(joined).toMatchObject({ organisationId: approved.organisationId, role: 'responsable' });

		const [decided] = await context.db.select().from(membershipApplication).where(eq(membershipApplication.id, id));
		expect(decided).toMatchObject({ status: 'approved', organisationId: approved.organisationId, decidedBy: staff.userId });
		const audit = await context.db.select({ action: auditEntry.action }).from(auditEntry).where(eq(auditEntry.entityId, id));
		expect(audit.map((entry) => entry.action).sort()).toEqual(['membership.application.approve', 'membership.application.submit']);

		// Now a member: applying again is refused with a clear message.
		const member2 = await checkApplication(context.db, { kind: 'municipality', place: 'Saint-Jacques-de-Leeds', ...contact }, null, TODAY);
		expect(member2.errors?.place).toBe('Saint-Jacques-de-Leeds est déjà membre d’Espace MUNI : demandez à sa ou son responsable de vous inviter dans l’espace membre.');
	});

	test('decline with a reason: the applicant is told why, nothing else is created', async () => {
		const organisationsBefore = await context.db.select({ value: count() }).from(organisation);
		const { id } = await apply({ kind: 'nonprofit', organisationName: 'Club des aînés de Nulle-Part', ...contact, contactEmail: 'club@exemple.ca' });
		await expect(declineApplication(context.db, staff, id, ' ', links)).rejects.toMatchObject({
			fields: { reason: 'Expliquez la raison en quelques mots : elle est envoyée à la personne.' }
		});
		await declineApplication(context.db, staff, id, 'Votre organisme n’exerce pas au Québec.', links);
		const [mail] = await mailsTo('club@exemple.ca');
		expect(mail.subject).toBe('Votre demande d’adhésion à Espace MUNI');
		expect(mail.paragraphs).toContain('Raison donnée par l’équipe : Votre organisme n’exerce pas au Québec.');
		expect(mail.action.url).toBe('https://plateforme.exemple.ca/devenir-membre');
		expect(await context.db.select({ value: count() }).from(organisation)).toEqual(organisationsBefore);
		await expect(declineApplication(context.db, staff, id, 'Encore une fois.', links)).rejects.toMatchObject({ code: 'conflict' });
	});

	test('re-applying after lapsing reuses the one membership and the same organisation', async () => {
		await context.db.insert(duesRate).values({ fiscalYear: 2025, memberType: 'mrc', populationClassId: null, amountCents: 50_000 });
		const first = await apply({ kind: 'mrc', place: 'Les Maskoutains', ...contact, contactEmail: 'mrc@exemple.ca' });
		const approved = await approveApplication(context.db, staff, first.id, { today: TODAY, links });
		expect(approved.billing.invoiceNumber).toMatch(/^2025-\d{4}$/);
		// Two years later, never paid: lapsed.
		const later = '2027-09-01';
		expect((await membersOn(context.db, later, [approved.organisationId]))[0].status).toBe('echu');
		const second = await checkApplication(context.db, { kind: 'mrc', place: 'maskoutains', ...contact, contactEmail: 'mrc@exemple.ca' }, null, later);
		const { id } = await submitApplication(context.db, second.application!, null);
		const again = await approveApplication(context.db, staff, id, { today: later, links });
		expect(again.organisationId).toBe(approved.organisationId);
		const rows = await context.db.select().from(membership).where(eq(membership.organisationId, approved.organisationId));
		expect(rows).toHaveLength(1);
		expect(rows[0].joinedOn).toBe(TODAY);
		const periods = await context.db.select({ year: membershipPeriod.fiscalYear }).from(membershipPeriod).where(eq(membershipPeriod.organisationId, approved.organisationId));
		expect(periods.map((period) => period.year).sort()).toEqual([2025, 2027]);
		const [{ territoryCode }] = await context.db.select({ territoryCode: organisation.territoryCode }).from(organisation).where(eq(organisation.id, approved.organisationId));
		expect(await context.db.select({ value: count() }).from(organisation).where(eq(organisation.territoryCode, territoryCode!))).toEqual([{ value: 1 }]);
		expect(again.billing).toEqual({ invoiceNumber: null, problem: 'Aucun tarif de cotisation n’est fixé pour ce type de membre en 2027-2028.' });
		const invoices = await context.db.select({ year: invoice.fiscalYear }).from(invoice).where(eq(invoice.organisationId, approved.organisationId));
		expect(invoices).toEqual([{ year: 2025 }]);
	});

	test('personal data: the applications a person made are exported, then erased', async () => {
		const exported = await exportApplicationData(context.db, visitorUser);
		expect(exported.membershipApplications).toEqual([expect.objectContaining({ contactName: 'Andrée Côté', contactEmail: 'andree.cote@exemple.ca', status: 'approved' })]);
		await context.db.transaction((tx) => eraseApplicationData(tx, visitorUser));
		expect(await exportApplicationData(context.db, visitorUser)).toEqual({});
		const rows = await context.db.select({ email: membershipApplication.contactEmail, name: membershipApplication.contactName }).from(membershipApplication);
		// Applications made signed out are not the person's account data: they keep their contact.
		expect(rows.filter((row) => row.email === 'mrc@exemple.ca' && row.name === 'Andrée Côté')).toHaveLength(2);
		expect(rows.filter((row) => row.name === 'Personne effacée')).toHaveLength(1);
	});
});
