import { createHash, randomBytes } from 'node:crypto';

/** 32 random bytes: 256 bits, 43 characters of base64url. */
const TOKEN_BYTES = 32;
const TOKEN_SHAPE = /^[A-Za-z0-9_-]{43}$/;

/** What the database keeps of a private link: its SHA-256, so the table alone opens no platform. */
export function hashPlatformToken(token: string): string {
	return createHash('sha256').update(token).digest('hex');
}

/** A new private link key and its hash; only the hash is stored, the key is shown once in the link. */
export function newPlatformToken(): { token: string; hash: string } {
	const token = randomBytes(TOKEN_BYTES).toString('base64url');
	return { token, hash: hashPlatformToken(token) };
}

/** A key that could have been issued; anything else is turned away before reaching the database. */
export function isWellFormedToken(token: string): boolean {
	return TOKEN_SHAPE.test(token);
}
