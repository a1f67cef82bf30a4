import { redirect } from '@sveltejs/kit';
import { requirePermission } from '$lib/server/modules/accounts/guards';
import { GOVERNANCE_PERMISSION } from '$lib/server/modules/membership/governance/records';
import { governancePaths } from './paths';
import type { RequestHandler } from './$types';

/** The back office opens on the board. */
export const GET: RequestHandler = ({ locals, url }) => {
	requirePermission(locals, url, GOVERNANCE_PERMISSION);
	redirect(303, governancePaths.board());
};
