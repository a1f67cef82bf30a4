import type { ModuleManifest } from '../platform/manifest';
import { readSetting, writeSetting } from '../platform/settings';
import type { Database } from './types';

const DEMO_FLAG = 'demo_content';

/**
 * Loads every module's reference data, then, when asked, its demonstration content. Each seed
 * is idempotent, so a restart or a second instance changes nothing.
 */
export async function seedPlatform(
	db: Database,
	options: { referenceDir: string; demoContent: boolean; manifests: readonly ModuleManifest[] }
): Promise<void> {
	for (const manifest of options.manifests) await manifest.seed?.reference?.({ db, referenceDir: options.referenceDir });
	if (!options.demoContent) return;
	for (const manifest of options.manifests) await manifest.seed?.demo?.({ db, referenceDir: options.referenceDir });
	await writeSetting(db, DEMO_FLAG, true);
}

/** Once demonstration content is in a database it stays labelled, whatever the configuration says later. */
export async function hasDemoContent(db: Database): Promise<boolean> {
	return (await readSetting<boolean>(db, DEMO_FLAG)) === true;
}
