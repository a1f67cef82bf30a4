/** A list page's address with its filters and page number; empty filters and page 1 are left out. */
export function listHref(path: string, filters: Record<string, string | null | undefined>, page: number): string {
	const params = new URLSearchParams();
	for (const [name, value] of Object.entries(filters)) if (value) params.set(name, value);
	if (page > 1) params.set('page', String(page));
	const search = params.toString();
	return search ? `${path}?${search}` : path;
}

/** The same list address on another page; page 1 drops the parameter. */
export function withPage(href: string, page: number): string {
	const [path, search = ''] = href.split('?');
	const params = new URLSearchParams(search);
	if (page > 1) params.set('page', String(page));
	else params.delete('page');
	const query = params.toString();
	return query ? `${path}?${query}` : path;
}
