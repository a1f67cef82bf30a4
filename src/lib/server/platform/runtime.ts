import { join } from 'node:path';
import { databaseOptionsFor, openDatabase, type DatabaseHandle } from '../db/client';
import { seedPlatform } from '../db/seed';
import type { PlatformConfig } from './config';
import type { Logger } from './logger';
import { modules } from './modules';

export type Platform = {
	config: PlatformConfig;
	database: DatabaseHandle;
	logger: Logger;
};

let current: Platform | undefined;

/** Opens the database, applies migrations and loads reference (and demonstration) data. */
export async function startPlatform(config: PlatformConfig, logger: Logger): Promise<Platform> {
	const started = performance.now();
	const options = databaseOptionsFor(config);
	let database = await openDatabase(options);
	await database.migrateExclusively(join(config.appRoot, 'drizzle'), (db) =>
		seedPlatform(db, { referenceDir: join(config.appRoot, 'reference'), demoContent: config.demoContent, manifests: modules })
	);
	if (database.createdNew) {
		// Creating and loading an embedded database grows PGlite's WebAssembly memory, which never shrinks;
		// reopening costs half a second once and gives back several hundred megabytes.
		await database.close();
		database = await openDatabase(options);
	}
	current = { config, database, logger };
	logger.info(
		{ database: database.kind, demoContent: config.demoContent, modules: modules.map((manifest) => manifest.name), ms: Math.round(performance.now() - started) },
		'plateforme prête'
	);
	return current;
}

export function platform(): Platform {
	if (!current) throw new Error('La plateforme n’est pas démarrée.');
	return current;
}

export async function stopPlatform(): Promise<void> {
	const stopping = current;
	current = undefined;
	await stopping?.database.close();
}
