import { defineConfig } from 'drizzle-kit';

// Generating migrations needs no database: `npm run db:generate` after changing a schema.ts.
export default defineConfig({
	schema: [
		'./src/lib/server/db/platform-schema.ts',
		'./src/lib/server/platform/*/schema.ts',
		'./src/lib/server/modules/*/schema.ts'
	],
	out: './drizzle',
	dialect: 'postgresql',
	strict: true,
	verbose: true
});
