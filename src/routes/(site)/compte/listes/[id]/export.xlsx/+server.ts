import { downloadList } from '../download';
import type { RequestHandler } from './$types';

export const GET: RequestHandler = (event) => downloadList(event, 'xlsx');
