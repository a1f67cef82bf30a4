import { expect, test } from 'vitest';
import { pageWindow } from './pagination';

test('clamps the requested page to the list and gives the slice to read', () => {
	expect(pageWindow(0, 1, 25)).toEqual({ page: 1, pageCount: 1, offset: 0, limit: 25 });
	expect(pageWindow(1122, 3, 25)).toEqual({ page: 3, pageCount: 45, offset: 50, limit: 25 });
	expect(pageWindow(1122, 99, 25)).toMatchObject({ page: 45, offset: 1100 });
	expect(pageWindow(10, 0, 25)).toMatchObject({ page: 1, offset: 0 });
});
