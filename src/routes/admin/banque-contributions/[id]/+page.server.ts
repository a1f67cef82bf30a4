import { error, fail, redirect } from '@sveltejs/kit';
import { itemPath } from '$lib/catalogue';
import type { ItemFormValues } from '$lib/components/catalogue/item-form';
import { localizeHref } from '$lib/paraglide/runtime';
import { orHttpError } from '$lib/server/http';
import { requirePermission } from '$lib/server/modules/accounts/guards';
import { itemFormValues, loadItemFormChoices } from '$lib/server/modules/catalogue/admin/form-choices';
import {
	approveContribution,
	correctContribution,
	getContributionForReview,
	rejectContribution
} from '$lib/server/modules/catalogue/contributions/service';
import { findLikelyDuplicates, formToInput } from '$lib/server/modules/catalogue/editing';
import { AppError } from '$lib/server/platform/errors';
import { isoDay } from '$lib/server/platform/exports/table';
import { platform } from '$lib/server/platform/runtime';
import { itemId } from '../../banque/item-id';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ locals, url, params }) => {
	const { actor } = requirePermission(locals, url, 'catalogue.manage');
	const db = platform().database.db;
	const { item, organisationName, contributor } = await orHttpError(getContributionForReview(db, actor, itemId(params.id)));
	const [{ terms, choices }, similar] = await Promise.all([
		loadItemFormChoices(db),
		findLikelyDuplicates(db, { title: item.title, municipalityCode: item.municipalityCode, territoryCode: item.territoryCode, excludeId: item.id })
	]);
	return {
		contribution: {
			id: item.id,
			title: item.title,
			version: item.version,
			organisationName,
			contributor,
			receivedOn: isoDay(item.createdAt),
			reviewStatus: item.reviewStatus ?? 'pending',
			reviewNote: item.reviewNote,
			reviewedOn: item.reviewedAt ? isoDay(item.reviewedAt) : null,
			editHref: localizeHref(`/admin/banque/${item.id}`)
		},
		similar: similar.map((entry) => ({ id: entry.id, title: entry.title, href: localizeHref(itemPath(entry.kind, entry.id)) })),
		values: await itemFormValues(db, item, terms),
		done: url.searchParams.get('fait'),
		...choices
	};
};

/** What the page gets back when nothing was decided: the fields as typed or the reason as typed, and why. */
function refused(cause: unknown, returned: { values: ItemFormValues } | { reason: string }) {
	if (!(cause instanceof AppError)) throw cause;
	if (cause.code === 'not_found') error(404, cause.message);
	const message = Object.keys(cause.fields).length ? undefined : cause.message;
	return fail(cause.code === 'invalid_input' ? 400 : 409, { ...returned, errors: cause.fields, message });
}

const origin = (url: URL) => platform().config.origin ?? url.origin;
const queueHref = (done: string) => `${localizeHref('/admin/banque-contributions')}?fait=${done}`;

export const actions: Actions = {
	corriger: async ({ request, locals, url, params }) => {
		const { actor } = requirePermission(locals, url, 'catalogue.manage');
		const formData = await request.formData();
		const raw = formToInput(formData);
		const id = itemId(params.id);
		try {
			await correctContribution(platform().database.db, actor, id, raw, Number(formData.get('version')));
		} catch (cause) {
			return refused(cause, { values: raw as ItemFormValues });
		}
		redirect(303, `${localizeHref(`/admin/banque-contributions/${id}`)}?fait=corrigee`);
	},
	approuver: async ({ request, locals, url, params }) => {
		const { actor } = requirePermission(locals, url, 'catalogue.manage');
		const formData = await request.formData();
		const raw = formToInput(formData);
		try {
			await approveContribution(platform().database.db, actor, itemId(params.id), { expectedVersion: Number(formData.get('version')), corrections: raw, origin: origin(url) });
		} catch (cause) {
			return refused(cause, { values: raw as ItemFormValues });
		}
		redirect(303, queueHref('approuvee'));
	},
	refuser: async ({ request, locals, url, params }) => {
		const { actor } = requirePermission(locals, url, 'catalogue.manage');
		const formData = await request.formData();
		const reason = String(formData.get('reviewNote') ?? '');
		try {
			await rejectContribution(platform().database.db, actor, itemId(params.id), { expectedVersion: Number(formData.get('version')), reason, origin: origin(url) });
		} catch (cause) {
			return refused(cause, { reason });
		}
		redirect(303, queueHref('refusee'));
	}
};
