import { and, eq } from 'drizzle-orm';
import { beforeAll, expect, test } from 'vitest';
import { fiscalYearLabel, fiscalYearOf, fiscalYearPeriod, quebecToday } from '$lib/fiscal-year';
import { describeOnEachDatabase } from '../../../db/test-databases';
import { orFormFailure } from '../../../http';
import { auditEntry } from '../../../platform/audit/schema';
import { AppError } from '../../../platform/errors';
import { createMember, memberActor, STAFF } from '../billing/test-fixtures';
import { ensurePeriod } from '../billing/invoices';
import { membership, sealCampaignParticipation } from '../schema';
import { getParticipation, listParticipations, markShipped, normalisePostalCode, saveParticipation } from './campaign';
import { loadDemoSealCampaign } from './demo';
import { shippingTable } from './export';
import { sealMemberFor } from './member';
import { sealStatFigures } from './stats';

const today = quebecToday();
const year = fiscalYearOf(today);
const address = { recipientName: 'Service des loisirs', addressLine1: '2175, chemin du Fleuve', city: 'Lévis', postalCode: 'g6w7w9', stickerCount: '25' };

async function refusal(work: Promise<unknown>): Promise<AppError> {
	const caught = await work.then(
		() => null,
		(cause: unknown) => cause
	);
	expect(caught).toBeInstanceOf(AppError);
	return caught as AppError;
}

describeOnEachDatabase('Fièrement membre seal and campaign', (context) => {
	let current: string;
	let other: string;
	let lapsed: string;

	async function member(name: string, joinedOn: string, years: number[], demo = false) {
		const id = await createMember(context.db, { name, joinedOn });
		if (demo) await context.db.update(membership).set({ demo: true }).where(eq(membership.organisationId, id));
		for (const fiscalYear of years) await ensurePeriod(context.db, id, fiscalYear, { exempt: true });
		return id;
	}

	beforeAll(async () => {
		current = await member('Saint-Zénon & Cie <test>', `${year - 1}-04-01`, [year - 1, year]);
		other = await member('Municipalité de Saint-Jean-Baptiste-de-Rouville', `${year - 1}-04-01`, [year - 1, year]);
		lapsed = await member('Rivière-Éternité', '2019-04-01', [2019]);
	});

	test('a member in good standing gets its seal for the current membership year; a lapsed one or a non-member is refused', async () => {
		const seal = await sealMemberFor(context.db, memberActor(current), today);
		expect(seal).toMatchObject({ organisationId: current, name: 'Saint-Zénon & Cie <test>', status: 'actif', yearLabel: fiscalYearLabel(year) });

		const lapsedRefusal = await refusal(sealMemberFor(context.db, memberActor(lapsed), today));
		expect(lapsedRefusal.code).toBe('forbidden');
		expect(lapsedRefusal.message).toContain('Rivière-Éternité');
		expect(lapsedRefusal.message).toContain('échue');

		expect((await refusal(sealMemberFor(context.db, { ...STAFF, role: 'member' }, today))).code).toBe('forbidden');
		// Asking for another member's seal is refused before its status is even looked at.
		expect((await refusal(sealMemberFor(context.db, memberActor(current), today, other))).code).toBe('forbidden');
		expect((await sealMemberFor(context.db, STAFF, today, other)).name).toContain('Saint-Jean-Baptiste');
	});

	test('postal codes follow Canada Post’s pattern', () => {
		expect(normalisePostalCode('g1r4p5')).toBe('G1R 4P5');
		expect(normalisePostalCode(' H2X 1Y4 ')).toBe('H2X 1Y4');
		for (const wrong of ['G1R 4P', '12345', 'D1R 4P5', 'W1R 4P5', 'G1R-4P5', 'G1O 4P5']) expect(normalisePostalCode(wrong)).toBeNull();
	});

	test('a bad opt-in names its fields and the form comes back with what was typed', async () => {
		const typed = { ...address, postalCode: '12345', stickerCount: '500', city: '' };
		const form = new FormData();
		for (const [name, value] of Object.entries(typed)) form.set(name, value);
		const { failure } = await orFormFailure(form, saveParticipation(context.db, memberActor(current), { organisationId: current, today }, typed));
		expect(failure?.status).toBe(400);
		expect(Object.keys(failure!.data.errors).sort()).toEqual(['city', 'postalCode', 'stickerCount']);
		expect(failure!.data.errors.postalCode).toContain('G1R 4P5');
		expect(failure!.data.values).toMatchObject({ postalCode: '12345', stickerCount: '500', recipientName: 'Service des loisirs' });
		expect(await getParticipation(context.db, memberActor(current), current, year)).toBeNull();
	});

	test('opt in, change the address until staff mark it shipped, then it is locked; every step is audited', async () => {
		const saved = await saveParticipation(context.db, memberActor(current), { organisationId: current, today }, address);
		expect(saved).toMatchObject({ campaignYear: year, postalCode: 'G6W 7W9', stickerCount: 25, addressLine2: null, shippedAt: null });
		await saveParticipation(context.db, memberActor(current), { organisationId: current, today }, { ...address, stickerCount: '40', addressLine2: 'Bureau 200' });
		expect(await getParticipation(context.db, memberActor(current), current, year)).toMatchObject({ stickerCount: 40, addressLine2: 'Bureau 200' });

		await expect(markShipped(context.db, memberActor(current), year, [current])).rejects.toMatchObject({ code: 'forbidden' });
		expect(await markShipped(context.db, STAFF, year, [current, other])).toBe(1);
		expect(await markShipped(context.db, STAFF, year, [current])).toBe(0);
		const locked = await refusal(saveParticipation(context.db, memberActor(current), { organisationId: current, today }, address));
		expect(locked.code).toBe('conflict');
		expect((await getParticipation(context.db, memberActor(current), current, year))?.stickerCount).toBe(40);

		const audit = await context.db
			.select({ action: auditEntry.action })
			.from(auditEntry)
			.where(and(eq(auditEntry.entityType, 'seal_campaign_participation'), eq(auditEntry.entityId, `${current}:${year}`)))
			.orderBy(auditEntry.id);
		expect(audit.map((row) => row.action)).toEqual(['seal.participation.opt_in', 'seal.participation.update', 'seal.participation.shipped']);
	});

	test('a member neither sees nor changes another member’s participation; a lapsed member cannot opt in', async () => {
		await saveParticipation(context.db, memberActor(other), { organisationId: other, today }, { ...address, city: 'Saint-Jean-Baptiste' });
		await expect(getParticipation(context.db, memberActor(current), other, year)).rejects.toMatchObject({ code: 'forbidden' });
		await expect(saveParticipation(context.db, memberActor(current), { organisationId: other, today }, address)).rejects.toMatchObject({ code: 'forbidden' });
		await expect(saveParticipation(context.db, memberActor(lapsed), { organisationId: lapsed, today }, address)).rejects.toMatchObject({ code: 'forbidden' });
		expect((await getParticipation(context.db, STAFF, other, year))?.city).toBe('Saint-Jean-Baptiste');
		await expect(listParticipations(context.db, memberActor(current), year)).rejects.toMatchObject({ code: 'forbidden' });
	});

	test('staff list puts what is left to ship first, exports the mailing list and the report counts participants', async () => {
		const rows = await listParticipations(context.db, STAFF, year);
		expect(rows.map((row) => [row.organisationName, Boolean(row.shippedAt)])).toEqual([
			['Municipalité de Saint-Jean-Baptiste-de-Rouville', false],
			['Saint-Zénon & Cie <test>', true]
		]);
		const table = shippingTable(rows, year);
		expect(table.rows[0]).toMatchObject({ organisation: 'Municipalité de Saint-Jean-Baptiste-de-Rouville', postalCode: 'G6W 7W9', province: 'QC', stickerCount: 25 });

		const [figure] = await sealStatFigures(context.db, fiscalYearPeriod(year));
		expect(figure).toMatchObject({ key: 'membership.seal.participants', value: 2, source: `/admin/fierement-membre?annee=${fiscalYearLabel(year)}` });
		expect((await sealStatFigures(context.db, fiscalYearPeriod(year - 1)))[0].value).toBe(0);
	});

	test('the demonstration campaign picks demo members in good standing, some shipped, and adds nothing the second time', async () => {
		for (let index = 0; index < 24; index++) await member(`Organisme de démonstration ${index}`, `${year - 1}-04-01`, [year], true);
		await loadDemoSealCampaign(context.db);
		const first = await context.db.select().from(sealCampaignParticipation).where(eq(sealCampaignParticipation.campaignYear, year));
		await loadDemoSealCampaign(context.db);
		const second = await context.db.select().from(sealCampaignParticipation).where(eq(sealCampaignParticipation.campaignYear, year));
		expect(second).toEqual(first);
		const demo = first.filter((row) => row.organisationId !== current && row.organisationId !== other);
		expect(demo.length).toBe(2);
		expect(demo.filter((row) => row.shippedAt).length).toBe(1);
		for (const row of demo) expect(normalisePostalCode(row.postalCode)).toBe(row.postalCode);
	});
});
