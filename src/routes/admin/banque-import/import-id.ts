import { redirect } from '@sveltejs/kit';
import { localizeHref } from '$lib/paraglide/runtime';
import type { ImportSummary } from '$lib/server/modules/catalogue/import/service';

type ImportState = Pick<ImportSummary, 'id' | 'status' | 'mapped'>;

/** The page of an import's current step: its report once done, its preview once mapped, its mapping otherwise. */
export function stepHref(state: ImportState): string {
	const base = localizeHref(`/admin/banque-import/${state.id}`);
	if (state.status === 'imported') return `${base}/rapport`;
	return state.mapped && state.status === 'uploaded' ? `${base}/apercu` : base;
}

/** Sends the browser to the step the import is at when this page (`here`) is not one it can show. */
export function keepToStep(state: ImportState, here: 'map' | 'preview' | 'report'): void {
	const done = state.status === 'imported';
	if (done !== (here === 'report')) redirect(303, stepHref(state));
	if (here === 'preview' && (!state.mapped || state.status !== 'uploaded')) redirect(303, localizeHref(`/admin/banque-import/${state.id}`));
}
