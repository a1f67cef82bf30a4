import { goto } from '$app/navigation';
import type { SubmitFunction } from '@sveltejs/kit';
import { tick } from 'svelte';
import type { BuilderAutosave } from './builder-autosave.svelte';

/**
 * `use:enhance` for the editor's buttons (add, move, remove...): saves typed text first, follows the
 * action's redirect without moving the page, then puts the focus back on the button pressed (found
 * by its `data-focus`), or on the confirmation when that button is gone.
 */
export function keepPlace(autosave: BuilderAutosave, options: { reset?: boolean } = {}): SubmitFunction {
	return async ({ submitter }) => {
		await autosave.flushAll();
		const focusKey = submitter?.dataset.focus ?? null;
		return async ({ result, update, formElement }) => {
			if (result.type === 'redirect') {
				await goto(result.location, { invalidateAll: true, noScroll: true, keepFocus: true });
				if (options.reset) formElement.reset();
			} else {
				await update({ reset: false });
			}
			await tick();
			const invalid = result.type === 'failure' ? formElement.querySelector<HTMLElement>('[aria-invalid="true"]') : null;
			const target = invalid ?? (focusKey ? document.querySelector<HTMLElement>(`[data-focus="${focusKey}"]`) : null) ?? document.getElementById('confirmation');
			target?.focus();
		};
	};
}
