import { modules } from './modules';

export type NavigationLink = { href: string; label: string; description: string };

/** Every module's navigation entries, in their declared order, with labels in the request's language. */
export function navigationLinks(): NavigationLink[] {
	return modules
		.flatMap((manifest) => manifest.navigation ?? [])
		.sort((a, b) => a.order - b.order)
		.map((entry) => ({ href: entry.href, label: entry.label(), description: entry.description() }));
}
