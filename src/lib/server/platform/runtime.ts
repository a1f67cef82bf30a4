import { join } from 'node:path';
import { databaseOptionsFor, openDatabase, type DatabaseHandle } from '../db/client';
import { hasDemoContent, seedPlatform } from '../db/seed';
import type { PlatformConfig } from './config';
import { createDailyJobHandler, DAILY_QUEUE, scheduleDailyRuns } from './daily';
import { createJobRunner, type JobRunner } from './jobs/runner';
import { createMailJobHandler, MAIL_QUEUE } from './mail/mail-jobs';
import { createMailer, type Mailer } from './mail/mailer';
import type { Logger } from './logger';
import { modules } from './modules';

export type Platform = {
	config: PlatformConfig;
	database: DatabaseHandle;
	logger: Logger;
	mailer: Mailer;
	jobs: JobRunner;
	stopDailyRuns: () => void;
	outboxDir: string;
	/** Whether the database holds demonstration content; read once at start, since only seeding changes it. */
	demoContent: boolean;
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
	const outboxDir = join(config.dataDir, 'outbox');
	const mailer = createMailer({ smtpUrl: config.smtpUrl, outboxDir, from: config.mailFrom, organisationName: 'Espace MUNI' });
	const jobs = createJobRunner({
		db: database.db,
		logger,
		handlers: { [MAIL_QUEUE]: createMailJobHandler(mailer), [DAILY_QUEUE]: createDailyJobHandler(database.db, modules, config.origin ?? `http://localhost:${process.env.PORT ?? 3000}`) }
	});
	jobs.start();
	const stopDailyRuns = scheduleDailyRuns(database.db, modules, logger);
	current = { config, database, logger, mailer, jobs, outboxDir, demoContent: await hasDemoContent(database.db), stopDailyRuns };
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
	if (!stopping) return;
	stopping.stopDailyRuns();
	await stopping.jobs.stop();
	stopping.mailer.close();
	await stopping.database.close();
}
