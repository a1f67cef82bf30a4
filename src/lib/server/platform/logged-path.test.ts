import { expect, test } from 'vitest';
import { loggedPath } from './logged-path';

test('private links are masked in the request log, other paths kept', () => {
	expect(loggedPath('/plateforme-electorale/p/Zk3_abc-DEF/apercu')).toBe('/plateforme-electorale/p/…/apercu');
	expect(loggedPath('/en/plateforme-electorale/p/Zk3_abc-DEF')).toBe('/en/plateforme-electorale/p/…');
	expect(loggedPath('/invitation/0a1b2c')).toBe('/invitation/…');
	expect(loggedPath('/banque/mesures/12')).toBe('/banque/mesures/12');
});
