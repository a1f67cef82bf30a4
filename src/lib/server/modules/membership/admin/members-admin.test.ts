import { eq } from 'drizzle-orm';
import { beforeAll, expect, test } from 'vitest';
import { describeOnEachDatabase } from '../../../db/test-databases';
import { auditEntry } from '../../../platform/audit/schema';
import type { Actor } from '../../../platform/roles';
import { createVerifiedAccount } from '../../accounts/credentials';
import { organisationMember } from '../../accounts/schema';
import { ensurePeriod, issueInvoice, recordPayment } from '../billing/invoices';
import { createMember, setRate } from '../billing/test-fixtures';
import { membersOn, readGraceDays } from '../members';
import { loadPortal } from '../portal/portal';
import { recordResignation, readmitMember, updateGraceDays } from './member-actions';
import { getMemberDetail } from './member-detail';
import { listMembers, parseMemberQuery } from './member-list';

describeOnEachDatabase('members for staff, and the member portal', (context) => {
	const ids = {} as Record<'paid' | 'unpaid' | 'other' | 'outsider', string>;
	const actors = {} as Record<'staff' | 'member' | 'outsider', Actor>;

	beforeAll(async () => {
		const db = context.db;
		await setRate(db, 2024, 'nonprofit', 20_000);
		await setRate(db, 2025, 'nonprofit', 21_000);
		ids.paid = await createMember(db, { name: 'Loisirs Beauce', joinedOn: '2024-05-01' });
		ids.unpaid = await createMember(db, { name: 'Aînés actifs de Lotbinière', joinedOn: '2024-05-01' });
		ids.other = await createMember(db, { name: 'Rivière-du-Loup en forme', joinedOn: '2025-04-10' });
		// Both paid 2024-2025; only the first paid 2025-2026; the third joined in 2025 and has a year to pay.
		const bill = (organisationId: string, fiscalYear: number) => issueInvoice(db, { organisationId, fiscalYear, issuedOn: `${fiscalYear}-05-01`, actorId: null });
		const pay = (invoiceId: string, receivedOn: string, amountCents: number) => recordPayment(db, { invoiceId, receivedOn, amountCents, method: 'cheque', actorId: null });
		await pay((await bill(ids.paid, 2024)).invoice.id, '2024-05-20', 20_000);
		await pay((await bill(ids.paid, 2025)).invoice.id, '2025-04-20', 21_000);
		await pay((await bill(ids.unpaid, 2024)).invoice.id, '2024-06-01', 20_000);
		await ensurePeriod(db, ids.other, 2025);

		const account = async (email: string, role: 'member' | 'staff') => (await createVerifiedAccount(db, { email, name: email, role, password: 'mot de passe de test' })).id;
		const memberUser = await account('loisirs@exemple.ca', 'member');
		const outsiderUser = await account('outsider@exemple.ca', 'member');
		await db.insert(organisationMember).values({ organisationId: ids.paid, userId: memberUser, role: 'responsable' });
		actors.staff = { role: 'staff', userId: await account('staff@exemple.ca', 'staff'), organisationIds: [], regionCodes: [] };
		actors.member = { role: 'member', userId: memberUser, organisationIds: [ids.paid], regionCodes: [] };
		actors.outsider = { role: 'member', userId: outsiderUser, organisationIds: [], regionCodes: [] };
	});

	test('staff list: status on a chosen date, filters, counts and search', async () => {
		const summer = parseMemberQuery(new URLSearchParams('date=2025-06-15'));
		const list = await listMembers(context.db, actors.staff, summer.query);
		expect(Object.fromEntries(list.rows.map((row) => [row.name, row.status]))).toEqual({
			'Aînés actifs de Lotbinière': 'grace',
			'Loisirs Beauce': 'actif',
			'Rivière-du-Loup en forme': 'nouveau'
		});
		expect(list.counts).toEqual({ nouveau: 1, actif: 1, grace: 1, echu: 0 });
		// A year earlier the third one was not a member yet.
		const before = await listMembers(context.db, actors.staff, parseMemberQuery(new URLSearchParams('date=2024-06-15')).query);
		expect(before.rows.map((row) => row.name)).toEqual(['Aînés actifs de Lotbinière', 'Loisirs Beauce']);
		const grace = await listMembers(context.db, actors.staff, parseMemberQuery(new URLSearchParams('date=2025-06-15&statut=grace')).query);
		expect(grace.rows.map((row) => row.name)).toEqual(['Aînés actifs de Lotbinière']);
		expect(grace.counts.actif).toBe(1);
		const searched = await listMembers(context.db, actors.staff, parseMemberQuery(new URLSearchParams('date=2025-06-15&q=riviere du loup')).query);
		expect(searched.rows.map((row) => row.name)).toEqual(['Rivière-du-Loup en forme']);
		const bad = parseMemberQuery(new URLSearchParams('date=2025-02-30&statut=parti'), '2025-06-15');
		expect(bad.query).toMatchObject({ date: '2025-06-15', status: null });
		expect(bad.problems).toEqual(['date', 'statut']);
		await expect(listMembers(context.db, actors.member, summer.query)).rejects.toMatchObject({ code: 'forbidden' });
	});

	test('member page: years with their status and invoices; resignation and re-admission keep one membership', async () => {
		const detail = await getMemberDetail(context.db, actors.staff, ids.unpaid, '2025-06-15');
		expect(detail.years.map((year) => [year.fiscalYear, year.settled, year.statusAtEnd, year.invoice?.number ?? null])).toEqual([
			[2025, false, 'grace', null],
			[2024, true, 'nouveau', expect.stringMatching(/^2024-/)]
		]);
		expect(detail.standing).toMatchObject({ status: 'grace', until: '2025-06-29', paymentDue: true });

		await expect(recordResignation(context.db, actors.staff, ids.unpaid, { leftOn: '2025-06-20', reason: '' })).rejects.toMatchObject({
			fields: { reason: 'Donnez la raison du départ en quelques mots.' }
		});
		await recordResignation(context.db, actors.staff, ids.unpaid, { leftOn: '2025-06-20', reason: 'Dissolution de l’organisme.' });
		expect((await membersOn(context.db, '2025-06-21', [ids.unpaid]))[0].status).toBe('echu');
		expect((await getMemberDetail(context.db, actors.staff, ids.unpaid, '2025-06-21')).member).toMatchObject({ leftOn: '2025-06-20', leftReason: 'Dissolution de l’organisme.' });

		const billing = await readmitMember(context.db, actors.staff, ids.unpaid, '2025-07-02');
		expect(billing.invoiceNumber).toMatch(/^2025-/);
		const after = await getMemberDetail(context.db, actors.staff, ids.unpaid, '2025-07-02');
		expect(after.member.leftOn).toBeNull();
		expect(after.invoices.filter((entry) => entry.fiscalYear === 2025)).toHaveLength(1);
		const actions = await context.db.select({ action: auditEntry.action }).from(auditEntry).where(eq(auditEntry.entityId, ids.unpaid));
		expect(actions.map((entry) => entry.action)).toEqual(expect.arrayContaining(['membership.resign', 'membership.readmit']));
		await expect(getMemberDetail(context.db, actors.member, ids.unpaid, '2025-07-02')).rejects.toMatchObject({ code: 'forbidden' });
	});

	test('grace period: staff change it, the change is audited and statuses follow', async () => {
		await expect(updateGraceDays(context.db, actors.staff, { graceDays: '-3' })).rejects.toMatchObject({ fields: { graceDays: 'Entrez un nombre de jours entre 0 et 365.' } });
		await expect(updateGraceDays(context.db, actors.member, { graceDays: '30' })).rejects.toMatchObject({ code: 'forbidden' });
		expect(await readGraceDays(context.db)).toBe(90);
		await updateGraceDays(context.db, actors.staff, { graceDays: '30' });
		expect(await readGraceDays(context.db)).toBe(30);
		const [entry] = await context.db.select().from(auditEntry).where(eq(auditEntry.action, 'membership.grace_days'));
		expect(entry).toMatchObject({ before: { graceDays: 90 }, after: { graceDays: 30 } });
		await updateGraceDays(context.db, actors.staff, { graceDays: '90' });
	});

	test('portal: a member sees its own organisation only; staff see any; others see that they are not members', async () => {
		const mine = await loadPortal(context.db, actors.member, { organisationId: null, today: '2025-06-15' });
		expect(mine.organisation).toMatchObject({ id: ids.paid, name: 'Loisirs Beauce', role: 'responsable', isMember: true });
		expect(mine.standing).toMatchObject({ status: 'actif', until: '2026-03-31', paymentDue: false });
		expect(mine.invoices.map((entry) => [entry.fiscalYear, entry.paidCents])).toEqual([
			[2025, 21_000],
			[2024, 20_000]
		]);
		expect(mine.people).toEqual([{ name: 'loisirs@exemple.ca', role: 'responsable' }]);
		await expect(loadPortal(context.db, actors.member, { organisationId: ids.other, today: '2025-06-15' })).rejects.toMatchObject({ code: 'forbidden' });
		const seenByStaff = await loadPortal(context.db, actors.staff, { organisationId: ids.other, today: '2025-06-15' });
		expect(seenByStaff.organisation?.name).toBe('Rivière-du-Loup en forme');
		expect(seenByStaff.standing).toMatchObject({ status: 'nouveau', paymentDue: true });
		const none = await loadPortal(context.db, actors.outsider, { organisationId: null, today: '2025-06-15' });
		expect(none).toMatchObject({ organisation: null, standing: null, invoices: [] });
	});
});
