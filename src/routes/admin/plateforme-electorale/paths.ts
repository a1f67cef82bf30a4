import { localizeHref } from '$lib/paraglide/runtime';

export const ADMIN_ROOT = '/admin/plateforme-electorale';

/** Addresses of the back office of one edition, in the current language. */
export const editionPaths = (slug: string) => {
	const base = `${ADMIN_ROOT}/${slug}`;
	return {
		edition: localizeHref(base),
		terms: localizeHref(`${base}/vocabulaires`),
		commitments: localizeHref(`${base}/engagements`),
		newCommitment: localizeHref(`${base}/engagements/nouveau`),
		commitment: (id: number) => localizeHref(`${base}/engagements/${id}`),
		commitmentHistory: (id: number) => localizeHref(`${base}/engagements/${id}/historique`),
		questions: localizeHref(`${base}/questions`),
		newQuestion: localizeHref(`${base}/questions/nouvelle`),
		question: (id: number) => localizeHref(`${base}/questions/${id}`),
		deleteQuestion: (id: number) => localizeHref(`${base}/questions/${id}/supprimer`)
	};
};
