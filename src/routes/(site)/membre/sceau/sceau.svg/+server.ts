import { sealContentOf } from '$lib/server/modules/membership/seal/member';
import { sealDownloadSvg } from '$lib/server/modules/membership/seal/seal-svg';
import { sealDownloadMember, sealFileName, sealFileResponse } from '../download';
import type { RequestHandler } from './$types';

export const GET: RequestHandler = async (event) => {
	const member = await sealDownloadMember(event);
	return sealFileResponse(sealDownloadSvg(sealContentOf(member)), 'image/svg+xml; charset=utf-8', sealFileName(member, 'svg'));
};
