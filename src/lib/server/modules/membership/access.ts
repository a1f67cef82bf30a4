import { can } from '../../platform/permissions';
import type { Actor } from '../../platform/roles';
import { AppError } from '../../platform/errors';

/** A member organisation's own people see its membership, invoices and seal; staff see every member's. */
export function canSeeMember(actor: Actor, organisationId: string): boolean {
	return actor.organisationIds.includes(organisationId) || can(actor, 'membership.manage');
}

export function assertCanSeeMember(actor: Actor, organisationId: string): void {
	if (!canSeeMember(actor, organisationId)) throw new AppError('forbidden', 'Cette page est réservée aux personnes de l’organisation membre.');
}
