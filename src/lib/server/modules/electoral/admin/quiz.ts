import { and, asc, eq, sql } from 'drizzle-orm';
import { z } from 'zod';
import type { Database } from '../../../db/types';
import { recordAudit } from '../../../platform/audit/service';
import { AppError } from '../../../platform/errors';
import { assertCan } from '../../../platform/permissions';
import type { Actor } from '../../../platform/roles';
import { fieldErrors } from '../../../platform/validation';
import { ELECTORAL_STATUSES, electoralQuizQuestion, type ElectoralStatus } from '../schema';
import { textOf, type FormValues } from '../../../platform/form-values';
import { moveRow, parseDirection } from '../../../platform/reorder';
import { INVALID_FORM, longText } from '../../../platform/validation';

export const QUIZ_CHOICES_MAX = 6;
export const QUIZ_CHOICES_MIN = 2;
/** choice1 … choice6: a form always offers six fields; the empty ones are left out. */
export const CHOICE_FIELDS = Array.from({ length: QUIZ_CHOICES_MAX }, (_, index) => `choice${index + 1}`);

export const STALE_QUESTION_MESSAGE =
	'Quelqu’un a modifié cette question pendant que vous la corrigiez. Vos changements sont gardés ci-dessous : relisez la question puis enregistrez de nouveau.';

export type QuestionRow = typeof electoralQuizQuestion.$inferSelect;
export type QuestionSummary = { id: number; position: number; prompt: string; choiceCount: number; status: ElectoralStatus; isDemo: boolean; answers: number; correctAnswers: number };

const questionSchema = z.object({
	prompt: longText(500, 'La question ne peut dépasser 500 caractères.').pipe(z.string().min(10, 'Écrivez la question en au moins 10 caractères.')),
	explanation: longText(2000, 'L’explication ne peut dépasser 2 000 caractères.').pipe(z.string().min(10, 'Expliquez la bonne réponse en au moins 10 caractères.')),
	sourceLabel: z.string().trim().max(200, 'Le nom de la source ne peut dépasser 200 caractères.').default(''),
	sourceUrl: z
		.string()
		.trim()
		.max(500, 'L’adresse ne peut dépasser 500 caractères.')
		.default('')
		.refine((url) => url === '' || z.url({ protocol: /^https$/ }).safeParse(url).success, 'Écrivez une adresse complète qui commence par https://.'),
	status: z.enum(ELECTORAL_STATUSES, 'Choisissez un statut.')
});

type QuestionInput = z.infer<typeof questionSchema> & { choices: string[]; correctChoice: number };

/** The choices as written, the empty fields left out, and the right one's place among those kept. */
function readChoices(values: FormValues, errors: Record<string, string>): { choices: string[]; correctChoice: number } {
	const written = CHOICE_FIELDS.map((field) => textOf(values[field]).trim());
	written.forEach((choice, index) => {
		if (choice.length > 200) errors[CHOICE_FIELDS[index]] = 'Un choix ne peut dépasser 200 caractères.';
	});
	const choices = written.filter(Boolean);
	if (choices.length < QUIZ_CHOICES_MIN) errors.choices = 'Écrivez au moins deux choix de réponse.';
	else if (new Set(choices.map((choice) => choice.toLocaleLowerCase('fr'))).size < choices.length) errors.choices = 'Deux choix sont identiques : chaque choix doit être différent.';
	const correctField = Number(textOf(values.correctChoice));
	const correctText = written[correctField - 1];
	if (!correctText) errors.correctChoice = textOf(values.correctChoice) ? 'La bonne réponse doit être un choix écrit.' : 'Indiquez la bonne réponse.';
	return { choices, correctChoice: correctText ? choices.indexOf(correctText) : -1 };
}

function validateQuestion(values: FormValues): QuestionInput {
	const parsed = questionSchema.safeParse(values);
	const errors = parsed.success ? {} : fieldErrors(parsed.error);
	const { choices, correctChoice } = readChoices(values, errors);
	if (parsed.success && Boolean(parsed.data.sourceLabel) !== Boolean(parsed.data.sourceUrl)) {
		if (parsed.data.sourceUrl) errors.sourceLabel = 'Nommez la source de ce lien.';
		else errors.sourceUrl = 'Ajoutez l’adresse de la source, qui commence par https://.';
	}
	if (!parsed.success || Object.keys(errors).length > 0) throw new AppError('invalid_input', INVALID_FORM, errors);
	return { ...parsed.data, choices, correctChoice };
}

/** A question as its form shows it: its choices in the first fields, the right one by its field number. */
export function questionValues(row: QuestionRow): FormValues {
	return {
		prompt: row.prompt,
		...Object.fromEntries(CHOICE_FIELDS.map((field, index) => [field, row.choices[index] ?? ''])),
		correctChoice: String(row.correctChoice + 1),
		explanation: row.explanation,
		sourceLabel: row.sourceLabel,
		sourceUrl: row.sourceUrl,
		status: row.status,
		updatedAt: row.updatedAt.toISOString()
	};
}

const snapshot = (row: QuestionRow) => ({
	prompt: row.prompt,
	choices: row.choices,
	correctChoice: row.correctChoice,
	explanation: row.explanation,
	sourceLabel: row.sourceLabel,
	sourceUrl: row.sourceUrl,
	status: row.status,
	position: row.position
});

const auditQuestion = (tx: Database, actor: Actor, action: string, id: number, before: unknown, after: unknown) =>
	recordAudit(tx, { actorId: actor.userId, action, entityType: 'electoral_quiz_question', entityId: String(id), before, after });

const ofEdition = (editionId: number) => eq(electoralQuizQuestion.editionId, editionId);

/** The edition's questions in the order players get them, with how often each was answered, and answered right. */
export async function listQuizQuestions(db: Database, actor: Actor, editionId: number): Promise<QuestionSummary[]> {
	assertCan(actor, 'electoral.manage');
	return db
		.select({
			id: electoralQuizQuestion.id,
			position: electoralQuizQuestion.position,
			prompt: electoralQuizQuestion.prompt,
			choiceCount: sql<number>`jsonb_array_length(${electoralQuizQuestion.choices})::int`,
			status: electoralQuizQuestion.status,
			isDemo: electoralQuizQuestion.isDemo,
			answers: sql<number>`(select count(*) from electoral_quiz_answer a where a.question_id = electoral_quiz_question.id)::int`,
			correctAnswers: sql<number>`(select count(*) from electoral_quiz_answer a where a.question_id = electoral_quiz_question.id and a.correct)::int`
		})
		.from(electoralQuizQuestion)
		.where(ofEdition(editionId))
		.orderBy(asc(electoralQuizQuestion.position), asc(electoralQuizQuestion.id));
}

export async function getQuizQuestion(db: Database, actor: Actor, editionId: number, id: number): Promise<QuestionRow> {
	assertCan(actor, 'electoral.manage');
	return questionOf(db, editionId, id);
}

/** The question of this edition, locked until the transaction ends when `lock` is set. */
async function questionOf(db: Database, editionId: number, id: number, lock = false): Promise<QuestionRow> {
	const query = db
		.select()
		.from(electoralQuizQuestion)
		.where(and(eq(electoralQuizQuestion.id, id), ofEdition(editionId)));
	const [row] = Number.isSafeInteger(id) ? await (lock ? query.for('update') : query) : [];
	if (!row) throw new AppError('not_found', 'Cette question n’existe pas dans cette édition.');
	return row;
}

/** Adds a question at the end of the quiz. */
export async function createQuizQuestion(db: Database, actor: Actor, editionId: number, values: FormValues): Promise<QuestionRow> {
	assertCan(actor, 'electoral.manage');
	const input = validateQuestion(values);
	return db.transaction(async (tx) => {
		const [last] = await tx
			.select({ position: sql<number | null>`max(${electoralQuizQuestion.position})` })
			.from(electoralQuizQuestion)
			.where(ofEdition(editionId));
		const position = last.position === null ? 0 : Number(last.position) + 1;
		const [row] = await tx
			.insert(electoralQuizQuestion)
			.values({ editionId, position, ...input })
			.returning();
		await auditQuestion(tx, actor, 'electoral.quiz_question.create', row.id, null, snapshot(row));
		return row;
	});
}

/**
 * Saves an edit. `expectedUpdatedAt` is when the question had last changed as the editor opened it:
 * when someone saved in between, nothing is written.
 */
export async function updateQuizQuestion(db: Database, actor: Actor, editionId: number, id: number, values: FormValues): Promise<QuestionRow> {
	assertCan(actor, 'electoral.manage');
	const input = validateQuestion(values);
	return db.transaction(async (tx) => {
		const before = await questionOf(tx, editionId, id, true);
		const expected = textOf(values.updatedAt);
		if (expected && expected !== before.updatedAt.toISOString()) throw new AppError('conflict', STALE_QUESTION_MESSAGE);
		const [row] = await tx
			.update(electoralQuizQuestion)
			.set({ ...input, updatedAt: new Date() })
			.where(eq(electoralQuizQuestion.id, id))
			.returning();
		await auditQuestion(tx, actor, 'electoral.quiz_question.update', id, snapshot(before), snapshot(row));
		return row;
	});
}

/** Moves a question one place up or down in the quiz. */
export async function moveQuizQuestion(db: Database, actor: Actor, editionId: number, id: number, direction: unknown): Promise<QuestionRow> {
	assertCan(actor, 'electoral.manage');
	const towards = parseDirection(direction);
	return db.transaction(async (tx) => {
		const question = await questionOf(tx, editionId, id, true);
		const ordered = await tx
			.select({ id: electoralQuizQuestion.id, position: electoralQuizQuestion.position })
			.from(electoralQuizQuestion)
			.where(ofEdition(editionId))
			.orderBy(asc(electoralQuizQuestion.position), asc(electoralQuizQuestion.id))
			.for('update');
		const place = await moveRow(
			ordered,
			id,
			towards,
			(row) => row.position,
			(rowId, position) => tx.update(electoralQuizQuestion).set({ position }).where(eq(electoralQuizQuestion.id, rowId))
		);
		if (!place) return question;
		await auditQuestion(tx, actor, 'electoral.quiz_question.move', id, { position: place.from }, { position: place.to });
		return { ...question, position: place.to - 1 };
	});
}

/** Deletes a question and, with it, the answers players gave to it. */
export async function deleteQuizQuestion(db: Database, actor: Actor, editionId: number, id: number): Promise<QuestionRow> {
	assertCan(actor, 'electoral.manage');
	return db.transaction(async (tx) => {
		const before = await questionOf(tx, editionId, id, true);
		await tx.delete(electoralQuizQuestion).where(eq(electoralQuizQuestion.id, id));
		await auditQuestion(tx, actor, 'electoral.quiz_question.delete', id, snapshot(before), null);
		return before;
	});
}
