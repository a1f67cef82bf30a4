import { m } from '$lib/paraglide/messages.js';

/** A contribution's review status as its contributor reads it. */
export const REVIEW_STATUS_LABELS: Record<'pending' | 'approved' | 'rejected', () => string> = {
	pending: m.contrib_status_pending,
	approved: m.contrib_status_approved,
	rejected: m.contrib_status_rejected
};
