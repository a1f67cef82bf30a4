import { randomBytes } from 'node:crypto';
import { betterAuth } from 'better-auth';
import { drizzleAdapter } from 'better-auth/adapters/drizzle';
import { sveltekitCookies } from 'better-auth/svelte-kit';
import { getRequestEvent } from '$app/server';
import type { Database } from '../../db/types';
import { recordAudit } from '../../platform/audit/service';
import { claimSetting } from '../../platform/settings';
import { isDeactivated } from './service';
import { authAccount, authSession, authUser, authVerification } from './schema';

export const MIN_PASSWORD_LENGTH = 12;
export const MAX_PASSWORD_LENGTH = 128;

export type AccountMail = {
	to: string;
	kind: 'verify-email' | 'reset-password' | 'change-email';
	name: string;
	url: string;
	/** For a change of address: the address asked for (the message itself goes to the current one). */
	newEmail?: string;
};

export type AuthOptions = {
	db: Database;
	secret: string;
	origin: string | undefined;
	sendAccountMail: (mail: AccountMail) => Promise<void>;
	/** Off in tests that call the API without a SvelteKit request around them. */
	sveltekit?: boolean;
};

export function createAuth(options: AuthOptions) {
	return betterAuth({
		appName: 'Espace MUNI',
		baseURL: options.origin,
		basePath: '/api/auth',
		secret: options.secret,
		database: drizzleAdapter(options.db, {
			provider: 'pg',
			schema: { user: authUser, session: authSession, account: authAccount, verification: authVerification }
		}),
		user: {
			additionalFields: {
				role: { type: 'string', input: false, defaultValue: 'member', required: false },
				deactivatedAt: { type: 'date', input: false, required: false }
			},
			changeEmail: {
				enabled: true,
				// The current address approves first; better-auth then sends the new one its own verification link.
				sendChangeEmailConfirmation: ({ user, newEmail, url }) =>
					options.sendAccountMail({ to: user.email, kind: 'change-email', name: user.name, url, newEmail })
			}
		},
		emailAndPassword: {
			enabled: true,
			requireEmailVerification: true,
			minPasswordLength: MIN_PASSWORD_LENGTH,
			maxPasswordLength: MAX_PASSWORD_LENGTH,
			revokeSessionsOnPasswordReset: true,
			sendResetPassword: ({ user, url }) => options.sendAccountMail({ to: user.email, kind: 'reset-password', name: user.name, url })
		},
		emailVerification: {
			sendOnSignUp: true,
			sendOnSignIn: true,
			autoSignInAfterVerification: true,
			sendVerificationEmail: ({ user, url }) => options.sendAccountMail({ to: user.email, kind: 'verify-email', name: user.name, url })
		},
		// The forms call the API on the server; their own limits live in the actions (platform/rate-limit).
		rateLimit: { enabled: false },
		databaseHooks: {
			user: {
				create: {
					// better-auth writes the user itself, so this entry follows its transaction rather than sharing it.
					after: (user) => recordAudit(options.db, { actorId: user.id, action: 'user.sign_up', entityType: 'user', entityId: user.id, after: { email: user.email, name: user.name } })
				}
			},
			session: {
				create: {
					// A deactivated account never gets a session, whatever the way in.
					before: async (session) => !(await isDeactivated(options.db, session.userId))
				}
			}
		},
		plugins: options.sveltekit === false ? [] : [sveltekitCookies(getRequestEvent)]
	});
}

export type Auth = ReturnType<typeof createAuth>;

const AUTH_SECRET_SETTING = 'auth_secret';

/** The configured secret, or the one this installation generated the first time it started (shared by every instance). */
export async function authSecret(db: Database, configured: string | undefined): Promise<string> {
	if (configured) return configured;
	return claimSetting(db, AUTH_SECRET_SETTING, randomBytes(32).toString('base64url'));
}
