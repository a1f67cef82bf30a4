import type { Actor } from '$lib/server/platform/roles';

declare global {
	namespace App {
		interface Locals {
			actor: Actor;
			user: { id: string; name: string; email: string; role?: string | null; deactivatedAt?: Date | null } | null;
			session: { id: string; token: string; userId: string } | null;
		}
		interface Error {
			message: string;
		}
	}
}

export {};
