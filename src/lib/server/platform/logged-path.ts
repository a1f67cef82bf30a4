/** Paths whose next segment is a secret: whoever holds it opens a candidate's platform or an invitation. */
const SECRET_SEGMENT = /(\/(?:en\/)?(?:plateforme-electorale\/p|invitation)\/)[^/]+/;

/** The path as the request log writes it, secrets masked: logs are read by more people than the links. */
export function loggedPath(pathname: string): string {
	return pathname.replace(SECRET_SEGMENT, '$1…');
}
