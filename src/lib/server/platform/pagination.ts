/** The page to show for a requested page of a list of `total` items: past the end means the last page. */
export function pageWindow(total: number, requested: number, pageSize: number) {
	const pageCount = Math.max(1, Math.ceil(total / pageSize));
	const page = Math.min(Math.max(1, requested), pageCount);
	return { page, pageCount, offset: (page - 1) * pageSize, limit: pageSize };
}
