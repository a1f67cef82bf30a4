import { describe, expect, test } from 'vitest';
import { startBuiltServer } from '../../../test/server-process';
import { createTestDatabase, testBackends } from './test-databases';

const firstResult = async (baseUrl: string, query: string) => {
	const html = await (await fetch(`${baseUrl}/municipalites?${query}`)).text();
	return html.match(/<th scope="row"><a href="[^"]+">([^<]+)<\/a>/)?.[1];
};

describe.runIf(testBackends.includes('postgres'))('the built platform on PostgreSQL', () => {
	test('two instances start together on the same DATABASE_URL, serve the same data and survive a restart', async () => {
		const database = await createTestDatabase('postgres');
		await database.handle.close();
		const env = { DATABASE_URL: database.url, DATA_DIR: undefined };
		const [first, second] = await Promise.all([startBuiltServer({ env }), startBuiltServer({ env })]);
		try {
			for (const server of [first, second]) {
				expect(await (await fetch(`${server.url}/healthz`)).json()).toEqual({ status: 'ok', database: 'postgres' });
				expect(await firstResult(server.url, 'q=levis')).toBe('Lévis');
			}
			// No demonstration content on a real PostgreSQL unless asked for.
			expect(await (await fetch(`${first.url}/regions`)).text()).not.toContain('demo-banner');

			await first.stop();
			expect(await firstResult(second.url, 'tri=population-decroissante')).toBe('Montréal');
			const again = await startBuiltServer({ env });
			expect(await firstResult(again.url, 'q=st-jacques')).toMatch(/^Saint-Jacques/);
			await again.stop();
		} finally {
			await Promise.all([first.stop(), second.stop()]);
			await database.drop();
		}
	});
});
