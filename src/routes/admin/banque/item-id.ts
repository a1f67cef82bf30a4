import { error } from '@sveltejs/kit';
import { m } from '$lib/paraglide/messages.js';

/** The item id of the address; anything but a positive integer is a missing page. */
export function itemId(param: string): number {
	const id = /^\d{1,9}$/.test(param) ? Number(param) : 0;
	if (id < 1) error(404, m.catalogue_item_not_found());
	return id;
}
