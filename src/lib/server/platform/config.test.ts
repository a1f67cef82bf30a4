import { describe, expect, test } from 'vitest';
import { readConfig } from './config';

describe('readConfig', () => {
	test('defaults to the embedded database under ./data with demonstration content', () => {
		const config = readConfig({});
		expect(config.databaseUrl).toBeUndefined();
		expect(config.dataDir.endsWith('/data')).toBe(true);
		expect(config.demoContent).toBe(true);
		expect(config.logLevel).toBe('info');
	});

	test('a real PostgreSQL has no demonstration content unless asked', () => {
		expect(readConfig({ DATABASE_URL: 'postgres://u:p@db:5432/muni' }).demoContent).toBe(false);
		expect(readConfig({ DATABASE_URL: 'postgres://u:p@db:5432/muni', DEMO_CONTENT: 'oui' }).demoContent).toBe(true);
		expect(readConfig({ DEMO_CONTENT: 'false' }).demoContent).toBe(false);
	});

	test('empty variables count as unset', () => {
		expect(readConfig({ DATABASE_URL: '', LOG_LEVEL: '' }).databaseUrl).toBeUndefined();
	});

	test('a bad value stops the start with a French message naming the variable', () => {
		expect(() => readConfig({ DATABASE_URL: 'mysql://x' })).toThrow(/Configuration invalide : DATABASE_URL: DATABASE_URL doit commencer par postgres/);
		expect(() => readConfig({ LOG_LEVEL: 'bavard' })).toThrow(/LOG_LEVEL/);
	});
});
