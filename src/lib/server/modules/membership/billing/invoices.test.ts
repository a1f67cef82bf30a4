import { eq } from 'drizzle-orm';
import { expect, test } from 'vitest';
import { fiscalYearPeriod } from '$lib/fiscal-year';
import { describeOnEachDatabase } from '../../../db/test-databases';
import { auditEntry } from '../../../platform/audit/schema';
import { membersOn } from '../members';
import { invoice, invoiceCounter } from '../schema';
import { invoiceBalance, issueInvoice, recordPayment, voidInvoice } from './invoices';
import { getInvoiceDetail, listInvoices, listOwnInvoices } from './invoice-queries';
import { recordPaymentFromForm } from './payments';
import { gridCells, loadDuesGrid, previousGridValues, saveDuesGrid } from './rates';
import { duesStatFigures } from './stats';
import { createMember, memberActor, setRate, STAFF } from './test-fixtures';

describeOnEachDatabase('membership invoices, payments and the dues grid', (context) => {
	test('twenty invoices issued at once for different members are numbered 1 to 20, no gap, no repeat', async () => {
		await setRate(context.db, 2031, 'nonprofit', 15_000);
		const members = await Promise.all(Array.from({ length: 20 }, (_, index) => createMember(context.db, { name: `Organisme parallèle ${index}`, joinedOn: '2030-05-01' })));
		const issued = await Promise.all(members.map((organisationId) => issueInvoice(context.db, { organisationId, fiscalYear: 2031, issuedOn: '2031-03-01', actorId: null })));
		expect(issued.every((entry) => entry.created)).toBe(true);
		expect(issued.map((entry) => entry.invoice.sequence).sort((a, b) => a - b)).toEqual(Array.from({ length: 20 }, (_, index) => index + 1));
		expect(new Set(issued.map((entry) => entry.invoice.number)).size).toBe(20);
		expect(issued.map((entry) => entry.invoice.number)).toContain('2031-0020');
		const [counter] = await context.db.select().from(invoiceCounter).where(eq(invoiceCounter.fiscalYear, 2031));
		expect(counter.lastSequence).toBe(20);
	});

	test('two parallel calls for the same member and year make one invoice', async () => {
		await setRate(context.db, 2032, 'nonprofit', 10_000);
		const organisationId = await createMember(context.db, { name: 'Organisme pressé', joinedOn: '2031-05-01' });
		const both = await Promise.all([0, 1].map(() => issueInvoice(context.db, { organisationId, fiscalYear: 2032, issuedOn: '2032-03-01', actorId: null })));
		expect(both.filter((entry) => entry.created)).toHaveLength(1);
		expect(both[0].invoice.id).toBe(both[1].invoice.id);
		expect(await context.db.select().from(invoice).where(eq(invoice.organisationId, organisationId))).toHaveLength(1);
	});

	test('a member without a rate is refused with a French message, and its number is not consumed', async () => {
		const organisationId = await createMember(context.db, { name: 'Membre individuel sans tarif', joinedOn: '2032-05-01', kind: 'individual' });
		await expect(issueInvoice(context.db, { organisationId, fiscalYear: 2033, issuedOn: '2033-03-01', actorId: null })).rejects.toMatchObject({ code: 'invalid_input' });
		expect(await context.db.select().from(invoiceCounter).where(eq(invoiceCounter.fiscalYear, 2033))).toEqual([]);
	});

	test('payments: cheque needs its number, an overpayment needs a confirmation, balances follow; a paid invoice cannot be voided', async () => {
		await setRate(context.db, 2034, 'nonprofit', 25_000);
		const organisationId = await createMember(context.db, { name: 'Organisme payeur', joinedOn: '2033-05-01' });
		const { invoice: billed } = await issueInvoice(context.db, { organisationId, fiscalYear: 2034, issuedOn: '2034-03-01', actorId: null });
		await expect(recordPaymentFromForm(context.db, STAFF, billed.id, { receivedOn: '2034-03-10', amount: '100', method: 'cheque', reference: '' })).rejects.toMatchObject({
			fields: { reference: expect.stringContaining('chèque') }
		});
		await expect(recordPaymentFromForm(context.db, STAFF, billed.id, { receivedOn: '10 mars', amount: '-5', method: 'troc' })).rejects.toMatchObject({
			fields: { receivedOn: expect.any(String), amount: expect.any(String), method: expect.any(String) }
		});
		await expect(recordPaymentFromForm(context.db, memberActor(organisationId), billed.id, { receivedOn: '2034-03-10', amount: '100', method: 'virement' })).rejects.toMatchObject({ code: 'forbidden' });
		await recordPaymentFromForm(context.db, STAFF, billed.id, { receivedOn: '2034-03-10', amount: '100,00', method: 'cheque', reference: '4521' });
		expect(await invoiceBalance(context.db, billed.id)).toEqual({ amountCents: 25_000, paidCents: 10_000, balanceCents: 15_000 });
		await expect(recordPaymentFromForm(context.db, STAFF, billed.id, { receivedOn: '2034-03-12', amount: '200.00', method: 'virement' })).rejects.toMatchObject({
			fields: { amount: expect.stringContaining('150,00'), confirmOverpayment: expect.any(String) }
		});
		await recordPaymentFromForm(context.db, STAFF, billed.id, { receivedOn: '2034-03-12', amount: '200.00', method: 'virement', confirmOverpayment: 'on' });
		expect((await invoiceBalance(context.db, billed.id)).balanceCents).toBe(-5_000);
		const audit = await context.db.select().from(auditEntry).where(eq(auditEntry.entityId, billed.id));
		expect(audit.map((entry) => entry.action).sort()).toEqual(['membership.invoice.issue', 'membership.payment.record', 'membership.payment.record']);
		await expect(voidInvoice(context.db, STAFF, billed.id, 'Erreur de tarif')).rejects.toMatchObject({ code: 'conflict' });
	});

	test('a voided invoice keeps its number and its reason, takes no payment and cannot be voided twice', async () => {
		await setRate(context.db, 2035, 'nonprofit', 12_000);
		const organisationId = await createMember(context.db, { name: 'Organisme annulé', joinedOn: '2034-05-01' });
		const { invoice: first } = await issueInvoice(context.db, { organisationId, fiscalYear: 2035, issuedOn: '2035-03-01', actorId: null });
		await expect(voidInvoice(context.db, STAFF, first.id, ' ')).rejects.toMatchObject({ fields: { reason: expect.any(String) } });
		const voided = await voidInvoice(context.db, STAFF, first.id, 'Facturé au mauvais organisme');
		expect(voided).toMatchObject({ number: first.number, voidReason: 'Facturé au mauvais organisme' });
		expect(voided.voidedAt).not.toBeNull();
		await expect(recordPayment(context.db, { invoiceId: first.id, receivedOn: '2035-03-05', amountCents: 100, method: 'autre', actorId: null })).rejects.toMatchObject({ code: 'invalid_input' });
		await expect(voidInvoice(context.db, STAFF, first.id, 'Encore')).rejects.toMatchObject({ code: 'conflict' });
	});

	// Needs invoice.period_id unique among non-voided invoices only (.scratch/SCHEMA-REQUESTS.md).
	test('once its invoice is voided, the year is billed again with the next number', async () => {
		const organisationId = await createMember(context.db, { name: 'Organisme refacturé', joinedOn: '2034-05-01' });
		const { invoice: first } = await issueInvoice(context.db, { organisationId, fiscalYear: 2035, issuedOn: '2035-03-01', actorId: null });
		await voidInvoice(context.db, STAFF, first.id, 'Facturé au mauvais organisme');
		const again = await issueInvoice(context.db, { organisationId, fiscalYear: 2035, issuedOn: '2035-03-02', actorId: null });
		expect(again.created).toBe(true);
		expect(again.invoice.number).toBe('2035-0003');
		const listed = await listInvoices(context.db, STAFF, { fiscalYear: 2035 });
		expect(listed.rows.map((row) => [row.number, row.state])).toEqual([
			['2035-0001', 'voided'],
			['2035-0002', 'voided'],
			['2035-0003', 'unpaid']
		]);
		expect(listed.billedCents).toBe(12_000);
	});

	test('a member sees its own invoices and no one else’s; staff see and filter them all', async () => {
		await setRate(context.db, 2036, 'nonprofit', 9_000);
		const mine = await createMember(context.db, { name: 'Organisme Mien', joinedOn: '2035-05-01' });
		const theirs = await createMember(context.db, { name: 'Organisme Autre', joinedOn: '2035-05-01' });
		const { invoice: own } = await issueInvoice(context.db, { organisationId: mine, fiscalYear: 2036, issuedOn: '2036-03-01', actorId: null });
		const { invoice: other } = await issueInvoice(context.db, { organisationId: theirs, fiscalYear: 2036, issuedOn: '2036-03-01', actorId: null });
		await recordPayment(context.db, { invoiceId: own.id, receivedOn: '2036-03-02', amountCents: 9_000, method: 'virement', actorId: null });
		const member = memberActor(mine);
		expect((await listOwnInvoices(context.db, member)).map((row) => row.id)).toEqual([own.id]);
		expect(await listOwnInvoices(context.db, { ...member, organisationIds: [] })).toEqual([]);
		expect((await getInvoiceDetail(context.db, member, own.id)).payments).toHaveLength(1);
		await expect(getInvoiceDetail(context.db, member, other.id)).rejects.toMatchObject({ code: 'forbidden' });
		await expect(getInvoiceDetail(context.db, member, 'pas-un-uuid')).rejects.toMatchObject({ code: 'not_found' });
		await expect(listInvoices(context.db, member, {})).rejects.toMatchObject({ code: 'forbidden' });
		expect((await getInvoiceDetail(context.db, STAFF, other.id)).state).toBe('unpaid');
		const paid = await listInvoices(context.db, STAFF, { fiscalYear: 2036, state: 'paid' });
		expect(paid.rows.map((row) => row.id)).toEqual([own.id]);
		expect((await listInvoices(context.db, STAFF, { fiscalYear: 2036, search: 'autre' })).rows.map((row) => row.id)).toEqual([other.id]);
		expect((await listInvoices(context.db, STAFF, { fiscalYear: 2036, state: 'unpaid', search: 'mien' })).rows).toEqual([]);
	});

	test('status follows the records: billed but unpaid after the first year is grace, then paid is actif', async () => {
		await setRate(context.db, 2037, 'nonprofit', 5_000);
		await setRate(context.db, 2038, 'nonprofit', 5_000);
		const organisationId = await createMember(context.db, { name: 'Organisme suivi', joinedOn: '2037-06-15' });
		const { invoice: firstYear } = await issueInvoice(context.db, { organisationId, fiscalYear: 2037, issuedOn: '2037-06-15', actorId: null });
		const statusOn = async (day: string) => (await membersOn(context.db, day, [organisationId]))[0].status;
		expect(await statusOn('2037-06-14')).toBeNull();
		expect(await statusOn('2037-07-01')).toBe('nouveau');
		expect(await statusOn('2037-10-01')).toBe('echu');
		await recordPayment(context.db, { invoiceId: firstYear.id, receivedOn: '2037-09-01', amountCents: 5_000, method: 'cheque', reference: '1', actorId: null });
		expect(await statusOn('2037-10-01')).toBe('nouveau');
		const { invoice: secondYear } = await issueInvoice(context.db, { organisationId, fiscalYear: 2038, issuedOn: '2038-03-01', actorId: null });
		expect(await statusOn('2038-04-02')).toBe('grace');
		expect(await statusOn('2038-06-30')).toBe('echu');
		await recordPayment(context.db, { invoiceId: secondYear.id, receivedOn: '2038-05-01', amountCents: 5_000, method: 'virement', actorId: null });
		expect(await statusOn('2038-04-30')).toBe('grace');
		expect(await statusOn('2038-05-01')).toBe('actif');
	});

	test('the grid: every cell required, French and English amounts read alike, nothing saved on a bad cell, audited, copied from the year before', async () => {
		const grid = await loadDuesGrid(context.db, 2040);
		expect(grid.complete).toBe(false);
		const cells = gridCells(grid.classes);
		expect(cells.length).toBe(3 * grid.classes.length + 2);
		const form: Record<string, string> = Object.fromEntries(cells.map((cell, index) => [cell.field, index % 2 ? `1 ${index}50,00` : `${index}00.5`]));
		const bad = { ...form, [cells[0].field]: '-12', [cells[1].field]: '' };
		await expect(saveDuesGrid(context.db, STAFF, 2040, bad)).rejects.toMatchObject({
			fields: { [cells[0].field]: expect.stringContaining('négatif'), [cells[1].field]: expect.any(String) }
		});
		expect((await loadDuesGrid(context.db, 2040)).values).toEqual({});
		await expect(saveDuesGrid(context.db, { ...STAFF, role: 'member' }, 2040, form)).rejects.toMatchObject({ code: 'forbidden' });
		await saveDuesGrid(context.db, STAFF, 2040, form);
		const saved = await loadDuesGrid(context.db, 2040);
		expect(saved.complete).toBe(true);
		expect(saved.values[cells[1].field]).toMatch(/^1\s150,00$/);
		expect(saved.values[cells[2].field]).toBe('200,50');
		await saveDuesGrid(context.db, STAFF, 2040, { ...form, [cells[2].field]: '0' });
		expect((await loadDuesGrid(context.db, 2040)).values[cells[2].field]).toBe('0,00');
		const audit = await context.db.select().from(auditEntry).where(eq(auditEntry.action, 'membership.dues_grid.save'));
		expect(audit.filter((entry) => entry.entityId === '2040')).toHaveLength(2);
		expect(await previousGridValues(context.db, 2040)).toBeNull();
		expect(await previousGridValues(context.db, 2041)).toEqual((await loadDuesGrid(context.db, 2040)).values);
	});

	test('dues billed and collected over a fiscal year, voided invoices left out', async () => {
		await setRate(context.db, 2045, 'nonprofit', 30_000);
		const [payer, voided] = await Promise.all(['Organisme stat payé', 'Organisme stat annulé'].map((name) => createMember(context.db, { name, joinedOn: '2044-05-01' })));
		const { invoice: paid } = await issueInvoice(context.db, { organisationId: payer, fiscalYear: 2045, issuedOn: '2045-04-02', actorId: null });
		const { invoice: cancelled } = await issueInvoice(context.db, { organisationId: voided, fiscalYear: 2045, issuedOn: '2045-04-02', actorId: null });
		await voidInvoice(context.db, STAFF, cancelled.id, 'Doublon');
		await recordPayment(context.db, { invoiceId: paid.id, receivedOn: '2045-05-01', amountCents: 12_550, method: 'carte', reference: 'A1', actorId: null });
		await recordPayment(context.db, { invoiceId: paid.id, receivedOn: '2046-04-01', amountCents: 100, method: 'carte', reference: 'A2', actorId: null });
		const figures = await duesStatFigures(context.db, fiscalYearPeriod(2045));
		expect(figures.map((figure) => [figure.key, figure.value, figure.unit, figure.source])).toEqual([
			['membership.dues.billed', 300, '$', '/admin/cotisations?exercice=2045-2046'],
			['membership.dues.collected', 125.5, '$', '/admin/cotisations?exercice=2045-2046']
		]);
	});
});
