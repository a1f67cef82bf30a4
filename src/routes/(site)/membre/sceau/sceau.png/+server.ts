import { sealContentOf } from '$lib/server/modules/membership/seal/member';
import { sealPng } from '$lib/server/modules/membership/seal/seal-svg';
import { sealDownloadMember, sealFileName, sealFileResponse } from '../download';
import type { RequestHandler } from './$types';

export const GET: RequestHandler = async (event) => {
	const member = await sealDownloadMember(event);
	return sealFileResponse(await sealPng(sealContentOf(member)), 'image/png', sealFileName(member, 'png'));
};
