import { expect, test } from 'vitest';
import { describeOnEachDatabase } from '../../db/test-databases';
import { recordVisit } from '../../platform/analytics/service';
import { CATALOGUE_AUDIENCE_SCOPE, catalogueFigures } from './stats';
import { insertItems, type NewItem } from './store';

const item = (kind: NewItem['kind'], title: string, publishedAt: string, status: NewItem['status'] = 'published'): NewItem => ({
	kind,
	title,
	description: 'Une fiche pour compter.',
	status,
	publishedAt: new Date(publishedAt)
});

describeOnEachDatabase('catalogue figures for the activity report', (context) => {
	test('counts published items by kind at the end of a fiscal year, those added during it, and the audience', async () => {
		await insertItems(context.db, [
			item('mesure', 'Avant l’exercice', '2024-01-15T12:00:00Z'),
			item('mesure', 'Pendant l’exercice', '2024-06-01T12:00:00Z'),
			item('programme', 'Programme pendant', '2025-03-30T12:00:00Z'),
			item('outil', 'Après l’exercice', '2025-04-02T12:00:00Z'),
			item('initiative', 'Brouillon', '2024-06-01T12:00:00Z', 'draft')
		]);
		await recordVisit(context.db, CATALOGUE_AUDIENCE_SCOPE, { address: '192.0.2.1', userAgent: 'x', at: new Date('2024-09-01T12:00:00Z') }, ['search', 'search-without-result']);
		await recordVisit(context.db, CATALOGUE_AUDIENCE_SCOPE, { address: '192.0.2.2', userAgent: 'x', at: new Date('2024-09-01T12:00:00Z') }, ['search']);

		const figures = await catalogueFigures(context.db, { start: new Date('2024-04-01T04:00:00Z'), end: new Date('2025-04-01T04:00:00Z') });
		expect(figures.published).toEqual({ mesure: 2, initiative: 0, programme: 1, outil: 0 });
		expect(figures.added).toEqual({ mesure: 1, initiative: 0, programme: 1, outil: 0 });
		expect(figures).toMatchObject({ searches: 2, searchesWithoutResult: 1, visitorDays: 2 });
	});
});
