import type { ModuleManifest } from './manifest';

const discovered = import.meta.glob<ModuleManifest>('../modules/*/manifest.ts', { eager: true, import: 'manifest' });

/** Orders manifests so that each comes after the modules it depends on. */
export function orderByDependencies(manifests: readonly ModuleManifest[]): ModuleManifest[] {
	const byName = new Map(manifests.map((manifest) => [manifest.name, manifest]));
	const ordered: ModuleManifest[] = [];
	const visiting = new Set<string>();
	const visit = (manifest: ModuleManifest) => {
		if (ordered.includes(manifest)) return;
		if (visiting.has(manifest.name)) throw new Error(`Dépendance circulaire entre modules : ${manifest.name}`);
		visiting.add(manifest.name);
		for (const dependency of manifest.dependsOn ?? []) {
			const required = byName.get(dependency);
			if (!required) throw new Error(`Le module ${manifest.name} dépend du module inconnu ${dependency}`);
			visit(required);
		}
		visiting.delete(manifest.name);
		ordered.push(manifest);
	};
	[...manifests].sort((a, b) => a.name.localeCompare(b.name)).forEach(visit);
	return ordered;
}

export const modules: readonly ModuleManifest[] = orderByDependencies(Object.values(discovered));
