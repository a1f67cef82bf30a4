import type { RequestEvent } from '@sveltejs/kit';
import { requirePermission } from '$lib/server/modules/accounts/guards';
import { listFile } from '$lib/server/modules/catalogue/lists/export';
import { getList } from '$lib/server/modules/catalogue/lists/service';
import { orHttpError } from '$lib/server/http';
import { attachment } from '$lib/server/platform/exports/download';
import { platform } from '$lib/server/platform/runtime';

/** The owner's list as a file: export.xlsx and export.docx differ only by the format. */
export async function downloadList({ locals, url, params }: Pick<RequestEvent<{ id: string }>, 'locals' | 'url' | 'params'>, format: 'xlsx' | 'docx'): Promise<Response> {
	const { actor } = requirePermission(locals, url, 'catalogue.lists');
	const list = await orHttpError(getList(platform().database.db, actor, params.id));
	const { body, filename } = await listFile(list, format, platform().config.origin ?? url.origin);
	return attachment(body, filename, format);
}
