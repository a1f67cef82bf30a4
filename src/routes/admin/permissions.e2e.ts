import { beforeAll, describe, expect, inject, test } from 'vitest';
import { requestAs, signInOverHttp, type HttpSession } from '../../test/session';

const baseUrl = inject('baseUrl');
const PASSWORD = 'demonstration-muni';
const people = {
	levis: 'levis@demo.espacemuni.org',
	rimouski: 'rimouski@demo.espacemuni.org',
	consultant: 'accompagnement@demo.espacemuni.org',
	staff: 'permanence@demo.espacemuni.org',
	admin: 'admin@demo.espacemuni.org'
} as const;
type Who = 'visitor' | keyof typeof people;
const everyone: Who[] = ['visitor', 'levis', 'rimouski', 'consultant', 'staff', 'admin'];

const sessions = {} as Record<Who, HttpSession | null>;
let levisOrganisation = '';
let rimouskiUserId = '';

/** 'login' means a redirect to the login page; numbers are HTTP statuses. */
type Outcome = 'login' | 200 | 303 | 403 | 404;

async function outcomeOf(response: Response): Promise<Outcome> {
	if (response.status === 303 && response.headers.get('location')?.includes('/compte/connexion')) return 'login';
	return response.status as Outcome;
}

beforeAll(async () => {
	sessions.visitor = null;
	for (const [who, email] of Object.entries(people)) sessions[who as Who] = await signInOverHttp(baseUrl, email, PASSWORD);
	const page = await (await requestAs(baseUrl, sessions.levis, '/compte/organisations')).text();
	levisOrganisation = page.match(/\/compte\/organisations\/([0-9a-f-]{36})/)![1];
	const users = await (await requestAs(baseUrl, sessions.admin, '/admin/utilisateurs?q=rimouski')).text();
	rimouskiUserId = users.match(/name="userId" value="([^"]+)"/)![1];
});

describe('every protected route refuses whoever may not see it', () => {
	const routes: { path: () => string; allowed: Who[]; strangers: Outcome }[] = [
		{ path: () => '/compte', allowed: ['levis', 'rimouski', 'consultant', 'staff', 'admin'], strangers: 'login' },
		{ path: () => '/compte/organisations', allowed: ['levis', 'rimouski', 'consultant', 'staff', 'admin'], strangers: 'login' },
		{ path: () => '/compte/mes-donnees', allowed: ['levis', 'rimouski', 'consultant', 'staff', 'admin'], strangers: 'login' },
		{ path: () => '/compte/mes-donnees/export', allowed: ['levis', 'rimouski', 'consultant', 'staff', 'admin'], strangers: 'login' },
		// Another organisation's page does not exist for outsiders, so nothing leaks, not even its existence.
		{ path: () => `/compte/organisations/${levisOrganisation}`, allowed: ['levis', 'staff', 'admin'], strangers: 404 },
		{ path: () => '/admin/utilisateurs', allowed: ['admin'], strangers: 403 },
		{ path: () => `/admin/utilisateurs/${rimouskiUserId}`, allowed: ['admin'], strangers: 403 },
		{ path: () => '/admin/journal', allowed: ['admin'], strangers: 403 },
		{ path: () => '/admin/courriels', allowed: ['admin'], strangers: 403 },
		{ path: () => '/admin/arrondissements', allowed: ['staff', 'admin'], strangers: 403 },
		{ path: () => '/admin/plateforme-electorale', allowed: ['staff', 'admin'], strangers: 403 },
		{ path: () => '/admin', allowed: ['levis', 'rimouski', 'consultant', 'staff', 'admin'], strangers: 'login' },
		{ path: () => '/admin/membres', allowed: ['staff', 'admin'], strangers: 403 },
		{ path: () => '/admin/membres/demandes', allowed: ['staff', 'admin'], strangers: 403 },
		{ path: () => '/admin/membres/portrait', allowed: ['staff', 'admin'], strangers: 403 },
		{ path: () => '/admin/membres/import', allowed: ['staff', 'admin'], strangers: 403 },
		{ path: () => '/admin/cotisations', allowed: ['staff', 'admin'], strangers: 403 },
		{ path: () => '/admin/cotisations/factures', allowed: ['staff', 'admin'], strangers: 403 },
		{ path: () => '/admin/cotisations/renouvellement', allowed: ['staff', 'admin'], strangers: 403 },
		{ path: () => '/admin/fierement-membre', allowed: ['staff', 'admin'], strangers: 403 },
		{ path: () => '/admin/gouvernance/conseil', allowed: ['staff', 'admin'], strangers: 403 },
		{ path: () => '/admin/rapport', allowed: ['staff', 'admin'], strangers: 403 },
		{ path: () => '/membre', allowed: ['levis', 'rimouski', 'consultant', 'staff', 'admin'], strangers: 'login' },
		{ path: () => '/membre/factures', allowed: ['levis', 'rimouski', 'consultant', 'staff', 'admin'], strangers: 'login' },
		{ path: () => '/compte/plateformes', allowed: ['levis', 'rimouski', 'consultant', 'staff', 'admin'], strangers: 'login' }
	];

	for (const route of routes) {
		test(`GET ${route.path.toString().replace(/^\(\) => /, '').replaceAll('`', '')}`, async () => {
			for (const who of everyone) {
				const outcome = await outcomeOf(await requestAs(baseUrl, sessions[who], route.path()));
				const expected: Outcome = route.allowed.includes(who) ? 200 : who === 'visitor' ? 'login' : route.strangers;
				expect(outcome, `${who} → ${route.path()}`).toBe(expected);
			}
		});
	}

	test('actions are refused the same way as pages', async () => {
		for (const who of everyone) {
			const deactivate = await outcomeOf(await requestAs(baseUrl, sessions[who], '/admin/utilisateurs?/desactiver', { userId: 'nobody' }));
			expect(deactivate, `${who} deactivates`).toBe(who === 'visitor' ? 'login' : who === 'admin' ? 404 : 403);
			const invite = await outcomeOf(
				await requestAs(baseUrl, sessions[who], `/compte/organisations/${levisOrganisation}?/inviter`, { email: `x-${who}@exemple.ca`, role: 'membre' })
			);
			const expected: Outcome = who === 'visitor' ? 'login' : ['levis', 'staff', 'admin'].includes(who) ? 200 : 404;
			expect(invite, `${who} invites into Lévis`).toBe(expected);
		}
	});

	test('a member of one organisation cannot remove people from another', async () => {
		const response = await requestAs(baseUrl, sessions.rimouski, `/compte/organisations/${levisOrganisation}?/retirer`, { userId: rimouskiUserId });
		expect(response.status).toBe(404);
	});
});
