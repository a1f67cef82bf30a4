import { resolve } from 'node:path';
import { z } from 'zod';

const booleanFlag = z
	.enum(['true', 'false', '1', '0', 'yes', 'no', 'oui', 'non'])
	.transform((value) => ['true', '1', 'yes', 'oui'].includes(value));

const environmentSchema = z.object({
	DATA_DIR: z.string().min(1).default('data'),
	DATABASE_URL: z
		.string()
		.regex(/^postgres(ql)?:\/\//, 'DATABASE_URL doit commencer par postgres:// ou postgresql://')
		.optional(),
	DEMO_CONTENT: booleanFlag.optional(),
	LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
	PGLITE_SHARED_BUFFERS: z.string().regex(/^\d+(kB|MB|GB)$/).default('16MB'),
	APP_ROOT: z.string().min(1).default('.'),
	ORIGIN: z.url({ message: 'ORIGIN doit être une adresse complète, par exemple https://plateforme.espacemuni.org' }).optional(),
	AUTH_SECRET: z.string().min(32, 'AUTH_SECRET doit compter au moins 32 caractères').optional(),
	SMTP_URL: z.string().regex(/^smtps?:\/\//, 'SMTP_URL doit commencer par smtp:// ou smtps://').optional(),
	MAIL_FROM: z.string().min(3).default('Espace MUNI <ne-pas-repondre@espacemuni.org>'),
	PRIVACY_OFFICER_NAME: z.string().trim().min(2).optional(),
	PRIVACY_OFFICER_EMAIL: z.email('PRIVACY_OFFICER_EMAIL doit être une adresse courriel').optional(),
	API_RATE_LIMIT_PER_MINUTE: z.coerce.number().int('API_RATE_LIMIT_PER_MINUTE doit être un nombre entier').min(1).max(1_000_000).default(300),
	SEARCH_CACHE_ITEMS: z.coerce.number().int('SEARCH_CACHE_ITEMS doit être un nombre entier').min(0).max(100_000_000).default(2_000_000)
});

export type PlatformConfig = {
	dataDir: string;
	databaseUrl: string | undefined;
	demoContent: boolean;
	logLevel: z.infer<typeof environmentSchema>['LOG_LEVEL'];
	pgliteSharedBuffers: string;
	/** Folder holding `drizzle/` (migrations) and `reference/` (Québec data). */
	appRoot: string;
	/** Public address of the platform, used in links sent by email; inferred from each request when unset. */
	origin: string | undefined;
	/** Signs session cookies; when unset, one is generated once and kept in the database for every instance. */
	authSecret: string | undefined;
	smtpUrl: string | undefined;
	mailFrom: string;
	/** The person in charge of personal information (Québec's Law 25), named on the privacy page. */
	privacyOfficer: { name: string; email: string | undefined } | null;
	/** Requests per minute and per address on the open-data API. */
	apiRateLimitPerMinute: number;
	/** Items of recent text matches kept in memory by the bank's search; 0 turns the cache off. */
	searchCacheItems: number;
};

/** Reads the platform's configuration; a bad value stops the start with a French message naming the variable. */
export function readConfig(environment: Record<string, string | undefined> = process.env): PlatformConfig {
	const parsed = environmentSchema.safeParse(
		Object.fromEntries(Object.entries(environment).filter(([, value]) => value !== undefined && value !== ''))
	);
	if (!parsed.success) {
		const problems = parsed.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`);
		throw new Error(`Configuration invalide : ${problems.join('; ')}`);
	}
	const env = parsed.data;
	return {
		dataDir: resolve(env.DATA_DIR),
		databaseUrl: env.DATABASE_URL,
		// Demonstration content is on for the embedded database unless switched off, off on a real PostgreSQL unless switched on.
		demoContent: env.DEMO_CONTENT ?? env.DATABASE_URL === undefined,
		logLevel: env.LOG_LEVEL,
		pgliteSharedBuffers: env.PGLITE_SHARED_BUFFERS,
		appRoot: resolve(env.APP_ROOT),
		origin: env.ORIGIN,
		authSecret: env.AUTH_SECRET,
		smtpUrl: env.SMTP_URL,
		mailFrom: env.MAIL_FROM,
		privacyOfficer: env.PRIVACY_OFFICER_NAME ? { name: env.PRIVACY_OFFICER_NAME, email: env.PRIVACY_OFFICER_EMAIL } : null,
		apiRateLimitPerMinute: env.API_RATE_LIMIT_PER_MINUTE,
		searchCacheItems: env.SEARCH_CACHE_ITEMS
	};
}
