import { PRIVATE_HEADERS, editorActions, loadEditor } from '../editor.server';
import { tokenAccess } from '../token-access';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ params, locals, url, setHeaders }) => {
	setHeaders(PRIVATE_HEADERS);
	return loadEditor(tokenAccess(params.token, locals), url);
};

export const actions: Actions = editorActions((event) => tokenAccess(String(event.params.token), event.locals));
