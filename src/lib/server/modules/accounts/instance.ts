import type { Database } from '../../db/types';
import { platform } from '../../platform/runtime';
import { authSecret, createAuth, type Auth } from './auth';
import { queueAccountMail } from './mail';

let current: { db: Database; auth: Promise<Auth> } | undefined;

/** The platform's better-auth instance, on the running database. */
export function auth(): Promise<Auth> {
	const { database, config } = platform();
	if (current?.db !== database.db) {
		const db = database.db;
		current = {
			db,
			auth: (async () =>
				createAuth({
					db,
					secret: await authSecret(db, config.authSecret),
					origin: config.origin,
					sendAccountMail: (mail) => queueAccountMail(db, mail)
				}))()
		};
	}
	return current.auth;
}
