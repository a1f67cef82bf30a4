const baseDelayMs = 30_000;
const maxDelayMs = 6 * 60 * 60_000;

/** Wait before the next try after `attempts` failed tries: 30 s, 1 min, 2 min, 4 min… at most 6 h. */
export function retryDelayMs(attempts: number): number {
	return Math.min(maxDelayMs, baseDelayMs * 2 ** Math.max(0, attempts - 1));
}
