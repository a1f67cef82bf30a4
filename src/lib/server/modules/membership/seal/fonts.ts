import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

/** The weights the seal uses, resolved from the installed package at run time (never the machine's fonts). */
const WEIGHTS = ['500Medium/Inter_500Medium.ttf', '700Bold/Inter_700Bold.ttf', '800ExtraBold/Inter_800ExtraBold.ttf'];

let files: string[] | undefined;

export function interFontFiles(): string[] {
	if (!files) {
		const packageDir = dirname(createRequire(import.meta.url).resolve('@expo-google-fonts/inter/package.json'));
		files = WEIGHTS.map((weight) => join(packageDir, weight));
	}
	return files;
}

export const SEAL_FONT_FAMILY = 'Inter';
