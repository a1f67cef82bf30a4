// The README's test command, after the build and the type check: the server tests and the end-to-end
// tests run side by side, in two Vitest processes. In one process Vitest runs a project whose files go one
// at a time (the end-to-end tests, which share one server) only after the others, so the two suites added up.
// The server tests keep one worker: the end-to-end tests need the other core.
import { spawn } from 'node:child_process';

function vitest(args: string[]): Promise<number> {
	return new Promise((resolve) => {
		const child = spawn('vitest', ['run', ...args], { stdio: 'inherit' });
		child.on('error', (error) => {
			console.error(error);
			resolve(1);
		});
		child.on('exit', (code, signal) => resolve(code ?? (signal ? 1 : 0)));
	});
}

const [server, endToEnd] = await Promise.all([vitest(['--project', 'server', '--maxWorkers=1']), vitest(['--project', 'e2e'])]);
console.log(`\nTests du serveur : ${server === 0 ? 'réussis' : 'en échec'} · tests de bout en bout : ${endToEnd === 0 ? 'réussis' : 'en échec'}`);
process.exit(server === 0 && endToEnd === 0 ? 0 : 1);
