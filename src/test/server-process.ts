// Starts the built platform (`node build`) as a child process and waits for /healthz.
// Plain Node TypeScript (no path aliases) so that bench/ scripts can import it too.
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createServer } from 'node:net';
import { join } from 'node:path';

export type RunningServer = {
	url: string;
	child: ChildProcess;
	/** Milliseconds from spawn to the first 200 on /healthz. */
	readyAfterMs: number;
	output: () => string;
	stop: () => Promise<void>;
};

export async function freePort(): Promise<number> {
	return new Promise((resolve, reject) => {
		const probe = createServer();
		probe.unref();
		probe.on('error', reject);
		probe.listen(0, '127.0.0.1', () => {
			const address = probe.address();
			const port = typeof address === 'object' && address ? address.port : 0;
			probe.close(() => resolve(port));
		});
	});
}

/** Leaves out unset variables: a child given `undefined` would see the text "undefined". */
function definedOnly(env: Record<string, string | undefined>): Record<string, string> {
	return Object.fromEntries(Object.entries(env).filter((entry): entry is [string, string] => entry[1] !== undefined));
}

export async function startBuiltServer(options: {
	root?: string;
	env?: Record<string, string | undefined>;
	timeoutMs?: number;
}): Promise<RunningServer> {
	const root = options.root ?? process.cwd();
	if (!existsSync(join(root, 'build', 'index.js'))) {
		throw new Error('Le serveur n’est pas construit : lancez « npm run build » (npm test le fait).');
	}
	const port = await freePort();
	const url = `http://127.0.0.1:${port}`;
	const started = performance.now();
	const child = spawn(process.execPath, ['build'], {
		cwd: root,
		env: definedOnly({ ...process.env, LOG_LEVEL: 'warn', ...options.env, PORT: String(port), HOST: '127.0.0.1', ORIGIN: url }),
		stdio: ['ignore', 'pipe', 'pipe']
	});
	let output = '';
	child.stdout?.on('data', (chunk) => (output += chunk));
	child.stderr?.on('data', (chunk) => (output += chunk));
	const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
	let stopping = false;
	// A server that dies while tests use it says why, instead of leaving only "connection refused" behind.
	child.once('exit', (code, signal) => {
		if (!stopping) process.stderr.write(`\n[serveur de test arrêté : code ${code}, signal ${signal}]\n${output.slice(-20_000)}\n`);
	});

	const stop = async () => {
		stopping = true;
		if (child.exitCode !== null || child.signalCode !== null) return;
		child.kill('SIGTERM');
		const timer = setTimeout(() => child.kill('SIGKILL'), 10_000);
		await exited;
		clearTimeout(timer);
	};

	const deadline = Date.now() + (options.timeoutMs ?? 60_000);
	while (Date.now() < deadline) {
		if (child.exitCode !== null) throw new Error(`Le serveur s’est arrêté (code ${child.exitCode}) :\n${output}`);
		try {
			const response = await fetch(`${url}/healthz`);
			if (response.status === 200) {
				return { url, child, readyAfterMs: performance.now() - started, output: () => output, stop };
			}
		} catch {
			// not listening yet
		}
		await new Promise((resolve) => setTimeout(resolve, 25));
	}
	await stop();
	throw new Error(`Le serveur n’a pas répondu sur /healthz à temps :\n${output}`);
}
