import { sql } from 'drizzle-orm';
import { formatNumber } from '$lib/format';
import { m } from '$lib/paraglide/messages.js';
import { selectRows, type Database } from '../../db/types';
import { audienceIn } from '../../platform/analytics/service';
import type { Period, StatFigure } from '../../platform/manifest';

export const ELECTORAL_AUDIENCE_SCOPE = 'electoral';
/** Counted by the platform download, when it records one; older periods fall back on the platforms' export counts. */
export const PLATFORM_EXPORT_EVENT = 'platform-export';

export type QuestionFigures = { id: number; prompt: string; answers: number; successPercent: number };

export type EditionFigures = {
	id: number;
	slug: string;
	name: string;
	platformsStarted: number;
	platformsExported: number;
	/** Sum of the export counts of the platforms first exported in the period. */
	downloads: number;
	quizCompletions: number;
	/** Mean of the completed attempts' scores as a share of their questions; null without completion. */
	averageScorePercent: number | null;
	questions: QuestionFigures[];
};

export type ElectoralFigures = {
	visitorDays: number;
	/** Downloads counted as they happened, or the editions' sum when the period has no such count. */
	downloads: number;
	platformsStarted: number;
	platformsExported: number;
	quizCompletions: number;
	averageScorePercent: number | null;
	/** Editions with any platform or quiz activity in the period, the earliest election first. */
	editions: EditionFigures[];
};

const oneDecimal = (value: number) => Math.round(value * 10) / 10;
const sum = (editions: EditionFigures[], pick: (edition: EditionFigures) => number) => editions.reduce((total, edition) => total + pick(edition), 0);

/** The activity report's figures for Ma Plateforme électorale over a period, in total and by edition. */
export async function electoralFigures(db: Database, period: Period): Promise<ElectoralFigures> {
	const start = period.start.toISOString();
	const end = period.end.toISOString();
	const within = (column: string) => sql.raw(`${column} >= '${start}' and ${column} < '${end}'`);
	const [platforms, attempts, questions, audience] = await Promise.all([
		selectRows<{ edition_id: number; started: number; exported: number; downloads: number }>(
			db,
			sql`select edition_id,
					count(*) filter (where ${within('created_at')})::int as started,
					count(*) filter (where ${within('first_exported_at')})::int as exported,
					coalesce(sum(export_count) filter (where ${within('first_exported_at')}), 0)::int as downloads
				from electoral_platform group by edition_id`
		),
		selectRows<{ edition_id: number; completions: number; average: number | string | null }>(
			db,
			sql`select edition_id, count(*)::int as completions,
					avg(score * 100.0 / nullif(cardinality(question_ids), 0))::float8 as average
				from electoral_quiz_attempt where ${within('completed_at')} group by edition_id`
		),
		selectRows<{ id: number; edition_id: number; prompt: string; answers: number; correct: number }>(
			db,
			sql`select q.id, q.edition_id, q.prompt, count(*)::int as answers, count(*) filter (where a.correct)::int as correct
				from electoral_quiz_answer a join electoral_quiz_question q on q.id = a.question_id
				where ${within('a.answered_at')}
				group by q.id order by q.position, q.id`
		),
		audienceIn(db, ELECTORAL_AUDIENCE_SCOPE, period)
	]);

	const active = new Set([
		...platforms.filter((row) => row.started > 0 || row.exported > 0).map((row) => row.edition_id),
		...attempts.map((row) => row.edition_id),
		...questions.map((row) => row.edition_id)
	]);
	const editionRows = active.size
		? await selectRows<{ id: number; slug: string; name: string }>(
				db,
				sql`select id, slug, name from electoral_edition where id = any(${sql.raw(`'{${[...active].join(',')}}'::int[]`)}) order by election_date, id`
			)
		: [];
	const editions = editionRows.map((edition): EditionFigures => {
		const platform = platforms.find((row) => row.edition_id === edition.id);
		const quiz = attempts.find((row) => row.edition_id === edition.id);
		return {
			...edition,
			platformsStarted: platform?.started ?? 0,
			platformsExported: platform?.exported ?? 0,
			downloads: platform?.downloads ?? 0,
			quizCompletions: quiz?.completions ?? 0,
			averageScorePercent: quiz?.average == null ? null : oneDecimal(Number(quiz.average)),
			questions: questions
				.filter((row) => row.edition_id === edition.id)
				.map((row) => ({ id: row.id, prompt: row.prompt, answers: row.answers, successPercent: oneDecimal((row.correct * 100) / row.answers) }))
		};
	});

	const quizCompletions = sum(editions, (edition) => edition.quizCompletions);
	// The mean over all attempts, from the editions' unrounded means.
	const exactAverage = quizCompletions ? attempts.reduce((total, row) => total + Number(row.average ?? 0) * row.completions, 0) / quizCompletions : null;
	return {
		visitorDays: audience.visitorDays,
		downloads: audience.events[PLATFORM_EXPORT_EVENT] ?? sum(editions, (edition) => edition.downloads),
		platformsStarted: sum(editions, (edition) => edition.platformsStarted),
		platformsExported: sum(editions, (edition) => edition.platformsExported),
		quizCompletions,
		averageScorePercent: exactAverage === null ? null : oneDecimal(exactAverage),
		editions
	};
}

/** The figures as the activity report lists them; editions get their own lines when the period has several. */
export async function electoralStatFigures(db: Database, period: Period): Promise<StatFigure[]> {
	const figures = await electoralFigures(db, period);
	const byEdition = figures.editions.length > 1;
	const figuresOf = (prefix: string, values: Omit<ElectoralFigures, 'visitorDays' | 'editions'>, edition: string | null): StatFigure[] => {
		const named = (label: string) => (edition ? m.electoral_public_stat_of_edition({ label, edition }) : label);
		const lines: StatFigure[] = [
			{ key: `${prefix}.platforms.started`, label: () => named(m.electoral_public_stat_platforms_started()), value: values.platformsStarted, source: '/plateforme-electorale' },
			{ key: `${prefix}.platforms.exported`, label: () => named(m.electoral_public_stat_platforms_exported()), value: values.platformsExported, source: '/plateforme-electorale' },
			{ key: `${prefix}.platforms.downloads`, label: () => named(m.electoral_public_stat_downloads()), value: values.downloads, source: '/plateforme-electorale' },
			{ key: `${prefix}.quiz.completions`, label: () => named(m.electoral_public_stat_quiz_completions()), value: values.quizCompletions, source: '/plateforme-electorale/jeu-questionnaire' }
		];
		if (values.averageScorePercent !== null) {
			lines.push({ key: `${prefix}.quiz.averageScore`, label: () => named(m.electoral_public_stat_average_score()), value: values.averageScorePercent, source: '/plateforme-electorale/jeu-questionnaire' });
		}
		return lines;
	};
	return [
		{ key: 'electoral.visitorDays', label: () => m.electoral_public_stat_visitor_days(), value: figures.visitorDays, source: '/plateforme-electorale' },
		...figuresOf('electoral', figures, null),
		...(byEdition ? figures.editions.flatMap((edition) => figuresOf(`electoral.edition.${edition.slug}`, edition, edition.name)) : []),
		...figures.editions.flatMap((edition) =>
			edition.questions.map((question) => ({
				key: `electoral.quiz.question.${question.id}`,
				label: () => {
					const label = m.electoral_public_stat_question_success({ prompt: question.prompt, count: question.answers, shown: formatNumber(question.answers) });
					return byEdition ? m.electoral_public_stat_of_edition({ label, edition: edition.name }) : label;
				},
				value: question.successPercent,
				source: '/plateforme-electorale/jeu-questionnaire'
			}))
		)
	];
}
