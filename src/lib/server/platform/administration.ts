import type { ModuleManifest } from './manifest';
import { modules } from './modules';
import { can } from './permissions';
import type { Actor } from './roles';

export type AdministrationLink = { href: string; label: string; description: string };

/** The staff pages this person may open, from every module's manifest, in their declared order. */
export function administrationLinks(actor: Actor, manifests: readonly ModuleManifest[] = modules): AdministrationLink[] {
	return manifests
		.flatMap((manifest) => manifest.administration ?? [])
		.filter((entry) => can(actor, entry.permission))
		.sort((a, b) => a.order - b.order)
		.map((entry) => ({ href: entry.href, label: entry.label(), description: entry.description() }));
}
