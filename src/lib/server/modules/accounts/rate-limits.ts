import { m } from '$lib/paraglide/messages.js';
import { formFailure } from '../../forms';
import { platform } from '../../platform/runtime';
import { hitRateLimit, type RateLimitRule } from '../../platform/rate-limit/service';

const rules = {
	'sign-in': { max: 10, windowSeconds: 15 * 60 },
	'sign-up': { max: 5, windowSeconds: 60 * 60 },
	'password-reset': { max: 5, windowSeconds: 60 * 60 }
} satisfies Record<string, RateLimitRule>;

/** Counts an attempt from this address; past the limit, the 429 form failure to return (what was typed is kept). */
export async function guardRate(action: keyof typeof rules, clientAddress: string, formData: FormData) {
	const { allowed, retryAfterSeconds } = await hitRateLimit(platform().database.db, `${action}:${clientAddress}`, rules[action]);
	if (allowed) return null;
	return formFailure(429, formData, {}, m.rate_limited({ minutes: Math.ceil(retryAfterSeconds / 60) }));
}
