import type { StoredGeometry } from './schema';

export type MapArea = { code: string; name: string; geometries: StoredGeometry[] };

export type DrawnArea = { code: string; name: string; d: string };

export type DrawnMap = {
	width: number;
	height: number;
	outline: string;
	areas: DrawnArea[];
	/** Projects a longitude/latitude onto the drawing, or null when it falls outside it. */
	locate(longitude: number, latitude: number): { x: number; y: number } | null;
};

type Position = number[];

function ringsOf(geometries: StoredGeometry[]): Position[][] {
	return geometries.flatMap((geometry) =>
		geometry.type === 'Polygon' ? (geometry.coordinates as Position[][]) : (geometry.coordinates as Position[][][]).flat()
	);
}

/**
 * Draws a region and its parts as SVG paths, with no tile server. Longitudes are shrunk by the
 * cosine of the middle latitude (a local equirectangular view, faithful at regional scale), the
 * result is fitted to the box, and points closer than `tolerance` pixels to the last one kept are
 * dropped, so that a coastline of thousands of points costs only what the eye can see.
 */
export function drawMap(outline: StoredGeometry[], areas: MapArea[], width = 640, height = 480, margin = 8, tolerance = 1): DrawnMap {
	let [west, east, south, north] = [Infinity, -Infinity, Infinity, -Infinity];
	for (const ring of ringsOf(outline)) {
		for (const [longitude, latitude] of ring) {
			west = Math.min(west, longitude);
			east = Math.max(east, longitude);
			south = Math.min(south, latitude);
			north = Math.max(north, latitude);
		}
	}
	const shrink = Math.cos((((south + north) / 2) * Math.PI) / 180);
	const spanX = Math.max((east - west) * shrink, 1e-9);
	const spanY = Math.max(north - south, 1e-9);
	const scale = Math.min((width - 2 * margin) / spanX, (height - 2 * margin) / spanY);
	const offsetX = margin + (width - 2 * margin - spanX * scale) / 2;
	const offsetY = margin + (height - 2 * margin - spanY * scale) / 2;
	const project = (longitude: number, latitude: number): [number, number] => [
		offsetX + (longitude - west) * shrink * scale,
		offsetY + (north - latitude) * scale
	];
	const round = (value: number) => Math.round(value * 10) / 10;

	const drawRing = (ring: Position[]): string => {
		const kept: [number, number][] = [];
		for (const [index, [longitude, latitude]] of ring.entries()) {
			const point = project(longitude, latitude);
			const last = kept.at(-1);
			const isLast = index === ring.length - 1;
			if (!last || isLast || Math.hypot(point[0] - last[0], point[1] - last[1]) >= tolerance) kept.push(point);
		}
		if (kept.length < 4) return '';
		return `M${kept.map(([x, y]) => `${round(x)} ${round(y)}`).join('L')}Z`;
	};
	const draw = (geometries: StoredGeometry[]) => ringsOf(geometries).map(drawRing).join('');

	return {
		width,
		height,
		outline: draw(outline),
		areas: areas.map((area) => ({ code: area.code, name: area.name, d: draw(area.geometries) })),
		locate(longitude, latitude) {
			const [x, y] = project(longitude, latitude);
			if (x < 0 || y < 0 || x > width || y > height) return null;
			return { x: round(x), y: round(y) };
		}
	};
}
