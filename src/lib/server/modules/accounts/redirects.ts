/** Only paths on this site, so that a crafted link cannot send someone elsewhere after logging in. */
export function safeRedirectTarget(candidate: string | null | undefined, fallback = '/compte'): string {
	if (!candidate || !candidate.startsWith('/') || candidate.startsWith('//') || candidate.startsWith('/\\')) return fallback;
	return candidate;
}
