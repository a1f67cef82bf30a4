import type { Actor } from '$lib/server/platform/roles';

declare global {
	namespace App {
		interface Locals {
			actor: Actor;
		}
		interface Error {
			message: string;
		}
	}
}

export {};
