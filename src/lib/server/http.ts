import { error, type ActionFailure } from '@sveltejs/kit';
import { formFailure, type FormState } from './forms';
import { AppError, httpStatusOf } from './platform/errors';

/** Runs a service call from a load function, turning the service's AppError into the matching HTTP error page. */
export async function orHttpError<T>(work: Promise<T>): Promise<T> {
	try {
		return await work;
	} catch (cause) {
		if (cause instanceof AppError) error(httpStatusOf[cause.code], cause.message);
		throw cause;
	}
}

/**
 * Runs a service call from a form action: a service's AppError becomes the form coming back with its
 * messages and what was typed (a not-found becomes the 404 page); anything else is a real failure.
 */
export async function orFormFailure<T>(
	formData: FormData,
	work: Promise<T>
): Promise<{ value: T; failure?: undefined } | { value?: undefined; failure: ActionFailure<FormState> }> {
	try {
		return { value: await work };
	} catch (cause) {
		if (!(cause instanceof AppError)) throw cause;
		if (cause.code === 'not_found') error(404, cause.message);
		const message = Object.keys(cause.fields).length > 0 ? undefined : cause.message;
		return { failure: formFailure(httpStatusOf[cause.code], formData, cause.fields, message) };
	}
}
