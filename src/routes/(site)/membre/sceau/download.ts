import { redirect, type RequestEvent } from '@sveltejs/kit';
import { quebecToday } from '$lib/fiscal-year';
import { localizeHref } from '$lib/paraglide/runtime';
import { requireSignedIn } from '$lib/server/modules/accounts/guards';
import { sealMemberFor, type SealMember } from '$lib/server/modules/membership/seal/member';
import { AppError } from '$lib/server/platform/errors';
import { contentDisposition, slugify } from '$lib/server/platform/exports/download';
import { platform } from '$lib/server/platform/runtime';

/**
 * The member whose seal file is asked for. Anyone refused goes to the seal page, which answers 403 with
 * the reason and the way to renew.
 */
export async function sealDownloadMember(event: RequestEvent): Promise<SealMember> {
	const { actor } = requireSignedIn(event.locals, event.url);
	try {
		return await sealMemberFor(platform().database.db, actor, quebecToday(), event.url.searchParams.get('organisation'));
	} catch (cause) {
		if (cause instanceof AppError) redirect(303, localizeHref('/membre/sceau') + event.url.search);
		throw cause;
	}
}

export function sealFileName(member: SealMember, extension: string): string {
	return `sceau-fierement-membre-${slugify(member.name, 60)}-${member.yearLabel}.${extension}`;
}

/** A seal file, downloaded under its name when linked, shown when used as an image; private to the member. */
export function sealFileResponse(body: Buffer | string, contentType: string, filename: string): Response {
	const bytes = typeof body === 'string' ? new TextEncoder().encode(body) : new Uint8Array(body);
	return new Response(bytes, {
		headers: {
			'content-type': contentType,
			'content-disposition': contentDisposition(filename),
			'content-length': String(bytes.byteLength),
			'cache-control': 'private, no-store',
			// An SVG opened on its own runs nothing and loads nothing.
			'content-security-policy': "default-src 'none'; style-src 'unsafe-inline'"
		}
	});
}
