import { PRIVATE_HEADERS, loadPreview } from '../../../../plateforme-electorale/p/editor.server';
import { ownerAccess } from '../../owner-access';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
	event.setHeaders(PRIVATE_HEADERS);
	return loadPreview(ownerAccess(event));
};
