import { error } from '@sveltejs/kit';
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
