import { error, fail, redirect, type ActionFailure, type RequestEvent } from '@sveltejs/kit';
import type { BuilderFormName, BuilderResult } from '$lib/components/electoral/builder-types';
import { itemPath } from '$lib/catalogue';
import { m } from '$lib/paraglide/messages.js';
import { localizeHref } from '$lib/paraglide/runtime';
import { typedValues } from '$lib/server/forms';
import { orHttpError } from '$lib/server/http';
import { kindLabel } from '$lib/server/modules/catalogue/labels';
import { listCommitments, type Commitment } from '$lib/server/modules/electoral/commitments';
import { getEdition, loadEditionTerms, type Edition, type EditionTerms } from '$lib/server/modules/electoral/editions';
import type { PlatformKey } from '$lib/server/modules/electoral/platforms/access';
import { addCommitment, addOwnEntry, moveEntry, moveTheme, removeEntry, updateEntry, updatePresentation } from '$lib/server/modules/electoral/platforms/entries';
import { readChoicesForm } from '$lib/server/modules/electoral/platforms/forms';
import { themeGroups } from '$lib/server/modules/electoral/platforms/order';
import { platformFile } from '$lib/server/modules/electoral/platforms/document';
import { platformOutline, platformTitle } from '$lib/server/modules/electoral/platforms/outline';
import { rankSuggestions, type Suggestion } from '$lib/server/modules/electoral/platforms/ranking';
import { checkChoices, claimPlatform, getPlatform, recordPlatformExport, updateChoices, type PlatformDetail } from '$lib/server/modules/electoral/platforms/service';
import { municipalityView } from '$lib/server/modules/electoral/platforms/views';
import { listPopulationClasses, type PopulationClass } from '$lib/server/modules/territory/service';
import { ELECTORAL_AUDIENCE_SCOPE, PLATFORM_EXPORT_EVENT } from '$lib/server/modules/electoral/stats';
import { countEvent } from '$lib/server/platform/analytics/service';
import { AppError, httpStatusOf } from '$lib/server/platform/errors';
import { attachment } from '$lib/server/platform/exports/download';
import { platform } from '$lib/server/platform/runtime';
import { commitmentView } from '../engagements/browse';

/** The suggestions shown before « Voir toutes les suggestions ». */
export const SUGGESTIONS_SHOWN = 12;

/**
 * How a page reaches its platform: through the private link (`token`), or as its signed-in owner from
 * the account, where the key is unknown (only its hash is kept). `basePath` is the page's own address.
 */
export type EditorAccess = { key: PlatformKey; basePath: string; token: string | null; userId: string | null };

type Event = Pick<RequestEvent, 'request' | 'url' | 'locals' | 'params'>;

const db = () => platform().database.db;

/** The platform with what every page about it needs; a wrong key is the 404 page. */
export async function platformContext(key: PlatformKey): Promise<{ detail: PlatformDetail; edition: Edition; terms: EditionTerms; commitments: Commitment[]; classes: PopulationClass[] }> {
	const detail = await orHttpError(getPlatform(db(), key));
	const [edition, terms, commitments, classes] = await Promise.all([
		getEdition(db(), detail.editionId),
		loadEditionTerms(db(), detail.editionId),
		listCommitments(db(), detail.editionId),
		listPopulationClasses(db())
	]);
	if (!edition) error(404, m.electoral_builder_not_found());
	return { detail, edition, terms, commitments, classes };
}

/** A private page: never cached, never indexed. */
export const PRIVATE_HEADERS = { 'cache-control': 'private, no-store', 'x-robots-tag': 'noindex, nofollow' };

function suggestionView(suggestion: Suggestion, terms: EditionTerms, detail: PlatformDetail, entryIds: Map<number, number>) {
	const { commitment } = suggestion;
	const label = (id: number) => terms.byId.get(id)?.label ?? '';
	const reasons: string[] = [];
	if (suggestion.themeMatch) reasons.push(m.electoral_builder_reason_theme());
	if (suggestion.clienteleMatches.length > 0) reasons.push(m.electoral_builder_reason_clienteles({ clienteles: suggestion.clienteleMatches.map(label).join(', ') }));
	if (suggestion.sameSize) reasons.push(m.electoral_builder_reason_size());
	if (suggestion.sameRegion) reasons.push(m.electoral_builder_reason_region({ region: detail.municipality.regionName }));
	return {
		commitment: { ...commitmentView(commitment, terms), evidence: [] },
		themeLabel: label(commitment.themeId),
		reasons,
		examples: suggestion.examples.map((example) => ({
			href: localizeHref(itemPath(example.kind, example.id)),
			title: example.title,
			kind: kindLabel(example.kind),
			where: [[example.placeName, example.regionName].filter(Boolean).join(', '), example.year].filter(Boolean).join(' · '),
			sameSize: example.sameSize,
			sameRegion: example.sameRegion,
			isDemo: example.isDemo
		})),
		entryId: entryIds.get(commitment.id) ?? null
	};
}

/** The confirmation the address asks for after a change (`?ok=…`), said with the names the page shows. */
function doneMessage(url: URL, sections: { themeId: number | null; label: string; entries: { id: number; title: string }[] }[]): string | null {
	const ok = url.searchParams.get('ok');
	const entryId = Number(url.searchParams.get('entree'));
	const themeId = Number(url.searchParams.get('theme'));
	const themed = sections.filter((section) => section.themeId !== null);
	switch (ok) {
		case 'creee':
			return m.electoral_builder_done_created();
		case 'ajoute':
			return m.electoral_builder_done_added();
		case 'deja':
			return m.electoral_builder_done_already();
		case 'personnel':
			return m.electoral_builder_done_own();
		case 'retire':
			return m.electoral_builder_done_removed();
		case 'enregistre':
			return m.electoral_builder_done_saved();
		case 'choix':
			return m.electoral_builder_done_choices();
		case 'rattachee':
			return m.electoral_builder_done_claimed();
		case 'nouveau-lien':
			return m.electoral_builder_done_new_link();
		case 'deplace': {
			const section = sections.find((candidate) => candidate.entries.some((entry) => entry.id === entryId));
			const index = section?.entries.findIndex((entry) => entry.id === entryId) ?? -1;
			if (!section || index < 0) return null;
			return m.electoral_builder_done_moved({ title: section.entries[index].title, position: String(index + 1), total: String(section.entries.length), theme: section.label });
		}
		case 'theme': {
			const index = themed.findIndex((section) => section.themeId === themeId);
			if (index < 0) return null;
			return m.electoral_builder_done_theme_moved({ theme: themed[index].label, position: String(index + 1), total: String(themed.length) });
		}
		default:
			return null;
	}
}

/** Everything the editor shows: the platform, its entries by theme, the suggestions best fit first. */
export async function loadEditor(access: EditorAccess, url: URL) {
	const { detail, edition, terms, commitments, classes } = await platformContext(access.key);
	const ranked = rankSuggestions(commitments, { themeIds: detail.themeIds, clienteleIds: detail.clienteleIds, municipality: detail.municipality, classes });
	const entryIds = new Map(detail.entries.filter((entry) => entry.commitmentId !== null).map((entry) => [entry.commitmentId as number, entry.id]));
	const showingAll = url.searchParams.get('suggestions') === 'toutes';
	const sections = themeGroups(detail.entries).map((group) => ({
		themeId: group.themeId,
		label: group.themeId === null ? m.electoral_builder_other_theme() : (terms.byId.get(group.themeId)?.label ?? m.electoral_builder_other_theme()),
		entries: group.entries.map((entry) => ({ id: entry.id, title: entry.title, details: entry.details, fromBank: entry.commitmentId !== null }))
	}));
	const origin = platform().config.origin ?? url.origin;
	return {
		access: {
			basePath: access.basePath,
			privateLink: access.token ? `${origin}${localizeHref(`/plateforme-electorale/p/${access.token}`)}` : null,
			previewHref: `${access.basePath}/apercu`,
			docxHref: `${access.basePath}/plateforme.docx`,
			allSuggestionsHref: `${access.basePath}?suggestions=toutes#suggestions`,
			signedIn: access.userId !== null,
			claimable: access.userId !== null && detail.ownerUserId === null,
			owned: access.userId !== null && detail.ownerUserId === access.userId
		},
		platform: {
			title: detail.title,
			displayTitle: platformTitle(detail),
			candidateName: detail.candidateName,
			introduction: detail.introduction,
			version: detail.version,
			municipality: municipalityView(detail.municipality),
			themeIds: detail.themeIds,
			clienteleIds: detail.clienteleIds,
			entryCount: detail.entries.length
		},
		edition: { name: edition.name, electionDate: edition.electionDate, isOpen: edition.isOpen, isDemo: edition.isDemo },
		themes: terms.themes.map((term) => ({ id: term.id, label: term.label })),
		clienteles: terms.clienteles.map((term) => ({ id: term.id, label: term.label })),
		sections,
		suggestions: (showingAll ? ranked : ranked.slice(0, SUGGESTIONS_SHOWN)).map((suggestion) => suggestionView(suggestion, terms, detail, entryIds)),
		suggestionTotal: ranked.length,
		showingAll,
		done: doneMessage(url, sections)
	};
}

const enhanced = (request: Request) => request.headers.get('x-sveltekit-action') === 'true';

function back(access: EditorAccess, query: Record<string, string | number>, anchor: string): never {
	const params = new URLSearchParams(Object.entries(query).map(([name, value]) => [name, String(value)]));
	redirect(303, `${access.basePath}?${params}#${anchor}`);
}

/** A service's refusal as the form coming back, with what was typed; a wrong key is the 404 page. */
function refused(cause: unknown, form: BuilderFormName, formData: FormData, extra: Partial<BuilderResult> = {}): ActionFailure<BuilderResult> {
	if (!(cause instanceof AppError)) throw cause;
	if (cause.code === 'not_found') error(404, cause.message);
	const hasFields = Object.keys(cause.fields).length > 0;
	return fail(httpStatusOf[cause.code], { form, values: typedValues(formData), errors: cause.fields, message: hasFields ? undefined : cause.message, ...extra });
}

const entryIdOf = (formData: FormData) => Number(formData.get('entryId'));
const textOf = (formData: FormData, name: string) => String(formData.get(name) ?? '');
const directionOf = (formData: FormData) => (formData.get('direction') === 'up' ? 'up' : 'down');

/** The text a form started from (hidden `base-…` fields), for telling a real conflict from a newer version that left it alone. */
function basisOf(formData: FormData, fields: readonly string[]) {
	const text: Record<string, string> = {};
	for (const field of fields) {
		const value = formData.get(`base-${field}`);
		if (typeof value === 'string') text[field] = value;
	}
	return { version: Number(formData.get('version')), text: Object.keys(text).length === fields.length ? text : undefined };
}

/**
 * Saves a text form: an enhanced request (autosave, or « Enregistrer » with JavaScript) gets the new
 * version back, a plain form is redirected (PRG). A conflict comes back with the text saved elsewhere
 * and its version, so the person compares and saves again on purpose.
 */
async function saveText(
	event: Event,
	access: EditorAccess,
	form: 'presentation' | 'entry',
	fields: readonly string[],
	save: (formData: FormData, basis: ReturnType<typeof basisOf>) => Promise<number>,
	currentText: (detail: PlatformDetail, entryId: number) => Record<string, string> | undefined
) {
	const formData = await event.request.formData();
	const entryId = form === 'entry' ? entryIdOf(formData) : undefined;
	let version: number;
	try {
		version = await save(formData, basisOf(formData, fields));
	} catch (cause) {
		if (cause instanceof AppError && cause.code === 'conflict') {
			const detail = await orHttpError(getPlatform(db(), access.key));
			return fail(409, { form, entryId, values: typedValues(formData), errors: {}, message: cause.message, version: detail.version, current: currentText(detail, entryId ?? 0) });
		}
		return refused(cause, form, formData, { entryId });
	}
	if (enhanced(event.request)) return { form, entryId, saved: true, version } satisfies BuilderResult;
	back(access, { ok: 'enregistre' }, form === 'entry' ? `entree-${entryId}` : 'presentation');
}

/** The editor's actions, for the private link's page and the owner's page alike. */
export function editorActions(accessOf: (event: Event) => EditorAccess) {
	return {
		presentation: async (event: Event) => {
			const access = accessOf(event);
			return saveText(
				event,
				access,
				'presentation',
				['title', 'candidateName', 'introduction'],
				(formData, basis) =>
					updatePresentation(db(), access.key, { title: textOf(formData, 'title'), candidateName: textOf(formData, 'candidateName'), introduction: textOf(formData, 'introduction') }, basis),
				(detail) => ({ title: detail.title, candidateName: detail.candidateName, introduction: detail.introduction })
			);
		},
		engagement: async (event: Event) => {
			const access = accessOf(event);
			return saveText(
				event,
				access,
				'entry',
				['title', 'details'],
				(formData, basis) => updateEntry(db(), access.key, entryIdOf(formData), { title: textOf(formData, 'title'), details: textOf(formData, 'details') }, basis),
				(detail, entryId) => {
					const entry = detail.entries.find((candidate) => candidate.id === entryId);
					return entry && { title: entry.title, details: entry.details };
				}
			);
		},
		ajouter: async (event: Event) => {
			const access = accessOf(event);
			const formData = await event.request.formData();
			const commitmentId = Number(formData.get('commitmentId'));
			let added: Awaited<ReturnType<typeof addCommitment>>;
			try {
				added = await addCommitment(db(), access.key, commitmentId);
			} catch (cause) {
				return refused(cause, 'add', formData);
			}
			back(access, { ok: added.added ? 'ajoute' : 'deja', ...(formData.get('vue') === 'toutes' ? { suggestions: 'toutes' } : {}) }, `suggestion-${commitmentId}`);
		},
		personnel: async (event: Event) => {
			const access = accessOf(event);
			const formData = await event.request.formData();
			let created: Awaited<ReturnType<typeof addOwnEntry>>;
			try {
				created = await addOwnEntry(db(), access.key, { title: textOf(formData, 'title'), details: textOf(formData, 'details'), themeId: textOf(formData, 'themeId') });
			} catch (cause) {
				return refused(cause, 'own', formData);
			}
			back(access, { ok: 'personnel' }, `entree-${created.entryId}`);
		},
		deplacer: async (event: Event) => {
			const access = accessOf(event);
			const formData = await event.request.formData();
			const entryId = entryIdOf(formData);
			try {
				await moveEntry(db(), access.key, entryId, directionOf(formData));
			} catch (cause) {
				return refused(cause, 'move', formData, { entryId });
			}
			back(access, { ok: 'deplace', entree: entryId }, `entree-${entryId}`);
		},
		deplacerTheme: async (event: Event) => {
			const access = accessOf(event);
			const formData = await event.request.formData();
			const themeId = Number(formData.get('themeId'));
			try {
				await moveTheme(db(), access.key, themeId, directionOf(formData));
			} catch (cause) {
				return refused(cause, 'moveTheme', formData);
			}
			back(access, { ok: 'theme', theme: themeId }, `theme-${themeId}`);
		},
		retirer: async (event: Event) => {
			const access = accessOf(event);
			const formData = await event.request.formData();
			try {
				await removeEntry(db(), access.key, entryIdOf(formData));
			} catch (cause) {
				return refused(cause, 'remove', formData, { entryId: entryIdOf(formData) });
			}
			back(access, { ok: 'retire' }, 'engagements');
		},
		choix: async (event: Event) => {
			const access = accessOf(event);
			const formData = await event.request.formData();
			const detail = await orHttpError(getPlatform(db(), access.key));
			const checked = await checkChoices(db(), await loadEditionTerms(db(), detail.editionId), readChoicesForm(formData));
			try {
				await updateChoices(db(), access.key, checked);
			} catch (cause) {
				return refused(cause, 'choices', formData, { choices: checked.choices.map(municipalityView), themeIds: formData.getAll('themes').map(Number), clienteleIds: formData.getAll('clienteles').map(Number) });
			}
			back(access, { ok: 'choix' }, 'suggestions');
		},
		rattacher: async (event: Event) => {
			const access = accessOf(event);
			const formData = await event.request.formData();
			if (!access.userId) error(403, m.electoral_builder_sign_in_first());
			try {
				await claimPlatform(db(), access.key, access.userId);
			} catch (cause) {
				return refused(cause, 'claim', formData);
			}
			back(access, { ok: 'rattachee' }, 'contenu');
		}
	};
}

/** What the print-ready preview shows: the platform as the document reads, with links back. */
export async function loadPreview(access: EditorAccess) {
	const { detail, edition, terms, commitments, classes } = await platformContext(access.key);
	return {
		outline: platformOutline(detail, edition, terms, commitments, classes),
		links: { editor: access.basePath, docx: `${access.basePath}/plateforme.docx` }
	};
}

/** The .docx download; each one is counted for the activity report. */
export async function downloadPlatform(access: EditorAccess, url: URL): Promise<Response> {
	const { detail, edition, terms, commitments, classes } = await platformContext(access.key);
	const { body, filename } = await platformFile(platformOutline(detail, edition, terms, commitments, classes), platform().config.origin ?? url.origin);
	await recordPlatformExport(db(), detail.id);
	try {
		await countEvent(db(), ELECTORAL_AUDIENCE_SCOPE, PLATFORM_EXPORT_EVENT);
	} catch (cause) {
		// Audience figures never cost a candidate their document.
		platform().logger.warn({ err: cause }, 'comptage du téléchargement impossible');
	}
	const response = attachment(body, filename, 'docx');
	response.headers.set('x-robots-tag', 'noindex, nofollow');
	return response;
}
