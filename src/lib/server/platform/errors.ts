export type AppErrorCode = 'not_found' | 'invalid_input' | 'forbidden' | 'conflict';

/** An error a service throws on purpose: routes map the code to an HTTP status and show the French message. */
export class AppError extends Error {
	constructor(
		readonly code: AppErrorCode,
		message: string,
		readonly fields: Record<string, string> = {}
	) {
		super(message);
		this.name = 'AppError';
	}
}

export const httpStatusOf: Record<AppErrorCode, number> = {
	not_found: 404,
	invalid_input: 400,
	forbidden: 403,
	conflict: 409
};
