import { downloadPlatform } from '../../../../plateforme-electorale/p/editor.server';
import { ownerAccess } from '../../owner-access';
import type { RequestHandler } from './$types';

export const GET: RequestHandler = (event) => downloadPlatform(ownerAccess(event), event.url);
