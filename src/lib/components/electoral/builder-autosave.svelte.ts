import { getContext, setContext } from 'svelte';

/**
 * A form that saves as the person types: whether it holds text waiting to be saved (`pending`), text
 * that cannot be saved as it is (`blocked`: a message to fix, or a conflict to settle), and a way to save now.
 */
export type AutosavedForm = { pending: () => boolean; blocked: () => boolean; flush: () => Promise<void> };

const KEY = Symbol('builder-autosave');

/**
 * What the editor's forms share: the platform's version as this tab last knew it, and the forms
 * that may hold unsaved text, so that a move, a download or leaving the page saves them first.
 */
export class BuilderAutosave {
	version = $state(0);
	#forms = new Set<AutosavedForm>();

	constructor(version: number) {
		this.version = version;
	}

	register(form: AutosavedForm): () => void {
		this.#forms.add(form);
		return () => this.#forms.delete(form);
	}

	get pending(): boolean {
		return [...this.#forms].some((form) => form.pending());
	}

	get blocked(): boolean {
		return [...this.#forms].some((form) => form.blocked());
	}

	async flushAll(): Promise<void> {
		await Promise.all([...this.#forms].map((form) => form.flush()));
	}
}

export const provideAutosave = (autosave: BuilderAutosave) => setContext(KEY, autosave);
export const useAutosave = () => getContext<BuilderAutosave>(KEY);
