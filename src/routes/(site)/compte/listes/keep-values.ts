import type { SubmitFunction } from '@sveltejs/kit';

/** `use:enhance` without clearing the form, so that a saved note or a typed name stays in its field. */
export const keepValues: SubmitFunction = () => ({ update }) => update({ reset: false });
