import { describe, expect, test } from 'vitest';
import { drawMap } from './map';
import type { StoredGeometry } from './schema';

const square = (west: number, south: number, size: number): StoredGeometry => ({
	type: 'Polygon',
	coordinates: [
		[
			[west, south],
			[west + size, south],
			[west + size, south + size],
			[west, south + size],
			[west, south]
		]
	]
});

const numbersIn = (path: string) => path.match(/-?\d+(\.\d+)?/g)!.map(Number);

describe('drawMap', () => {
	test('fits the outline inside the box, north up', () => {
		const map = drawMap([square(-72, 46, 2)], [{ code: 'a', name: 'A', geometries: [square(-72, 46, 1)] }], 200, 100, 10);
		for (const value of numbersIn(map.outline)) {
			expect(value).toBeGreaterThanOrEqual(0);
			expect(value).toBeLessThanOrEqual(200);
		}
		const north = map.locate(-71, 48)!;
		const south = map.locate(-71, 46)!;
		expect(north.y).toBeLessThan(south.y);
		expect(south.y).toBeCloseTo(90, 0);
		expect(north.y).toBeCloseTo(10, 0);
		expect(map.areas[0].d.startsWith('M')).toBe(true);
	});

	test('shrinks longitudes by the cosine of the latitude', () => {
		const map = drawMap([square(-72, 59, 2)], [], 1000, 1000, 0);
		const west = map.locate(-72, 60)!;
		const east = map.locate(-70, 60)!;
		const width = east.x - west.x;
		expect(width / 1000).toBeCloseTo(Math.cos((60 * Math.PI) / 180), 2);
	});

	test('drops points closer than the tolerance and tiny rings', () => {
		const dense: StoredGeometry = {
			type: 'Polygon',
			coordinates: [Array.from({ length: 1001 }, (_, index) => {
				const angle = (index / 1000) * 2 * Math.PI;
				return [-72 + Math.cos(angle), 46 + Math.sin(angle)];
			})]
		};
		const speck = square(-71.5, 46.5, 0.0001);
		const map = drawMap([dense, speck], [], 100, 100, 0, 2);
		const points = map.outline.split('L').length;
		expect(points).toBeLessThan(200);
		expect(points).toBeGreaterThan(20);
		expect(map.outline.match(/M/g)).toHaveLength(1);
	});

	test('a place outside the drawing is not located', () => {
		const map = drawMap([square(-72, 46, 1)], [], 100, 100, 0);
		expect(map.locate(-60, 46.5)).toBeNull();
	});
});
