import { and, eq } from 'drizzle-orm';
import { beforeAll, expect, test } from 'vitest';
import { describeOnEachDatabase } from '../../../db/test-databases';
import { auditEntry } from '../../../platform/audit/schema';
import type { Actor } from '../../../platform/roles';
import { createEdition } from '../editions';
import { answerQuestion, startAttempt } from '../quiz/service';
import { electoralQuizQuestion } from '../schema';
import { createQuizQuestion, deleteQuizQuestion, getQuizQuestion, listQuizQuestions, moveQuizQuestion, questionValues, updateQuizQuestion } from './quiz';

const staff: Actor = { role: 'staff', userId: 'quiz-staff', organisationIds: [], regionCodes: [] };
const member: Actor = { role: 'member', userId: 'quiz-member', organisationIds: [], regionCodes: [] };

const question = (prompt: string, changes: Record<string, string> = {}) => ({
	prompt,
	choice1: '10 %',
	choice2: '',
	choice3: '25 %',
	choice4: '50 %',
	correctChoice: '3',
	explanation: 'Le quart des ménages consacre plus de 30 % de son revenu au logement.',
	sourceLabel: 'Statistique Canada',
	sourceUrl: 'https://www.statcan.gc.ca/',
	status: 'published',
	...changes
});

describeOnEachDatabase('electoral back office: quiz questions', (context) => {
	let editionId: number;
	beforeAll(async () => {
		editionId = (await createEdition(context.db, { slug: 'quiz-2029', name: 'Municipalités 2029', electionDate: '2029-11-04' })).id;
	});
	const prompts = async () => (await listQuizQuestions(context.db, staff, editionId)).map((entry) => entry.prompt);

	test('a question keeps its written choices in order, the right one among them, and is audited', async () => {
		const row = await createQuizQuestion(context.db, staff, editionId, question('Quelle part des ménages consacre trop à se loger ?'));
		expect(row).toMatchObject({ choices: ['10 %', '25 %', '50 %'], correctChoice: 1, position: 0, sourceUrl: 'https://www.statcan.gc.ca/' });
		const values = questionValues(row);
		expect(values).toMatchObject({ choice1: '10 %', choice2: '25 %', choice3: '50 %', choice4: '', choice6: '', correctChoice: '2' });
		const [audit] = await context.db
			.select()
			.from(auditEntry)
			.where(and(eq(auditEntry.entityType, 'electoral_quiz_question'), eq(auditEntry.entityId, String(row.id))));
		expect(audit).toMatchObject({ action: 'electoral.quiz_question.create', after: { choices: ['10 %', '25 %', '50 %'], correctChoice: 1 } });
		await expect(createQuizQuestion(context.db, member, editionId, question('Refusée parce que membre ?'))).rejects.toMatchObject({ code: 'forbidden' });
	});

	test('wrong input is explained field by field in French', async () => {
		await expect(
			createQuizQuestion(context.db, staff, editionId, {
				prompt: 'Court',
				choice1: 'Oui',
				choice2: '',
				correctChoice: '2',
				explanation: '',
				sourceLabel: '',
				sourceUrl: 'http://exemple.ca',
				status: 'visible'
			})
		).rejects.toMatchObject({
			code: 'invalid_input',
			fields: {
				prompt: 'Écrivez la question en au moins 10 caractères.',
				choices: 'Écrivez au moins deux choix de réponse.',
				correctChoice: 'La bonne réponse doit être un choix écrit.',
				explanation: 'Expliquez la bonne réponse en au moins 10 caractères.',
				sourceUrl: 'Écrivez une adresse complète qui commence par https://.',
				status: 'Choisissez un statut.'
			}
		});
		await expect(createQuizQuestion(context.db, staff, editionId, question('Deux choix pareils, est-ce permis ?', { choice4: '10 %' }))).rejects.toMatchObject({
			fields: { choices: 'Deux choix sont identiques : chaque choix doit être différent.' }
		});
		await expect(createQuizQuestion(context.db, staff, editionId, question('Une source sans nom est-elle permise ?', { sourceLabel: '' }))).rejects.toMatchObject({
			fields: { sourceLabel: 'Nommez la source de ce lien.' }
		});
		await expect(createQuizQuestion(context.db, staff, editionId, question('Sans bonne réponse cochée ?', { correctChoice: '' }))).rejects.toMatchObject({
			fields: { correctChoice: 'Indiquez la bonne réponse.' }
		});
		expect(await prompts()).toHaveLength(1);
	});

	test('an edit saves from the version it started from; a stale one is refused', async () => {
		const row = await createQuizQuestion(context.db, staff, editionId, question('Combien de municipalités compte le Québec ?'));
		const opened = questionValues(row);
		const edited = await updateQuizQuestion(context.db, staff, editionId, row.id, { ...opened, choice5: 'Plus de 1 100', correctChoice: '5' });
		expect(edited).toMatchObject({ choices: ['10 %', '25 %', '50 %', 'Plus de 1 100'], correctChoice: 3 });
		await expect(updateQuizQuestion(context.db, staff, editionId, row.id, { ...opened, prompt: 'Écrite en même temps ?' })).rejects.toMatchObject({
			code: 'conflict',
			message: expect.stringContaining('Quelqu’un a modifié cette question')
		});
		expect((await getQuizQuestion(context.db, staff, editionId, row.id)).prompt).toBe('Combien de municipalités compte le Québec ?');
	});

	test('questions move up and down, and a deleted one takes its answers with it', async () => {
		const third = await createQuizQuestion(context.db, staff, editionId, question('Qui adopte le budget municipal ?'));
		await moveQuizQuestion(context.db, staff, editionId, third.id, 'up');
		expect(await prompts()).toEqual(['Quelle part des ménages consacre trop à se loger ?', 'Qui adopte le budget municipal ?', 'Combien de municipalités compte le Québec ?']);
		await moveQuizQuestion(context.db, staff, editionId, third.id, 'up');
		await moveQuizQuestion(context.db, staff, editionId, third.id, 'up');
		expect((await prompts())[0]).toBe('Qui adopte le budget municipal ?');

		const attempt = await startAttempt(context.db, editionId);
		await answerQuestion(context.db, attempt, third.id, 1);
		expect((await listQuizQuestions(context.db, staff, editionId))[0]).toMatchObject({ answers: 1, correctAnswers: 1 });

		await deleteQuizQuestion(context.db, staff, editionId, third.id);
		expect(await context.db.select().from(electoralQuizQuestion).where(eq(electoralQuizQuestion.id, third.id))).toEqual([]);
		expect(await prompts()).toHaveLength(2);
		await expect(deleteQuizQuestion(context.db, staff, editionId, third.id)).rejects.toMatchObject({ code: 'not_found' });
		const audits = await context.db.select().from(auditEntry).where(and(eq(auditEntry.entityType, 'electoral_quiz_question'), eq(auditEntry.entityId, String(third.id))));
		expect(audits.map((entry) => entry.action).sort()).toEqual([
			'electoral.quiz_question.create',
			'electoral.quiz_question.delete',
			'electoral.quiz_question.move',
			'electoral.quiz_question.move'
		]);
	});
});
