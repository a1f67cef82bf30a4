import { PRIVATE_HEADERS, loadPreview } from '../../editor.server';
import { tokenAccess } from '../../token-access';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ params, locals, setHeaders }) => {
	setHeaders(PRIVATE_HEADERS);
	return loadPreview(tokenAccess(params.token, locals));
};
