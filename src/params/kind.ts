import type { ParamMatcher } from '@sveltejs/kit';
import { kindOfPath } from '$lib/catalogue';

export const match: ParamMatcher = (param) => kindOfPath(param) !== null;
