import { describe, expect, test } from 'vitest';
import { administrationLinks } from './administration';
import type { Actor } from './roles';

const actor = (role: Actor['role']): Actor => ({ role, userId: role === 'visitor' ? null : 'u', organisationIds: [], regionCodes: [] });

describe('administration links from the manifests', () => {
	test('staff see the staff pages in order; only admins see users, journal and emails; members see none', () => {
		const staff = administrationLinks(actor('staff')).map((link) => link.href);
		expect(staff).toContain('/admin/banque');
		expect(staff).toContain('/admin/plateforme-electorale');
		expect(staff).not.toContain('/admin/utilisateurs');
		expect(staff.indexOf('/admin/banque')).toBeLessThan(staff.indexOf('/admin/arrondissements'));

		const admin = administrationLinks(actor('admin')).map((link) => link.href);
		expect(admin).toEqual(expect.arrayContaining([...staff, '/admin/utilisateurs', '/admin/journal', '/admin/courriels']));

		expect(administrationLinks(actor('member'))).toEqual([]);
		expect(administrationLinks(actor('visitor'))).toEqual([]);
	});

	test('every link has a French label and description', () => {
		for (const link of administrationLinks(actor('admin'))) {
			expect(link.label.length, link.href).toBeGreaterThan(3);
			expect(link.description.length, link.href).toBeGreaterThan(10);
		}
	});
});
