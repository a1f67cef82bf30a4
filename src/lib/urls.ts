/** A list page's address with its filters and page number; empty filters and page 1 are left out. */
export function listHref(path: string, filters: Record<string, string | null | undefined>, page: number): string {
	const params = new URLSearchParams();
	for (const [name, value] of Object.entries(filters)) if (value) params.set(name, value);
	if (page > 1) params.set('page', String(page));
	const search = params.toString();
	return search ? `${path}?${search}` : path;
}
