import { describe, expect, test } from 'vitest';
import { safeRedirectTarget } from './redirects';
import { actorFor } from './service';

describe('actorFor', () => {
	test('a signed-in person acts with their platform role', () => {
		expect(actorFor({ id: 'u1', role: 'staff' })).toMatchObject({ role: 'staff', userId: 'u1' });
		expect(actorFor({ id: 'u2', role: null })).toMatchObject({ role: 'member', userId: 'u2' });
	});

	test('nobody, a deactivated account or an unknown role never gets more than it should', () => {
		expect(actorFor(null)).toMatchObject({ role: 'visitor', userId: null });
		expect(actorFor({ id: 'u3', role: 'admin', deactivatedAt: new Date() })).toMatchObject({ role: 'visitor', userId: null });
		expect(actorFor({ id: 'u4', role: 'superuser' })).toMatchObject({ role: 'member' });
	});
});

describe('safeRedirectTarget', () => {
	test('keeps paths on this site and refuses the rest', () => {
		expect(safeRedirectTarget('/municipalites?q=levis')).toBe('/municipalites?q=levis');
		for (const hostile of ['https://ailleurs.example', '//ailleurs.example', '/\\ailleurs.example', 'javascript:alert(1)', '', null]) {
			expect(safeRedirectTarget(hostile)).toBe('/compte');
		}
	});
});
