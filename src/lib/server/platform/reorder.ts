import { AppError } from './errors';

export type Direction = 'up' | 'down';

export function parseDirection(value: unknown): Direction {
	if (value !== 'up' && value !== 'down') throw new AppError('invalid_input', 'Direction inconnue.');
	return value;
}

/** The list with the entry at `index` one place up or down, or null when it cannot move (first, last, or absent). */
export function moved<T>(list: readonly T[], index: number, direction: Direction): T[] | null {
	const to = direction === 'up' ? index - 1 : index + 1;
	if (index < 0 || index >= list.length || to < 0 || to >= list.length) return null;
	const order = [...list];
	[order[index], order[to]] = [order[to], order[index]];
	return order;
}

/**
 * Moves one row of an ordered list and writes the positions (0, 1, 2...) that changed; returns its
 * place before and after, counted from 1 for the audit log, or null when it cannot move.
 */
export async function moveRow<Row extends { id: number }>(
	ordered: readonly Row[],
	id: number,
	direction: Direction,
	positionOf: (row: Row) => number,
	write: (id: number, position: number) => Promise<unknown>
): Promise<{ from: number; to: number } | null> {
	const from = ordered.findIndex((row) => row.id === id);
	const order = moved(ordered, from, direction);
	if (!order) return null;
	for (const [position, row] of order.entries()) {
		if (positionOf(row) !== position) await write(row.id, position);
	}
	return { from: from + 1, to: order.findIndex((row) => row.id === id) + 1 };
}
