import { downloadPlatform } from '../../editor.server';
import { tokenAccess } from '../../token-access';
import type { RequestHandler } from './$types';

export const GET: RequestHandler = ({ params, locals, url }) => downloadPlatform(tokenAccess(params.token, locals), url);
