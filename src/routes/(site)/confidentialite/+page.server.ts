import { platform } from '$lib/server/platform/runtime';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = () => ({ officer: platform().config.privacyOfficer });
