// Timed HTTP requests, one after the other or a few at a time, and their latency percentiles.

/** `latenciesMs[i]` is the time of `urls[i]`. */
export type LoadResult = { latenciesMs: number[]; wallMs: number; failures: number };

async function timedGet(url: string): Promise<{ ms: number; ok: boolean }> {
	const started = performance.now();
	const response = await fetch(url);
	await response.arrayBuffer();
	return { ms: performance.now() - started, ok: response.status === 200 };
}

/** Requests every URL once, `concurrency` at a time, in order. */
export async function loadUrls(urls: readonly string[], concurrency: number): Promise<LoadResult> {
	const latenciesMs: number[] = [];
	let failures = 0;
	let next = 0;
	const started = performance.now();
	const worker = async () => {
		while (next < urls.length) {
			const position = next++;
			const { ms, ok } = await timedGet(urls[position]);
			latenciesMs[position] = ms;
			if (!ok) failures++;
		}
	};
	await Promise.all(Array.from({ length: concurrency }, worker));
	return { latenciesMs, wallMs: performance.now() - started, failures };
}

/** Nearest-rank percentile. */
export function percentile(values: readonly number[], rank: number): number {
	if (values.length === 0) return Number.NaN;
	const sorted = [...values].sort((a, b) => a - b);
	return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((rank / 100) * sorted.length) - 1))];
}
