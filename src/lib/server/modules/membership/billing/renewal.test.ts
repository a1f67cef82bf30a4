import { and, eq, like } from 'drizzle-orm';
import { expect, test } from 'vitest';
import { describeOnEachDatabase } from '../../../db/test-databases';
import { job } from '../../../platform/jobs/schema';
import { authUser, organisationMember } from '../../accounts/schema';
import { invoice, membershipPeriod, membershipReminder } from '../schema';
import { issueInvoice, recordPayment } from './invoices';
import { sendRenewalReminders } from './reminders';
import { renewMemberships } from './renewal';
import { createMember, memberActor, setRate, STAFF } from './test-fixtures';

async function payYear(db: Parameters<typeof issueInvoice>[0], organisationId: string, fiscalYear: number, on: string) {
	const { invoice: billed } = await issueInvoice(db, { organisationId, fiscalYear, issuedOn: on, actorId: null });
	await recordPayment(db, { invoiceId: billed.id, receivedOn: on, amountCents: billed.amountCents, method: 'virement', actorId: null });
	return billed;
}

describeOnEachDatabase('membership renewal and reminders', (context) => {
	test('renewal bills every current member once: run twice (or after a partial run), nothing is billed twice', async () => {
		await setRate(context.db, 2050, 'nonprofit', 20_000);
		await setRate(context.db, 2050, 'individual', 5_000);
		await setRate(context.db, 2051, 'nonprofit', 21_000);
		const paidUp = await createMember(context.db, { name: 'Organisme à jour', joinedOn: '2050-05-01' });
		const newcomer = await createMember(context.db, { name: 'Organisme nouveau', joinedOn: '2051-01-10' });
		const individual = await createMember(context.db, { name: 'Personne sans tarif', joinedOn: '2050-05-01', kind: 'individual' });
		const honorary = await createMember(context.db, { name: 'Organisme honoraire', joinedOn: '2050-05-01' });
		const lapsed = await createMember(context.db, { name: 'Organisme échu', joinedOn: '2049-05-01' });
		await payYear(context.db, paidUp, 2050, '2050-05-01');
		await payYear(context.db, individual, 2050, '2050-05-01');
		await payYear(context.db, honorary, 2050, '2050-05-01');
		await context.db.insert(membershipPeriod).values({ organisationId: honorary, fiscalYear: 2051, exempt: true });
		await issueInvoice(context.db, { organisationId: newcomer, fiscalYear: 2050, issuedOn: '2051-01-10', actorId: null });
		// A previous run that stopped after its first invoice.
		await issueInvoice(context.db, { organisationId: paidUp, fiscalYear: 2051, issuedOn: '2051-02-28', actorId: null });

		await expect(renewMemberships(context.db, memberActor(paidUp), { fiscalYear: 2051, today: '2051-03-01' })).rejects.toMatchObject({ code: 'forbidden' });
		const first = await renewMemberships(context.db, STAFF, { fiscalYear: 2051, today: '2051-03-01' });
		expect(first).toEqual({ fiscalYear: 2051, considered: 4, created: 1, alreadyBilled: 1, exempt: 1, noRate: [{ organisationId: individual, name: 'Personne sans tarif' }] });
		const second = await renewMemberships(context.db, STAFF, { fiscalYear: 2051, today: '2051-03-02' });
		expect(second).toMatchObject({ considered: 4, created: 0, alreadyBilled: 2, exempt: 1 });

		const billed = await context.db.select().from(invoice).where(eq(invoice.fiscalYear, 2051));
		expect(billed.map((row) => [row.organisationId, row.number]).sort((a, b) => a[1].localeCompare(b[1]))).toEqual([
			[paidUp, '2051-0001'],
			[newcomer, '2051-0002']
		]);
		expect(billed.find((row) => row.organisationId === newcomer)).toMatchObject({ amountCents: 21_000, issuedOn: '2051-03-01', dueOn: '2051-04-01' });
		expect(billed.some((row) => row.organisationId === lapsed)).toBe(false);
	});

	test('reminders go to active responsables once: before expiry, then during grace, never twice after a second run or a restart', async () => {
		await setRate(context.db, 2060, 'nonprofit', 25_000);
		await setRate(context.db, 2061, 'nonprofit', 25_000);
		const [late, paid, notBilled, nobody] = await Promise.all(
			['Organisme en retard', 'Organisme payé', 'Organisme non facturé', 'Organisme sans responsable'].map((name) => createMember(context.db, { name, joinedOn: '2060-04-10' }))
		);
		for (const organisationId of [late, paid, notBilled, nobody]) await payYear(context.db, organisationId, 2060, '2060-04-10');
		const { invoice: lateInvoice } = await issueInvoice(context.db, { organisationId: late, fiscalYear: 2061, issuedOn: '2061-02-01', actorId: null });
		await payYear(context.db, paid, 2061, '2061-02-01');
		await issueInvoice(context.db, { organisationId: nobody, fiscalYear: 2061, issuedOn: '2061-02-01', actorId: null });
		await context.db.insert(authUser).values([
			{ id: 'rappel-responsable', name: 'Responsable', email: 'responsable@retard.example' },
			{ id: 'rappel-ancienne', name: 'Ancienne', email: 'ancienne@retard.example', deactivatedAt: new Date() },
			{ id: 'rappel-membre', name: 'Membre', email: 'membre@retard.example' },
			{ id: 'rappel-paye', name: 'Payé', email: 'responsable@paye.example' },
			{ id: 'rappel-nonfacture', name: 'Non facturé', email: 'responsable@nonfacture.example' }
		]);
		await context.db.insert(organisationMember).values([
			{ organisationId: late, userId: 'rappel-responsable', role: 'responsable' },
			{ organisationId: late, userId: 'rappel-ancienne', role: 'responsable' },
			{ organisationId: late, userId: 'rappel-membre', role: 'membre' },
			{ organisationId: paid, userId: 'rappel-paye', role: 'responsable' },
			{ organisationId: notBilled, userId: 'rappel-nonfacture', role: 'responsable' },
			{ organisationId: nobody, userId: 'rappel-membre', role: 'membre' }
		]);
		const options = { origin: 'https://muni.example' };
		const reminderJobs = () => context.db.select().from(job).where(like(job.dedupeKey, 'mail:membership-reminder:%')).orderBy(job.createdAt);

		expect(await sendRenewalReminders(context.db, '2061-02-28', options)).toEqual({ queued: 0 });
		expect(await sendRenewalReminders(context.db, '2061-03-05', options)).toEqual({ queued: 1 });
		expect(await sendRenewalReminders(context.db, '2061-03-05', options)).toEqual({ queued: 0 });
		const [beforeExpiry] = await reminderJobs();
		expect(beforeExpiry.payload).toMatchObject({
			to: ['responsable@retard.example'],
			subject: expect.stringContaining(lateInvoice.number),
			paragraphs: expect.arrayContaining([expect.stringMatching(/^Montant dû : 250,00\s\$\.$/), expect.stringContaining('31 mars 2061')]),
			action: { url: 'https://muni.example/membre/factures' }
		});
		// After a restart: the message went out, the process starts again and runs the day's work anew.
		await context.db.update(job).set({ status: 'done', finishedAt: new Date() }).where(eq(job.id, beforeExpiry.id));
		expect(await sendRenewalReminders(context.db, '2061-03-05', options)).toEqual({ queued: 0 });
		expect(await sendRenewalReminders(context.db, '2061-03-25', options)).toEqual({ queued: 0 });

		expect(await sendRenewalReminders(context.db, '2061-04-05', options)).toEqual({ queued: 1 });
		expect(await sendRenewalReminders(context.db, '2061-04-06', options)).toEqual({ queued: 0 });
		const jobs = await reminderJobs();
		expect(jobs).toHaveLength(2);
		expect(jobs[1].payload).toMatchObject({ to: ['responsable@retard.example'], subject: expect.stringMatching(/retard/) });
		expect(await context.db.select().from(membershipReminder).where(and(eq(membershipReminder.organisationId, late)))).toHaveLength(2);
		expect(await context.db.select().from(membershipReminder).where(eq(membershipReminder.organisationId, nobody))).toEqual([]);

		await recordPayment(context.db, { invoiceId: lateInvoice.id, receivedOn: '2061-04-20', amountCents: 25_000, method: 'cheque', reference: '77', actorId: null });
		expect(await sendRenewalReminders(context.db, '2061-04-25', options)).toEqual({ queued: 0 });
		expect(await reminderJobs()).toHaveLength(2);
	});
});
