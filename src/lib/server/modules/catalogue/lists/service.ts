import { and, asc, count, desc, eq, sql } from 'drizzle-orm';
import { z } from 'zod';
import { itemPath } from '$lib/catalogue';
import type { Database } from '../../../db/types';
import { recordAudit } from '../../../platform/audit/service';
import { AppError } from '../../../platform/errors';
import { assertCan } from '../../../platform/permissions';
import type { Actor } from '../../../platform/roles';
import { authUser } from '../../accounts/schema';
import { catalogueItem, catalogueList, catalogueListEntry, type CatalogueKind } from '../schema';
import { loadTerms } from '../terms';

export const LIST_LIMITS = { listsPerPerson: 50, name: 120, description: 1000, note: 2000 } as const;

/** Line ends as one character, so that a note's length is the one the person sees in the field. */
const singleLineEnds = (text: string) => text.replace(/\r\n?/g, '\n');

export const listInputSchema = z.object({
	name: z
		.string('Nommez la liste.')
		.trim()
		.min(1, 'Nommez la liste.')
		.max(LIST_LIMITS.name, `Le nom ne peut dépasser ${LIST_LIMITS.name} caractères.`),
	description: z
		.string()
		.transform(singleLineEnds)
		.pipe(z.string().trim().max(LIST_LIMITS.description, 'La description ne peut dépasser 1 000 caractères.'))
		.default('')
});
export type ListInput = z.input<typeof listInputSchema>;

const noteSchema = z
	.string()
	.transform(singleLineEnds)
	.pipe(z.string().trim().max(LIST_LIMITS.note, 'La note ne peut dépasser 2 000 caractères.'));

const positionSchema = z.coerce
	.number('Écrivez un nombre.')
	.int('Écrivez un nombre entier.')
	.min(1, 'La première position est 1.');

export type ListSummary = { id: string; name: string; description: string; itemCount: number; updatedAt: Date; containsItem: boolean };

export type ListEntry = {
	itemId: number;
	position: number;
	note: string;
	addedAt: Date;
	kind: CatalogueKind;
	title: string;
	description: string;
	placeName: string | null;
	regionName: string | null;
	year: number | null;
	themes: string[];
	clienteles: string[];
	/** Null once the item is no longer published: its page is gone, the entry and its note stay. */
	path: string | null;
};

export type ListDetail = { id: string; name: string; description: string; createdAt: Date; updatedAt: Date; entries: ListEntry[] };

/** One place up or down, or a position typed in the form (1 is the top). */
export type MoveTarget = 'up' | 'down' | { position: unknown };

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

const listNotFound = () => new AppError('not_found', 'Cette liste n’existe pas.');
// A conflict rather than a 404: the list is there, and a second click on « Retirer » deserves a message, not an error page.
const entryMissing = () => new AppError('conflict', 'Cette fiche n’est plus dans la liste.');

function invalid(error: z.ZodError, field?: string): AppError {
	const fields: Record<string, string> = {};
	for (const issue of error.issues) fields[field ?? String(issue.path[0] ?? 'form')] ??= issue.message;
	return new AppError('invalid_input', 'Vérifiez les champs signalés.', fields);
}

/** The signed-in person who owns the lists; lists are private, so the actor is always their owner. */
function ownerOf(actor: Actor): string {
	assertCan(actor, 'catalogue.lists');
	if (!actor.userId) throw new AppError('forbidden', 'Connectez-vous pour enregistrer des listes.');
	return actor.userId;
}

/** Locks the list for the rest of the transaction, so that concurrent changes to its entries run one after the other. */
async function lockOwnList(tx: Database, ownerId: string, listId: string): Promise<{ id: string; name: string }> {
	if (!UUID.test(listId)) throw listNotFound();
	const [row] = await tx
		.select({ id: catalogueList.id, name: catalogueList.name })
		.from(catalogueList)
		.where(and(eq(catalogueList.id, listId), eq(catalogueList.ownerId, ownerId)))
		.for('update');
	if (!row) throw listNotFound();
	return row;
}

const touch = (tx: Database, listId: string) => tx.update(catalogueList).set({ updatedAt: new Date() }).where(eq(catalogueList.id, listId));

const audit = (tx: Database, ownerId: string, action: string, listId: string, after?: unknown) =>
	recordAudit(tx, { actorId: ownerId, action: `catalogue.list.${action}`, entityType: 'catalogue_list', entityId: listId, after });

async function insertList(tx: Database, ownerId: string, raw: ListInput): Promise<{ id: string; name: string }> {
	const parsed = listInputSchema.safeParse(raw);
	if (!parsed.success) throw invalid(parsed.error);
	// The person's row is the lock that makes the limit hold when two lists are created at once.
	await tx.select({ id: authUser.id }).from(authUser).where(eq(authUser.id, ownerId)).for('no key update');
	const [{ total }] = await tx.select({ total: count() }).from(catalogueList).where(eq(catalogueList.ownerId, ownerId));
	if (total >= LIST_LIMITS.listsPerPerson) {
		throw new AppError(
			'conflict',
			`Vous avez déjà ${LIST_LIMITS.listsPerPerson} listes, le maximum : supprimez-en une avant d’en créer une autre.`,
			{ name: `Vous avez atteint le maximum de ${LIST_LIMITS.listsPerPerson} listes.` }
		);
	}
	const [created] = await tx.insert(catalogueList).values({ ownerId, ...parsed.data }).returning({ id: catalogueList.id, name: catalogueList.name });
	await audit(tx, ownerId, 'create', created.id);
	return created;
}

export async function createList(db: Database, actor: Actor, raw: ListInput): Promise<{ id: string; name: string }> {
	const ownerId = ownerOf(actor);
	return db.transaction((tx) => insertList(tx, ownerId, raw));
}

export async function updateList(db: Database, actor: Actor, listId: string, raw: ListInput): Promise<{ id: string; name: string }> {
	const ownerId = ownerOf(actor);
	const parsed = listInputSchema.safeParse(raw);
	if (!parsed.success) throw invalid(parsed.error);
	return db.transaction(async (tx) => {
		await lockOwnList(tx, ownerId, listId);
		await tx
			.update(catalogueList)
			.set({ ...parsed.data, updatedAt: new Date() })
			.where(eq(catalogueList.id, listId));
		await audit(tx, ownerId, 'update', listId);
		return { id: listId, name: parsed.data.name };
	});
}

/** Deletes the list and its entries (and the notes on them). */
export async function deleteList(db: Database, actor: Actor, listId: string): Promise<{ name: string }> {
	const ownerId = ownerOf(actor);
	return db.transaction(async (tx) => {
		const list = await lockOwnList(tx, ownerId, listId);
		await tx.delete(catalogueList).where(eq(catalogueList.id, listId));
		await audit(tx, ownerId, 'delete', listId);
		return { name: list.name };
	});
}

async function appendItem(tx: Database, ownerId: string, listId: string, itemId: number): Promise<{ added: boolean; position: number }> {
	const [item] = Number.isSafeInteger(itemId)
		? await tx
				.select({ id: catalogueItem.id })
				.from(catalogueItem)
				.where(and(eq(catalogueItem.id, itemId), eq(catalogueItem.status, 'published')))
		: [];
	if (!item) throw new AppError('invalid_input', 'Seules les fiches publiées de la Banque peuvent être ajoutées à une liste.');
	const [existing] = await tx
		.select({ position: catalogueListEntry.position })
		.from(catalogueListEntry)
		.where(and(eq(catalogueListEntry.listId, listId), eq(catalogueListEntry.itemId, itemId)));
	if (existing) return { added: false, position: existing.position };
	const [{ last }] = await tx
		.select({ last: sql<number>`coalesce(max(${catalogueListEntry.position}), 0)::int` })
		.from(catalogueListEntry)
		.where(eq(catalogueListEntry.listId, listId));
	const position = last + 1;
	await tx.insert(catalogueListEntry).values({ listId, itemId, position });
	await touch(tx, listId);
	await audit(tx, ownerId, 'add', listId, { itemId, position });
	return { added: true, position };
}

/** Adds a published item at the end of the list; adding it again changes nothing and says so (`added: false`). */
export async function addItem(db: Database, actor: Actor, listId: string, itemId: number): Promise<{ added: boolean; position: number; name: string }> {
	const ownerId = ownerOf(actor);
	return db.transaction(async (tx) => {
		const list = await lockOwnList(tx, ownerId, listId);
		return { ...(await appendItem(tx, ownerId, listId, itemId)), name: list.name };
	});
}

/**
 * The « Ajouter à une liste » form of an item's page: an existing list, or a new one named in the
 * same form, created and filled in one transaction.
 */
export async function addItemToChosenList(
	db: Database,
	actor: Actor,
	itemId: number,
	choice: { listId: string; newListName: string }
): Promise<{ listId: string; name: string; added: boolean; position: number }> {
	const ownerId = ownerOf(actor);
	if (choice.listId) {
		const result = await addItem(db, actor, choice.listId, itemId);
		return { listId: choice.listId, ...result };
	}
	return db.transaction(async (tx) => {
		const list = await insertList(tx, ownerId, { name: choice.newListName }).catch((cause: unknown) => {
			if (cause instanceof AppError && cause.fields.name) throw new AppError(cause.code, cause.message, { newListName: cause.fields.name });
			throw cause;
		});
		return { listId: list.id, name: list.name, ...(await appendItem(tx, ownerId, list.id, itemId)) };
	});
}

/** The entries of a locked list in their order, numbered 1..n whatever gaps or ties an older write left. */
async function lockedOrder(tx: Database, listId: string): Promise<number[]> {
	const rows = await tx
		.select({ itemId: catalogueListEntry.itemId })
		.from(catalogueListEntry)
		.where(eq(catalogueListEntry.listId, listId))
		.orderBy(asc(catalogueListEntry.position), asc(catalogueListEntry.addedAt), asc(catalogueListEntry.itemId))
		.for('update');
	return rows.map((row) => row.itemId);
}

/** The title of an item of the list, which the confirmation names; « not found » when the item is not in the list. */
async function entryTitle(tx: Database, listId: string, itemId: number): Promise<string> {
	const [row] = Number.isSafeInteger(itemId)
		? await tx
				.select({ title: catalogueItem.title })
				.from(catalogueListEntry)
				.innerJoin(catalogueItem, eq(catalogueItem.id, catalogueListEntry.itemId))
				.where(and(eq(catalogueListEntry.listId, listId), eq(catalogueListEntry.itemId, itemId)))
		: [];
	if (!row) throw entryMissing();
	return row.title;
}

/** Writes positions 1..n in the given order, in one statement. */
async function writeOrder(tx: Database, listId: string, order: number[]): Promise<void> {
	if (order.length === 0) return;
	const ids = sql.join(
		order.map((id) => sql`${id}`),
		sql`, `
	);
	await tx.execute(sql`
		update catalogue_list_entry as entry set position = ordered.position::int
		from unnest(array[${ids}]::int[]) with ordinality as ordered(item_id, position)
		where entry.list_id = ${listId} and entry.item_id = ordered.item_id and entry.position <> ordered.position`);
}

export async function removeItem(db: Database, actor: Actor, listId: string, itemId: number): Promise<{ title: string }> {
	const ownerId = ownerOf(actor);
	return db.transaction(async (tx) => {
		await lockOwnList(tx, ownerId, listId);
		const title = await entryTitle(tx, listId, itemId);
		const order = await lockedOrder(tx, listId);
		await tx.delete(catalogueListEntry).where(and(eq(catalogueListEntry.listId, listId), eq(catalogueListEntry.itemId, itemId)));
		await writeOrder(
			tx,
			listId,
			order.filter((id) => id !== itemId)
		);
		await touch(tx, listId);
		await audit(tx, ownerId, 'remove', listId, { itemId });
		return { title };
	});
}

/**
 * Moves an entry one place up or down, or to a position (a position past the end means the end). Returns the entry's new position and the number of entries.
 */
export async function moveItem(
	db: Database,
	actor: Actor,
	listId: string,
	itemId: number,
	target: MoveTarget
): Promise<{ position: number; total: number; title: string }> {
	const ownerId = ownerOf(actor);
	let wanted: number | null = null;
	if (typeof target === 'object') {
		const parsed = positionSchema.safeParse(target.position);
		if (!parsed.success) throw invalid(parsed.error, 'position');
		wanted = parsed.data;
	}
	return db.transaction(async (tx) => {
		await lockOwnList(tx, ownerId, listId);
		const title = await entryTitle(tx, listId, itemId);
		const order = await lockedOrder(tx, listId);
		const from = order.indexOf(itemId);
		const step = target === 'up' ? -1 : 1;
		const to = Math.min(Math.max(wanted === null ? from + step : wanted - 1, 0), order.length - 1);
		order.splice(from, 1);
		order.splice(to, 0, itemId);
		await writeOrder(tx, listId, order);
		if (to !== from) {
			await touch(tx, listId);
			await audit(tx, ownerId, 'move', listId, { itemId, position: to + 1 });
		}
		return { position: to + 1, total: order.length, title };
	});
}

export async function annotateItem(db: Database, actor: Actor, listId: string, itemId: number, note: string): Promise<{ title: string }> {
	const ownerId = ownerOf(actor);
	const parsed = noteSchema.safeParse(note);
	if (!parsed.success) throw invalid(parsed.error, 'note');
	return db.transaction(async (tx) => {
		await lockOwnList(tx, ownerId, listId);
		const title = await entryTitle(tx, listId, itemId);
		await tx
			.update(catalogueListEntry)
			.set({ note: parsed.data })
			.where(and(eq(catalogueListEntry.listId, listId), eq(catalogueListEntry.itemId, itemId)));
		await touch(tx, listId);
		// The note itself stays out of the journal: it is the person's own text, erased with the list.
		await audit(tx, ownerId, 'annotate', listId, { itemId });
		return { title };
	});
}

/** The person's lists, most recently changed first, with how many items each holds (and whether it holds `containing`). */
export async function listMyLists(db: Database, actor: Actor, options: { containing?: number } = {}): Promise<ListSummary[]> {
	const ownerId = ownerOf(actor);
	const containing = options.containing ?? 0;
	const rows = await db
		.select({
			id: catalogueList.id,
			name: catalogueList.name,
			description: catalogueList.description,
			updatedAt: catalogueList.updatedAt,
			itemCount: sql<number>`count(${catalogueListEntry.itemId})::int`,
			containsItem: sql<boolean>`coalesce(bool_or(${catalogueListEntry.itemId} = ${containing}), false)`
		})
		.from(catalogueList)
		.leftJoin(catalogueListEntry, eq(catalogueListEntry.listId, catalogueList.id))
		.where(eq(catalogueList.ownerId, ownerId))
		.groupBy(catalogueList.id)
		.orderBy(desc(catalogueList.updatedAt), asc(catalogueList.name));
	return rows;
}

/** One of the person's lists with its items in order; anyone else's list is « not found ». */
export async function getList(db: Database, actor: Actor, listId: string): Promise<ListDetail> {
	const ownerId = ownerOf(actor);
	if (!UUID.test(listId)) throw listNotFound();
	const [list] = await db
		.select({ id: catalogueList.id, name: catalogueList.name, description: catalogueList.description, createdAt: catalogueList.createdAt, updatedAt: catalogueList.updatedAt })
		.from(catalogueList)
		.where(and(eq(catalogueList.id, listId), eq(catalogueList.ownerId, ownerId)));
	if (!list) throw listNotFound();
	const [rows, terms] = await Promise.all([
		db
			.select({
				itemId: catalogueListEntry.itemId,
				position: catalogueListEntry.position,
				note: catalogueListEntry.note,
				addedAt: catalogueListEntry.addedAt,
				kind: catalogueItem.kind,
				title: catalogueItem.title,
				description: catalogueItem.description,
				status: catalogueItem.status,
				year: catalogueItem.year,
				themeIds: catalogueItem.themeIds,
				clienteleIds: catalogueItem.clienteleIds,
				placeName: sql<string | null>`coalesce((select name from municipality where code = ${catalogueItem.municipalityCode}), (select name from territory where code = ${catalogueItem.territoryCode}))`,
				regionName: sql<string | null>`(select name from region where code = ${catalogueItem.regionCode})`
			})
			.from(catalogueListEntry)
			.innerJoin(catalogueItem, eq(catalogueItem.id, catalogueListEntry.itemId))
			.where(eq(catalogueListEntry.listId, listId))
			.orderBy(asc(catalogueListEntry.position), asc(catalogueListEntry.addedAt), asc(catalogueListEntry.itemId)),
		loadTerms(db)
	]);
	const labels = (ids: number[]) => ids.map((id) => terms.byId.get(id)?.label).filter((label): label is string => label !== undefined);
	return {
		...list,
		entries: rows.map(({ status, themeIds, clienteleIds, ...row }) => ({
			...row,
			themes: labels(themeIds),
			clienteles: labels(clienteleIds),
			path: status === 'published' ? itemPath(row.kind, row.itemId) : null
		}))
	};
}
