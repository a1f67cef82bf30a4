import { describe, expect, test } from 'vitest';
import type { ModuleManifest } from './manifest';
import { modules, orderByDependencies } from './modules';
import { can, permissionTable } from './permissions';
import { ROLES, VISITOR, type Actor } from './roles';

const named = (name: string, dependsOn: string[] = []): ModuleManifest => ({ name, dependsOn });

describe('module manifests', () => {
	test('are discovered from the modules folder', () => {
		expect(modules.map((manifest) => manifest.name)).toContain('territory');
	});

	test('seed after the modules they depend on', () => {
		const ordered = orderByDependencies([named('reporting', ['membership', 'territory']), named('membership', ['territory']), named('territory')]);
		expect(ordered.map((manifest) => manifest.name)).toEqual(['territory', 'membership', 'reporting']);
	});

	test('refuse unknown and circular dependencies', () => {
		expect(() => orderByDependencies([named('a', ['b'])])).toThrow(/module inconnu b/);
		expect(() => orderByDependencies([named('a', ['b']), named('b', ['a'])])).toThrow(/circulaire/);
	});

	test('may not declare the same permission twice', () => {
		const first: ModuleManifest = { name: 'a', permissions: { 'x.read': ['admin'] } };
		const second: ModuleManifest = { name: 'b', permissions: { 'x.read': ['staff'] } };
		expect(() => permissionTable([first, second])).toThrow(/deux fois/);
	});
});

describe('permissions', () => {
	const actor = (role: Actor['role']): Actor => ({ ...VISITOR, role });

	test('everyone reads the territory; only staff and admins manage arrondissements', () => {
		for (const role of ROLES) {
			expect(can(actor(role), 'territory.read')).toBe(true);
			expect(can(actor(role), 'territory.manageBoroughs')).toBe(role === 'staff' || role === 'admin');
		}
	});

	test('an unknown permission is a programming error, not a silent refusal', () => {
		expect(() => can(VISITOR, 'nothing.here')).toThrow(/Permission inconnue/);
	});
});
