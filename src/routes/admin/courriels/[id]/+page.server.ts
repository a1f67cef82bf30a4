import { error } from '@sveltejs/kit';
import { requirePermission } from '$lib/server/modules/accounts/guards';
import { readOutboxMessage } from '$lib/server/platform/mail/outbox';
import { platform } from '$lib/server/platform/runtime';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ locals, url, params }) => {
	requirePermission(locals, url, 'admin.mail');
	const message = await readOutboxMessage(platform().outboxDir, params.id);
	if (!message) error(404, 'Ce courriel n’existe pas.');
	// The text version is shown: rendering stored HTML inside the admin would need a sandbox for no gain.
	return { message: { id: message.id, from: message.from, to: message.to, subject: message.subject, date: message.date?.toISOString() ?? null, text: message.text } };
};
