import { AppError } from './errors';
import type { ModuleManifest } from './manifest';
import { modules } from './modules';
import type { Actor, Role } from './roles';

export function permissionTable(manifests: readonly ModuleManifest[]): Map<string, readonly Role[]> {
	const table = new Map<string, readonly Role[]>();
	for (const manifest of manifests) {
		for (const [permission, roles] of Object.entries(manifest.permissions ?? {})) {
			if (table.has(permission)) throw new Error(`Permission déclarée deux fois : ${permission}`);
			table.set(permission, roles);
		}
	}
	return table;
}

// Built on first use: services import this module, and manifests import services, so the list of
// modules is not complete while these imports are still being evaluated.
let table: Map<string, readonly Role[]> | undefined;

/** The one place that decides whether an actor may load or do something. */
export function can(actor: Actor, permission: string): boolean {
	table ??= permissionTable(modules);
	const roles = table.get(permission);
	if (!roles) throw new Error(`Permission inconnue : ${permission}`);
	return roles.includes(actor.role);
}

export function assertCan(actor: Actor, permission: string): void {
	if (!can(actor, permission)) throw new AppError('forbidden', 'Vous n’avez pas accès à cette page.');
}
