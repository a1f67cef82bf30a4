// Signs in through the real login form with plain HTTP, for tests that check many routes quickly.
// Every test file loads this module afresh, so each starts at a random place in 198.18.0.0/15 (the
// benchmarking range): files that counted from the same start shared addresses, and their sign-ins added up
// to the rate limit of the one server they all talk to.
let nextAddress = Math.floor(Math.random() * 120_000);

/** A client address of its own for each caller, so that login rate limits never couple two tests. */
export function freshAddress(): string {
	const n = nextAddress++ % 130_000;
	return `198.${18 + Math.floor(n / 65_000)}.${Math.floor((n % 65_000) / 250)}.${(n % 250) + 1}`;
}

export type HttpSession = { cookie: string; address: string };

export async function signInOverHttp(baseUrl: string, email: string, password: string): Promise<HttpSession> {
	const address = freshAddress();
	const response = await fetch(`${baseUrl}/compte/connexion`, {
		method: 'POST',
		redirect: 'manual',
		headers: { origin: baseUrl, accept: 'text/html', 'content-type': 'application/x-www-form-urlencoded', 'x-forwarded-for': address },
		body: new URLSearchParams({ email, password })
	});
	const cookie = response.headers
		.getSetCookie()
		.map((header) => header.split(';')[0])
		.join('; ');
	if (response.status !== 303 || !cookie) throw new Error(`Connexion refusée pour ${email} : ${response.status}`);
	return { cookie, address };
}

/** A GET or a form POST as this session (or as a visitor), without following redirects. */
export function requestAs(baseUrl: string, session: HttpSession | null, path: string, form?: Record<string, string>): Promise<Response> {
	const headers: Record<string, string> = { accept: 'text/html', origin: baseUrl, 'x-forwarded-for': session?.address ?? freshAddress() };
	if (session) headers.cookie = session.cookie;
	if (form) headers['content-type'] = 'application/x-www-form-urlencoded';
	return fetch(`${baseUrl}${path}`, { method: form ? 'POST' : 'GET', redirect: 'manual', headers, body: form ? new URLSearchParams(form) : undefined });
}
