import type { ReturnedForm } from '$lib/form-state';

export type TargetedForm = ReturnedForm & { target?: string };

/** What an action sent back, when it came from the form named `target`. */
export function answerTo(form: unknown, target: string): TargetedForm | null {
	return form && typeof form === 'object' && (form as TargetedForm).target === target ? (form as TargetedForm) : null;
}
