import { sealGuideDocument } from '$lib/server/modules/membership/seal/guide';
import { toDocx } from '$lib/server/platform/exports/docx';
import { attachment } from '$lib/server/platform/exports/download';
import { sealDownloadMember } from '../download';
import type { RequestHandler } from './$types';

export const GET: RequestHandler = async (event) => {
	const member = await sealDownloadMember(event);
	return attachment(await toDocx(sealGuideDocument(member)), 'guide-sceau-fierement-membre.docx', 'docx');
};
